import { describe, expect, it } from 'vitest';
import { MEMO_LIMIT, memoise } from '../../src/ingest/memo.js';

describe('memoise', () => {
  it('parses each distinct value once and hands back the same result', () => {
    const calls: string[] = [];
    const parse = memoise((raw: string) => {
      calls.push(raw);
      return { value: raw.toUpperCase() };
    });
    const first = parse('a');
    expect(parse('b')).toEqual({ value: 'B' });
    expect(parse('a')).toBe(first);
    expect(calls).toEqual(['a', 'b']);
  });

  it('past its limit, parses new values every time and still answers right', () => {
    let calls = 0;
    const parse = memoise((raw: string) => (calls++, Number(raw)));
    for (let i = 0; i < MEMO_LIMIT + 10; i++) expect(parse(String(i))).toBe(i);
    calls = 0;
    expect(parse(String(MEMO_LIMIT + 20))).toBe(MEMO_LIMIT + 20);
    expect(calls).toBe(1);
    expect(parse('0')).toBe(0);
    expect(calls).toBe(1);
  });
});
