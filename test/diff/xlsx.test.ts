import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiffTable } from '../../src/diff/table.js';
import { diffWorkbook } from '../../src/diff/xlsx.js';

const table: DiffTable = {
  columns: [
    { label: '2021-01-01 … 2021-06-30', from: '2021-01-01', to: '2021-06-30', file: 'a.json' },
    { label: '2021-06-01 … 2021-11-30', from: '2021-06-01', to: '2021-11-30', file: 'b.json' },
  ],
  rows: [
    { key: 'clients.unique', family: 'clients', values: [186, 193], change: 7, changePercent: 3.8 },
  ],
};

describe('diffWorkbook', () => {
  afterEach(() => void vi.useRealTimers());

  it('gives the same bytes whatever the clock says when it is written', async () => {
    const made = new Date('2022-01-01T00:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    const first = await diffWorkbook(table, made);
    vi.setSystemTime(new Date('2027-03-04T17:31:07Z'));
    const second = await diffWorkbook(table, made);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
