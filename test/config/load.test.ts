import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { EXIT, UserError } from '../../src/errors.js';

const root = mkdtempSync(join(tmpdir(), 'lsk-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function directory(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function configError(text: string): string[] {
  try {
    parseConfig(text, 'lsk-report.config.json', '/x');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(EXIT.usage);
    return (error as UserError).message.split('\n');
  }
  throw new Error('expected a UserError');
}

describe('loadConfig', () => {
  it('uses the defaults when the working directory has no config file', () => {
    const dir = directory({});
    const loaded = loadConfig(undefined, dir);
    expect(loaded.path).toBeNull();
    expect(loaded.dir).toBe(dir);
    expect(loaded.config).toMatchObject({
      programStart: null,
      billing: null,
      eligibility: { asylumSeekerMonths: 3, statusHolderMonths: 12 },
      topCountries: 5,
      suppressBelow: null,
      input: [],
      lang: 'lv',
    });
  });

  it('reads lsk-report.config.json in the working directory', () => {
    const dir = directory({ 'lsk-report.config.json': '{ "topCountries": 7 }' });
    const loaded = loadConfig(undefined, dir);
    expect(loaded.path).toBe(join(dir, 'lsk-report.config.json'));
    expect(loaded.config.topCountries).toBe(7);
  });

  it('resolves input and logos against the config file directory, not the working directory', () => {
    const dir = directory({
      'conf/report.json': JSON.stringify({
        input: ['../exports/*.csv', '/abs/data.csv'],
        logos: ['img/lsk.png'],
      }),
    });
    const loaded = loadConfig('conf/report.json', dir);
    expect(loaded.dir).toBe(join(dir, 'conf'));
    expect(loaded.config.input).toEqual([join(dir, 'exports/*.csv'), '/abs/data.csv']);
    expect(loaded.config.logos).toEqual([join(dir, 'conf/img/lsk.png')]);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const dir = directory({ 'lsk-report.config.json': '\uFEFF{ "programStart": "2016-01-01" }' });
    expect(loadConfig(undefined, dir).config.programStart).toBe('2016-01-01');
  });

  it('fails with exit 2 when --config names a missing file', () => {
    const dir = directory({});
    expect(() => loadConfig('missing.json', dir)).toThrow(
      new UserError('cannot read config file missing.json: there is no such file or folder'),
    );
  });
});

describe('config errors', () => {
  it('locates invalid JSON by line and column', () => {
    expect(configError('{\n  "topCountries": 5,\n  "lang": "lv",\n}\n')).toEqual([
      'lsk-report.config.json:4:1: invalid JSON: expected a key in double quotes, found "}"',
    ]);
    expect(configError('{ "title": "x" ')).toEqual([
      'lsk-report.config.json:1:16: invalid JSON: unexpected end of file',
    ]);
    expect(configError("{ 'title': 1 }")).toEqual([
      `lsk-report.config.json:1:3: invalid JSON: expected a key in double quotes, found "'"`,
    ]);
  });

  it('names each bad value with what was expected and what was found', () => {
    const lines = configError(
      JSON.stringify({
        billing: { ratePerClientMonth: -5 },
        topCountries: 40,
        suppressBelow: 'yes',
        programStart: '2021-02-30',
        contract: { date: '1.6.2021' },
        contacts: [{ role: 'x' }],
        lang: 'en',
      }),
    );
    expect(lines).toEqual([
      'lsk-report.config.json: contract.date: expected a date as YYYY-MM-DD, found "1.6.2021"',
      'lsk-report.config.json: contacts[0].name: expected a string, found nothing',
      'lsk-report.config.json: programStart: expected a day of the calendar as YYYY-MM-DD, found "2021-02-30"',
      'lsk-report.config.json: billing.ratePerClientMonth: expected a positive number, found -5',
      'lsk-report.config.json: topCountries: expected a number ≤ 30, found 40',
      'lsk-report.config.json: suppressBelow: expected a number or null, found "yes"',
      'lsk-report.config.json: lang: expected "lv", found "en"',
    ]);
  });

  it.each([
    [95.555, ['billing.ratePerClientMonth: expected an amount in cents, at most 2 decimals (e.g. 95.56), found 95.555']],
    [1.005, ['billing.ratePerClientMonth: expected an amount in cents, at most 2 decimals (e.g. 95.56), found 1.005']],
    [0, ['billing.ratePerClientMonth: expected a positive number, found 0']],
    [1e308, [
      'billing.ratePerClientMonth: expected a number ≤ 1000000, found 1e+308',
      'billing.ratePerClientMonth: expected an amount in cents, at most 2 decimals (e.g. 95.56), found 1e+308',
    ]],
  ])('refuses a rate of %s: money is in cents, positive and not absurd', (rate, messages) => {
    const lines = configError(JSON.stringify({ billing: { ratePerClientMonth: rate } }));
    expect(lines).toEqual(messages.map((message) => `lsk-report.config.json: ${message}`));
  }); // prettier-ignore

  it('says how to write a value of the wrong JSON type', () => {
    const lines = configError(
      JSON.stringify({
        input: 'exports/*.csv',
        topCountries: '5',
        billing: { ratePerClientMonth: '95,56', vatExcluded: 'true' },
        suppressBelow: 'few',
      }),
    );
    expect(lines).toEqual([
      'lsk-report.config.json: input: expected a list, found "exports/*.csv" (write it as a list: ["exports/*.csv"])',
      'lsk-report.config.json: billing.ratePerClientMonth: expected a number, found "95,56" (write the number without quotes: 95.56)',
      'lsk-report.config.json: billing.vatExcluded: expected true or false, found "true" (write it without quotes: true)',
      'lsk-report.config.json: topCountries: expected a number, found "5" (write the number without quotes: 5)',
      'lsk-report.config.json: suppressBelow: expected a number or null, found "few"',
    ]);
  });

  it('names unknown keys and suggests the closest known one', () => {
    expect(configError('{ "topCountrie": 5, "billing": { "rate": 5 }, "zzz": 1 }')).toEqual([
      'lsk-report.config.json: billing.ratePerClientMonth: expected a number, found nothing',
      'lsk-report.config.json: billing: unknown key "rate" (did you mean "ratePerClientMonth"?)',
      'lsk-report.config.json: unknown key "topCountrie" (did you mean "topCountries"?)',
      expect.stringMatching(
        /^lsk-report.config.json: unknown key "zzz" \(known keys: organisation, contract, /,
      ),
    ]);
    expect(configError('{ "Title": "x" }')).toEqual([
      'lsk-report.config.json: unknown key "Title" (did you mean "title"?)',
    ]);
  });

  it('rejects a config that is not an object', () => {
    expect(configError('[]')).toEqual(['lsk-report.config.json: expected an object, found a list']);
  });
});
