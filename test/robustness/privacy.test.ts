/**
 * Personal data in an export never leaves it: names, phone numbers, e-mails
 * and personal codes planted in ids, extra columns and free text, on valid and
 * invalid rows, reach neither the PDF, the JSON, the terminal of the main job
 * or of `validate`, nor the `--errors-out` file. Messages locate problems by
 * file, line and column only. `location` is listed by name in the report
 * ("Where clients live"), so it is exempt from the PDF and JSON checks, but
 * never quoted in a message. (All people here are invented.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseSpace, pdfInfo, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, runCli, tempDir, type CliRun } from '../helpers/run-cli.js';

const CLIENTS = [
  'Jānis Bērziņš',
  '010190-12345',
  'līga.ķirsone@example.lv',
  'Ģirts Ūdris +37129123456',
];
const FAMILIES = ['Ģimene Zālīte', '+371 29876543'];
const STAFF = ['Ņina Šūpole', 'anna.mentore@example.com', '231175-11111'];
const CONTACTS = ['kontakts Žanis Čaks', '150385-23456'];
const NOTE =
  'Pārrunāta dzīvokļa meklēšana pilsētā un zvanīja Jānim Bērziņam, tālr. +371 26543210, ' +
  'e-pasts janis.berzins@example.lv, p.k. 010190-12345';
const EXTRAS = [
  'Marta Ēķe',
  '+371 20001234',
  'marta.eke@example.lv',
  '311299-10101',
  'Dzīvo pie māsas Ilzes Ķēniņas',
  '26543210',
  'janis.berzins@example.lv',
];
const LOCATIONS = ['Ūdeļu iela 7-12, Rīga', 'Pie Kārļa Ozoliņa, Jūrmala'];

/** Everything that must never appear (locations are checked separately). */
const SECRETS = [...CLIENTS, ...FAMILIES, ...STAFF, ...CONTACTS, ...EXTRAS];

const HEADER = [
  'date', 'client_id', 'family_id', 'gender', 'birth_date', 'citizenship', 'legal_status',
  'staff_role', 'service', 'staff_id', 'location', 'contact_id',
  'Vārds, uzvārds', 'Tālrunis', 'E-pasts', 'Personas kods', 'Piezīmes',
]; // prettier-ignore

type Row = Record<(typeof HEADER)[number], string>;

function row(values: Partial<Row>): Row {
  return {
    date: '2021-06-10', client_id: CLIENTS[0]!, family_id: '', gender: 'F', birth_date: '1985',
    citizenship: 'IQ', legal_status: 'PM', staff_role: 'SM', service: 'housing',
    staff_id: STAFF[0]!, location: 'Rīga', contact_id: '',
    'Vārds, uzvārds': EXTRAS[0]!, Tālrunis: EXTRAS[1]!, 'E-pasts': EXTRAS[2]!,
    'Personas kods': EXTRAS[3]!, Piezīmes: EXTRAS[4]!,
    ...values,
  }; // prettier-ignore
}

// Line numbers (header = 1) matter to the message checks below.
const ROWS: Row[] = [
  /* 2 */ row({ family_id: FAMILIES[0], location: LOCATIONS[0], contact_id: CONTACTS[0] }),
  /* 3 */ row({ client_id: CLIENTS[1], family_id: FAMILIES[0], gender: 'M', staff_id: STAFF[1] }),
  /* 4 */ row({ client_id: CLIENTS[2], family_id: FAMILIES[1], staff_role: 'SD', staff_id: STAFF[2], location: LOCATIONS[1] }),
  /* 5 */ row({ client_id: CLIENTS[3], contact_id: CONTACTS[1], Piezīmes: NOTE }),
  // The same client with another gender: a conflict warning, which must not name the client.
  /* 6 */ row({ date: '2021-06-20', gender: 'M', Tālrunis: EXTRAS[5]! }),
  // A duplicate of line 3.
  /* 7 */ row({ client_id: CLIENTS[1], family_id: FAMILIES[0], gender: 'M', staff_id: STAFF[1] }),
  // Invalid rows, with personal data in every other column.
  /* 8 */ row({ citizenship: 'Irakk', location: LOCATIONS[0], contact_id: CONTACTS[0] }),
  /* 9 */ row({ client_id: CLIENTS[1], gender: 'X', family_id: FAMILIES[1], staff_id: STAFF[2] }),
  /* 10 */ row({ client_id: CLIENTS[2], service: NOTE, location: LOCATIONS[1] }),
  /* 11 */ row({ client_id: CLIENTS[3], date: '31.02.2021', 'E-pasts': EXTRAS[6]! }),
  /* 12 */ row({ client_id: '', family_id: FAMILIES[0], contact_id: CONTACTS[1] }),
  /* 13 */ row({ client_id: CLIENTS[0], birth_date: '2030', location: LOCATIONS[0] }),
]; // prettier-ignore

function csv(rows: Row[], withHeader = true): string {
  const quoteCell = (cell: string) =>
    /[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  const lines = rows.map((r) => HEADER.map((column) => quoteCell(r[column]!)).join(';'));
  return `${(withHeader ? [HEADER.map(quoteCell).join(';'), ...lines] : lines).join('\n')}\n`;
}

/** Whether `text` holds `secret`, also across line breaks and with the spaces taken out. */
function leaks(text: string, secret: string): boolean {
  const squeeze = (s: string) => s.replace(/[\s\u00A0\u202F]+/g, '');
  return (
    normaliseSpace(text).includes(normaliseSpace(secret)) || squeeze(text).includes(squeeze(secret))
  );
}

function expectNoLeak(label: string, text: string, secrets: readonly string[] = SECRETS): void {
  const leaked = secrets.filter((secret) => leaks(text, secret));
  expect(leaked, `${label} leaks personal data:\n${text.slice(0, 3000)}`).toEqual([]);
}

/** Every message line starts with `file:line: column: ` or is a summary line naming no value. */
function expectLocatedMessages(stderr: string): void {
  for (const line of stderr.split('\n').filter((l) => /^privacy\.csv:\d+: /.test(l))) {
    expect(line).toMatch(/^privacy\.csv:\d+: [a-z_]+: /);
  }
}

const EPOCH = { SOURCE_DATE_EPOCH: '1625097600' };

describe('privacy: planted personal data never reaches an output', () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, 'privacy.csv'), csv(ROWS));
  const input = ['-i', 'privacy.csv'];
  let report: CliRun;
  let stopped: CliRun;
  let validate: CliRun;
  let toStdout: CliRun;
  let pdfText: string;
  let info: Record<string, unknown>;

  beforeAll(async () => {
    report = runCli(
      ['--period', '2021-06', ...input, '--skip-invalid', '--out', 'r.pdf', '--errors-out', 'report-errors.txt'],
      { cwd, env: EPOCH },
    ); // prettier-ignore
    stopped = runCli(['--period', '2021-06', ...input, '--out', 'stopped.pdf', '--errors-out', 'stopped-errors.txt'], {
      cwd,
    }); // prettier-ignore
    validate = runCli(['validate', ...input, '--errors-out', 'validate-errors.txt'], { cwd });
    toStdout = runCli(['--period', '2021-06', ...input, '--skip-invalid', '--out', 's.pdf', '--json', '-'], {
      cwd,
      env: EPOCH,
    }); // prettier-ignore
    const pdf = readFileSync(join(cwd, 'r.pdf'));
    pdfText = (await pdfPageTexts(pdf)).join('\n');
    info = await pdfInfo(pdf);
  }, 60_000);

  it('the runs did what they should (so that the checks below see real output)', () => {
    expect(report.code, describeRun(report)).toBe(0);
    expect(stopped.code, describeRun(stopped)).toBe(1);
    expect(validate.code, describeRun(validate)).toBe(1);
    expect(toStdout.code, describeRun(toStdout)).toBe(0);
    const stats = JSON.parse(toStdout.stdout);
    // Lines 2–6 valid (K1 twice, K2, K3, K4), line 7 a duplicate, lines 8–13 invalid.
    expect(stats.dataQuality.rowsRead).toBe(12);
    expect(stats.dataQuality.rowsValid).toBe(5);
    expect(stats.dataQuality.duplicatesRemoved).toBe(1);
    expect(stats.dataQuality.rowsInvalid.total).toBe(6);
    expect(stats.clients.unique).toBe(4);
    // Two clients share FAMILIES[0]: one family of two.
    expect(stats.households).toEqual({ families: 1, familyMembers: 2, individuals: 2 });
    expect(pdfText).toContain('Rīga'); // the PDF text layer is readable
  });

  it('nothing in the PDF text or its metadata', () => {
    expectNoLeak('the PDF text', pdfText);
    expectNoLeak('the PDF metadata', JSON.stringify(info));
  });

  it('nothing in the JSON, beside the PDF or on stdout', () => {
    const json = readFileSync(join(cwd, 'r.json'), 'utf8');
    expectNoLeak('the JSON file', json);
    // Locations are listed by name, by design: the check would see a leak.
    expect(leaks(json, LOCATIONS[1]!)).toBe(true); // client 3, line 4
    expectNoLeak('the JSON on stdout', toStdout.stdout);
  });

  it('nothing on the terminal of the main job, with or without --skip-invalid', () => {
    for (const run of [report, stopped, toStdout]) {
      expectNoLeak('stderr of the main job', run.stderr, [...SECRETS, ...LOCATIONS]);
      expectLocatedMessages(run.stderr);
    }
    expectNoLeak('stdout of the main job', report.stdout + stopped.stdout, [
      ...SECRETS,
      ...LOCATIONS,
    ]);
  });

  it('nothing in the output of validate: summary, problems and warnings', () => {
    // validate's report is on stdout.
    expect(validate.stdout).toContain('client_attribute_conflict');
    expect(validate.stdout).toContain('ignored unknown columns');
    expectNoLeak('validate', validate.stderr + validate.stdout, [...SECRETS, ...LOCATIONS]);
    expectLocatedMessages(validate.stdout);
  });

  it('nothing in the --errors-out files, which locate each problem by file, line and column', () => {
    for (const name of ['report-errors.txt', 'stopped-errors.txt', 'validate-errors.txt']) {
      const text = readFileSync(join(cwd, name), 'utf8');
      expectNoLeak(name, text, [...SECRETS, ...LOCATIONS]);
      // Problems first, then the warnings (`warning: <type>: …`), checked for leaks above.
      const lines = text
        .trimEnd()
        .split('\n')
        .filter((line) => !line.startsWith('warning: '));
      expect(
        lines.map((line) => /^privacy\.csv:(\d+): ([a-z_]+): /.exec(line)?.slice(1, 3)),
      ).toEqual([
        ['8', 'citizenship'],
        ['9', 'gender'],
        ['10', 'service'],
        ['11', 'date'],
        ['12', 'client_id'],
        ['13', 'birth_date'],
      ]);
    }
  });

  it('describes a note pasted into a coded column by its length, never quoting it', () => {
    const text = readFileSync(join(cwd, 'validate-errors.txt'), 'utf8');
    const line = text.split('\n').find((l) => l.startsWith('privacy.csv:10: service: '))!;
    expect(line).toBe(
      `privacy.csv:10: service: unknown service [a ${NOTE.length}-character text with digits] ` +
        '(expected a service code such as healthcare, or its Latvian label)',
    );
  });

  it('a file whose header line is missing: the data row read as a header is not quoted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'privacy.csv'), csv(ROWS.slice(0, 3), false));
    const run = runCli(['validate', '-i', 'privacy.csv', '--errors-out', 'e.txt'], { cwd: dir });
    expect(run.code, describeRun(run)).toBe(1);
    expect(run.stderr).toMatch(/privacy\.csv:1: header: missing required columns/);
    expect(run.stderr).toContain('is the header line missing');
    expectNoLeak('the header message', run.stderr, [...SECRETS, ...LOCATIONS]);
  });

  // The issue's own example, and every way a spreadsheet writes the date in the first cell.
  const PLANTED = ['Anna Bērziņa', '+37120000001', '010190-12345', 'anna.berzina@example.lv'];
  it.each(['1-Jul-21', '44378', '20210701', '"Jul 1, 2021"', '7/1/21'])(
    'a file without its header line, starting with the date %s: no cell reaches any output',
    (date) => {
      const dir = tempDir();
      const rows = [
        `${date};K-00001;G-7;F;1990;IQ;PM;SD;housing;${PLANTED[0]} ${PLANTED[1]}`,
        `${date};${PLANTED[2]};G-7;M;1988;IQ;PM;SD;legal;${PLANTED[3]}`,
      ];
      writeFileSync(join(dir, 'nohdr.csv'), `${rows.join('\n')}\n`);
      const runs = [runCli(['validate', '-i', 'nohdr.csv', '--errors-out', 'v.txt'], { cwd: dir })];
      // The main job prints the same message: run it once, not for every form.
      if (date === '1-Jul-21') {
        runs.push(
          runCli(
            [
              '--period',
              '2021-07',
              '-i',
              'nohdr.csv',
              '--skip-invalid',
              '--json',
              '-',
              '--errors-out',
              'r.txt',
            ],
            { cwd: dir },
          ),
        );
      }
      for (const run of runs) {
        expect(run.code, describeRun(run)).toBe(1);
        expect(run.stderr).toContain('nohdr.csv:1: header: missing required columns');
        expect(run.stderr).toContain('found a line of 10 fields that names no column');
        const secrets = [...PLANTED, 'K-00001', 'G-7', date.replace(/"/g, '')];
        expectNoLeak('stderr', run.stderr, secrets);
        expectNoLeak('stdout', run.stdout, secrets);
      }
    },
  );

  it('free text in coded columns is described on the terminal, in --errors-out and never in the JSON', () => {
    const dir = tempDir();
    const header =
      'date;client_id;gender;birth_date;citizenship;legal_status;staff_role;service;case_closed_reason;duration_min';
    const rows = [
      '2021-07-01;K-1;F;1990;IQ;PM;SD;housing;;45',
      `${PLANTED[2]};K-2;${PLANTED[0]};1990;${PLANTED[3]};PM;SD;housing;zvanīja ${PLANTED[1]};${PLANTED[1]}`,
      `2021-07-02;K-3;F;${PLANTED[1]};IQ;${PLANTED[0]};SD;${PLANTED[3]};;`,
    ];
    writeFileSync(join(dir, 'free.csv'), `${[header, ...rows].join('\n')}\n`);
    const run = runCli(
      [
        '--period',
        '2021-07',
        '-i',
        'free.csv',
        '--skip-invalid',
        '--json',
        '-',
        '--out',
        'r.pdf',
        '--errors-out',
        'e.txt',
      ],
      { cwd: dir, env: EPOCH },
    );
    expect(run.code, describeRun(run)).toBe(0);
    const errors = readFileSync(join(dir, 'e.txt'), 'utf8');
    expect(errors).toContain('free.csv:3: gender: unknown gender [a 12-character text]');
    expect(errors).toContain(
      'free.csv:3: duration_min: duration [a 12-character text with digits]',
    );
    expect(errors).toContain(
      'free.csv:4: birth_date: unrecognised date [a 12-character text with digits]',
    );
    for (const [label, text] of [
      ['stderr', run.stderr],
      ['--errors-out', errors],
      ['the JSON', run.stdout],
    ]) {
      expectNoLeak(label!, text!, PLANTED);
    }
    expect(JSON.parse(run.stdout).dataQuality.rowsInvalid.total).toBe(2);
  });
});
