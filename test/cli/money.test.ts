/**
 * Money through the command line: the rate is in cents, and the printed
 * total is exactly client-months × the printed rate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, runCli } from '../helpers/run-cli.js';

const ARGS = ['--period', '2021H1', '-i', 'small.csv', '-o', 'r.pdf', '-q'];

function withRate(rate: unknown): string {
  const cwd = dirWith('fixtures/report/small.csv');
  writeFileSync(join(cwd, 'c.json'), JSON.stringify({ billing: { ratePerClientMonth: rate } }));
  return cwd;
}

describe('billing in cents', () => {
  it.each([
    [95.555, 'expected an amount in cents, at most 2 decimals'],
    [1e308, 'expected a number ≤ 1000000'],
    [-1, 'expected a positive number'],
  ])('refuses a rate of %s as a config error naming the key (exit 2)', (rate, expected) => {
    const cwd = withRate(rate);
    const run = runCli([...ARGS, '--config', 'c.json'], { cwd });
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(`c.json: billing.ratePerClientMonth: ${expected}`);
  });

  it('prints a total that is exactly client-months × the printed rate', async () => {
    const cwd = withRate(95.56);
    const run = runCli([...ARGS, '--config', 'c.json'], { cwd });
    expect(run.code, describeRun(run)).toBe(0);
    const { billing } = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    expect(billing.ratePerClientMonth).toBe(95.56);
    expect(Math.round(billing.amount * 100)).toBe(billing.clientMonths * 9556);
    const text = normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join(' '));
    const euros = (cents: number) =>
      `${Math.floor(cents / 100)
        .toLocaleString('lv-LV')
        .replace(/\s/g, ' ')},${String(cents % 100).padStart(2, '0')} EUR`;
    expect(text).toContain(`95,56 EUR`);
    expect(text).toContain(euros(billing.clientMonths * 9556));
  });
});
