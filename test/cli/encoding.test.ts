/**
 * The encoding is decided on evidence: a UTF-8 export with one byte that is
 * not UTF-8 stays UTF-8 (that row is an error, or left out with
 * --skip-invalid), and no output ever holds a letter decoded with the wrong
 * table (`RÄ«ga`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, dirWith, runCli, tempDir } from '../helpers/run-cli.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1625097600' };
/** Latvian letters decoded from UTF-8 bytes with the Windows-1257 table, and the replacement character. */
const MOJIBAKE = /Ä[«\u0081-\u00BF]|Å[«\u0080-\u00BF]|Ã|\uFFFD/;

describe('a UTF-8 export with one byte that is not UTF-8', () => {
  const cwd = dirWith('fixtures/errors/not-utf8-byte.csv');
  const input = ['-i', 'not-utf8-byte.csv', '--period', '2021-07'];

  it('stops with the file, line and column, exit 1', () => {
    const run = runCli([...input, '--out', 'r.pdf'], { cwd });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain(
      'not-utf8-byte.csv:3: location: holds bytes that are not UTF-8, while the rest of the file is UTF-8',
    );
  });

  it('with --skip-invalid leaves that row out, counts it, and prints every letter right', async () => {
    const run = runCli([...input, '--skip-invalid', '--out', 's.pdf', '--json', 's.json'], {
      cwd,
      env: EPOCH,
    });
    expect(run.code, describeRun(run)).toBe(0);
    const json = readFileSync(join(cwd, 's.json'), 'utf8');
    const stats = JSON.parse(json);
    expect(stats.dataQuality.rowsInvalid).toEqual({
      total: 1,
      byReason: [{ reason: 'encoding.not_utf8', count: 1 }],
    });
    expect(json).toContain('Rīga');
    expect(json).not.toMatch(MOJIBAKE);
    const pdf = (await pdfPageTexts(readFileSync(join(cwd, 's.pdf')))).join('\n');
    expect(pdf).toContain('Rīga');
    expect(pdf).not.toMatch(MOJIBAKE);
  });
});

describe('a UTF-8 export cut off inside a letter', () => {
  it('reports the cut letter as bytes that are not UTF-8; --skip-invalid prints no U+FFFD', () => {
    const cwd = tempDir();
    const header =
      'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;location\n';
    // A copy truncated after the first byte of `ī` (0xC4 0xAB), with no line break after it.
    const text = Buffer.concat([
      Buffer.from(header + '2021-07-01;K-1;F;1990;IQ;PM;SD;housing;Rīga\n'),
      Buffer.from('2021-07-02;K-2;F;1990;IQ;PM;SD;housing;R'),
      Buffer.from([0xc4]),
    ]);
    writeFileSync(join(cwd, 'cut.csv'), text);
    const input = ['--period', '2021-07', '-i', 'cut.csv', '--out', 'r.pdf'];
    const run = runCli([...input, '--json', 'r.json'], { cwd });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain('cut.csv:3: location: holds bytes that are not UTF-8');
    const skipped = runCli([...input, '--skip-invalid', '--json', '-'], { cwd });
    expect(skipped.code, describeRun(skipped)).toBe(0);
    expect(skipped.stdout).not.toMatch(MOJIBAKE);
    expect(JSON.parse(skipped.stdout).dataQuality.rowsInvalid.byReason).toEqual([
      { reason: 'encoding.not_utf8', count: 1 },
    ]);
  });
});

describe('UTF-8 after a head read as Windows-1257', () => {
  it('stops at the first UTF-8 line instead of printing garbled letters; --encoding decides', () => {
    const cwd = tempDir();
    const header =
      'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;location\n';
    const cp1257 = Buffer.from(
      '2021-07-01;K-1;F;1990;IQ;PM;SD;housing;R\xeega\n'.repeat(2000),
      'latin1',
    );
    const utf8 = Buffer.from('2021-07-02;K-2;F;1990;IQ;PM;SD;housing;Jūrmala\n');
    writeFileSync(join(cwd, 'mixed.csv'), Buffer.concat([Buffer.from(header), cp1257, utf8]));
    const run = runCli(
      ['--period', '2021-07', '-i', 'mixed.csv', '--json', '-', '--skip-invalid'],
      { cwd },
    );
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toContain(
      'mixed.csv:2002: this line holds UTF-8 text, but the lines before it do not',
    );
    expect(run.stdout).toBe('');
    const forced = runCli(
      [
        '--period',
        '2021-07',
        '-i',
        'mixed.csv',
        '--json',
        '-',
        '--skip-invalid',
        '--encoding',
        'utf-8',
        '--out',
        'f.pdf',
      ],
      { cwd },
    );
    expect(forced.code, describeRun(forced)).toBe(0);
    expect(JSON.parse(forced.stdout).dataQuality.rowsInvalid.total).toBe(2000);
    expect(forced.stdout).not.toMatch(MOJIBAKE);
  });
});

describe('decomposed letters', () => {
  it('are read as NFC: a place typed with a combining macron is the same place, printed whole', () => {
    const cwd = tempDir();
    const header =
      'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;location\n';
    const rows = [
      '2021-07-01;K-1;F;1990;IQ;PM;SD;housing;Ri\u0304ga\n',
      '2021-07-02;K-2;F;1990;IQ;PM;SD;housing;Rīga\n',
    ];
    writeFileSync(join(cwd, 'nfd.csv'), header + rows.join(''));
    const run = runCli(['--period', '2021-07', '-i', 'nfd.csv', '--json', '-', '--out', 'r.pdf'], {
      cwd,
    });
    expect(run.code, describeRun(run)).toBe(0);
    expect(run.stdout).not.toContain('\u0304');
    const locations = JSON.parse(run.stdout).locations;
    expect(JSON.stringify(locations)).toContain('"Rīga"');
    expect(JSON.stringify(locations).match(/Rīga/g)).toHaveLength(1);
  });
});
