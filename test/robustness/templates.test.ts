/**
 * Templates from a user's folder (`--templates DIR`) cannot reach prototypes
 * or the file system: such a template fails the run with a UserError naming
 * the template file and line (exit 2), and nothing is written.
 */
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadTemplates } from '../../src/render/templates.js';
import { describeRun, dirWith, ROOT, runCli, tempDir } from '../helpers/run-cli.js';
import { filesUnder, STACK_TRACE } from './harness.js';

/** A copy of the shipped templates with `summary.hbs` holding `attack` on its third line. */
function templatesWith(attack: string): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  writeFileSync(join(dir, 'lv', 'summary.hbs'), `Kopsavilkums.\n\n${attack}\n`);
  return dir;
}

const ATTACKS: [string, string, RegExp][] = [
  ['constructor chain', '{{constructor.constructor}}', /"constructor" may not be used/],
  ['__proto__', '{{__proto__}}', /"__proto__" may not be used/],
  ['a nested __proto__', '{{clients.__proto__.polluted}}', /"__proto__" may not be used/],
  ['lookup of "constructor"', '{{lookup this "constructor"}}', /\{\{lookup\}\}: is not available/],
  ['a literal path', '{{"constructor"}}', /"constructor" may not be used/],
  ['a bracketed segment', '{{this.[constructor]}}', /"constructor" may not be used/],
  ['toString, silently empty before', '{{clients.toString}}', /"toString" may not be used/],
  ['a partial naming a file', '{{> ../../etc/passwd}}', /partials .* are not available/],
  ['a partial block', '{{#> etc/passwd}}x{{/etc/passwd}}', /partials .* are not available/],
  ['a dynamic partial', '{{> (lookup . "x")}}', /partials .* are not available/],
  ['an inline partial', '{{#*inline "p"}}x{{/inline}}', /inline partials are not available/],
];

describe('templates from the user: no way to prototypes or files', () => {
  it.each(ATTACKS)('refuses %s, naming file and line', (_n, attack, message) => {
    const dir = templatesWith(attack);
    let error: unknown;
    try {
      // `lookup` is a helper that refuses when called; everything else is refused on loading.
      loadTemplates('lv', { dir }).render('summary', {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    const text = (error as UserError).message;
    expect(text.startsWith(`${join(dir, 'lv', 'summary.hbs')}:3: template: `), text).toBe(true);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it.each(ATTACKS.filter((_, i) => [0, 3, 7].includes(i)))(
    'the main job stops with exit 2 on %s, and writes nothing',
    (_n, attack, message) => {
      const templates = templatesWith(attack);
      const cwd = dirWith('fixtures/report/small.csv');
      const run = runCli(['--period', '2021-06', '-i', 'small.csv', '--templates', templates], {
        cwd,
      });
      expect(run.code, describeRun(run)).toBe(2);
      expect(run.stderr).toContain(
        `lsk-report: ${join(templates, 'lv', 'summary.hbs')}:3: template: `,
      );
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(existsSync(join(cwd, 'reports'))).toBe(false);
      expect(filesUnder(cwd)).toEqual(['small.csv']);
      // The attack did not pollute anything either.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('the shipped templates still load and the same templates from a folder render a report', () => {
    const templates = templatesWith('Kopā {{count clients.unique "klients"}}.');
    const cwd = dirWith('fixtures/report/small.csv');
    const run = runCli(
      ['--period', '2021-06', '-i', 'small.csv', '--templates', templates, '--out', 'r.pdf', '-q'],
      { cwd },
    );
    expect(run.code, describeRun(run)).toBe(0);
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(true);
  });
});
