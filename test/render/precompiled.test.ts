/**
 * The shipped narrative templates reach the bundle precompiled
 * (scripts/bundle.js); a template file whose text differs from the shipped
 * one is compiled from its text instead. Either way the report is the same.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { precompileTemplate } from '../../src/render/templates.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

const SHIPPED = join(ROOT, 'templates', 'lv');
const BUNDLE = join(ROOT, 'dist', 'bundle', 'lsk-report.cjs');
const names = readdirSync(SHIPPED).filter((name) => name.endsWith('.hbs'));

describe('precompiled templates', () => {
  it('are in the bundle, every shipped one', () => {
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(names.length).toBeGreaterThan(5);
    // The bundle has no whitespace to spare (scripts/bundle.js).
    for (const name of names) expect(bundle, name).toContain(`["lv/${name}",{source:`);
  });

  it('render the report byte for byte as templates compiled from their text', () => {
    // A comment changes the text, not the output: these are compiled when loaded.
    const edited = tempDir();
    cpSync(join(ROOT, 'templates'), edited, { recursive: true });
    for (const name of names) appendFileSync(join(edited, 'lv', name), '{{!-- edited --}}');
    const cwd = tempDir();
    const report = (out: string, ...extra: string[]) => {
      const run = runCli(
        [
          '--config',
          join(ROOT, 'fixtures/sample/lsk-report.config.json'),
          '--from',
          '2021-06-01',
          '--to',
          '2021-11-30',
          '--out',
          out,
          '-q',
          ...extra,
        ],
        { cwd, env: { SOURCE_DATE_EPOCH: '1638316800' } },
      );
      expect(run.code, describeRun(run)).toBe(0);
      return readFileSync(join(cwd, out));
    };
    const shipped = report('shipped.pdf');
    expect(report('edited.pdf', '--templates', edited).equals(shipped)).toBe(true);
  });

  it('are checked at build time as templates are when loaded', () => {
    expect(() => precompileTemplate('{{constructor.constructor}}', 'x.hbs')).toThrow(UserError);
    expect(precompileTemplate('{{count clients.unique "klients"}}', 'x.hbs')).toMatch(/^\{/);
  });
});
