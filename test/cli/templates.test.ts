import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseSpace, pdfPageTexts } from '../helpers/pdf-text.js';
import { describeRun, ROOT, runCli, tempDir } from '../helpers/run-cli.js';

// Editing one narrative template, as templates/README.md tells staff to: copy
// the one file into a folder of their own, change it, pass --templates.

const SMALL = join(ROOT, 'fixtures/report/small.csv');

/** A working folder with `mytpl/lv/<name>.hbs` files and, if given, a config. */
function workspace(templates: Record<string, string>, config?: object): string {
  const cwd = tempDir();
  mkdirSync(join(cwd, 'mytpl', 'lv'), { recursive: true });
  for (const [name, source] of Object.entries(templates)) {
    writeFileSync(join(cwd, 'mytpl', 'lv', name), source);
  }
  if (config) writeFileSync(join(cwd, 'lsk-report.config.json'), JSON.stringify(config));
  return cwd;
}

const report = (cwd: string, ...extra: string[]) =>
  runCli(['--period', '2021H2', '-i', SMALL, '-o', 'r.pdf', '-q', ...extra], { cwd });

async function pdfText(cwd: string): Promise<string> {
  return normaliseSpace((await pdfPageTexts(readFileSync(join(cwd, 'r.pdf')))).join(' '));
}

/** A summary whose line 13, inside an {{#if}} block opened on line 1, is `line13`. */
function summaryWithLine13(line13: string): string {
  const filler = Array.from({ length: 11 }, (_, i) => `Teikums ${i + 2}.`);
  return ['{{#if clients.unique}}', ...filler, line13, '{{/if}}', ''].join('\n');
}

describe('--templates: editing one template', () => {
  it('uses the edited template and the shipped ones for every other section', async () => {
    const shipped = readFileSync(join(ROOT, 'templates/lv/summary.hbs'), 'utf8');
    const cwd = workspace({ 'summary.hbs': `Labots. ${shipped}` });
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(0);
    const edited = await pdfText(cwd);
    expect(edited).toContain('Labots.');
    // Everything else is as the shipped templates write it.
    expect(edited.replace('Labots. ', '')).toBe(await pdfText(reference()));
  });
});

/** The same report with the shipped templates, made once. */
let referenceDir: string | undefined;
function reference(): string {
  if (referenceDir === undefined) {
    referenceDir = tempDir();
    const run = report(referenceDir);
    expect(run.code, describeRun(run)).toBe(0);
  }
  return referenceDir;
}

describe('template errors', () => {
  it('names the file, the line and the figure meant: summary.hbs:13: no figure clients.nwe', () => {
    const source = summaryWithLine13('Jauni: {{clients.nwe}}.');
    const cwd = workspace({ 'summary.hbs': source });
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      `${join('mytpl', 'lv', 'summary.hbs')}:13: no figure clients.nwe (did you mean clients.new?)`,
    );
    expect(run.stderr).not.toMatch(/object Object|\n\s+at /);
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
  });

  it('names a misspelt helper', () => {
    const cwd = workspace({ 'staff.hbs': 'a\n\n{{cuont 3 "klients"}}\n' });
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      `${join('mytpl', 'lv', 'staff.hbs')}:3: no helper cuont (did you mean count?)`,
    );
  });

  it('refuses to print a group of figures (clients for clients.unique) as "[object Object]"', () => {
    const cwd = workspace({ 'staff.hbs': 'a\n\nKlienti: {{clients}}.\n' });
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      `${join('mytpl', 'lv', 'staff.hbs')}:3: clients is a group of figures, not one: ` +
        'name one of them (clients.unique, clients.new, clients.cumulative, …)',
    );
    expect(existsSync(join(cwd, 'r.pdf'))).toBe(false);
    const list = report(workspace({ 'staff.hbs': '{{monthly}}' }), '--templates', 'mytpl');
    expect(list.stderr).toContain(
      `${join('mytpl', 'lv', 'staff.hbs')}:1: monthly is a list of groups of figures, not one: ` +
        'name one figure of its items inside {{#each monthly}} (month, clients, contacts, …)',
    );
    for (const source of ['{{this}}', '{{#each monthly}}{{this}} {{/each}}', '{{monthly}}']) {
      const other = report(workspace({ 'staff.hbs': source }), '--templates', 'mytpl');
      expect(other.code, describeRun(other)).toBe(2);
      expect(other.stderr).toMatch(/staff\.hbs(:1)?: .*of figures, not one/);
      expect(other.stderr).not.toMatch(/object Object|\n\s+at /);
    }
  });

  it('refuses a file that is no template of the report, naming the one meant', () => {
    const cwd = workspace({ 'sumary.hbs': 'x' });
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      `${join('mytpl', 'lv', 'sumary.hbs')}: not a template of the report (did you mean summary.hbs?)`,
    );
  });
});

describe('--templates: the folder', () => {
  it('hints at the parent when given the language folder itself', () => {
    const cwd = workspace({ 'summary.hbs': 'x' });
    const run = report(cwd, '--templates', join('mytpl', 'lv'));
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(`did you mean --templates mytpl?`);
    expect(run.stderr).toContain(`--templates ${join('mytpl', 'lv')}: no folder "lv" in it`);
  });

  it('says so when the folder does not exist', () => {
    const cwd = workspace({});
    const run = report(cwd, '--templates', 'mytlp');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toBe(
      'lsk-report: --templates mytlp: no such folder\n(see "lsk-report --help")\n',
    );
  });
});

describe('new words in the config', () => {
  const template =
    'Palīdzēja {{count staff.socialWorkers "brīvprātīgais"}}, visi {{agree "apmācīts" 3 "brīvprātīgais"}}; paldies {{countDat 3 "brīvprātīgais"}}.\n';

  /** "Volunteer", with `nominative` as its first form. */
  const volunteer = (nominative: string) => ({
    gender: 'm',
    singular: [nominative, 'brīvprātīgā', 'brīvprātīgajam', 'brīvprātīgo'],
    plural: ['brīvprātīgie', 'brīvprātīgo', 'brīvprātīgajiem', 'brīvprātīgos'],
  });

  it('without a declaration: says where to declare the word', () => {
    const cwd = workspace({ 'staff.hbs': template });
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      `${join('mytpl', 'lv', 'staff.hbs')}:1: template: {{count}}: no Latvian noun "brīvprātīgais": declare it with all its forms in the config, under "lexicon" → "nouns"`,
    );
    expect(run.stderr).not.toContain('src/');
  });

  it('declared with its forms in the config: agrees like a built-in word', async () => {
    const cwd = workspace(
      { 'staff.hbs': template },
      {
        lexicon: {
          nouns: { brīvprātīgais: volunteer('brīvprātīgais') },
          participles: { apmācīts: { m: ['apmācīts', 'apmācīti'], f: ['apmācīta', 'apmācītas'] } },
        },
      },
    );
    const run = report(cwd, '--templates', 'mytpl');
    expect(run.code, describeRun(run)).toBe(0);
    expect(await pdfText(cwd)).toMatch(
      /Palīdzēja \d+ brīvprātīg(ais|ie), visi apmācīti; paldies 3 brīvprātīgajiem\./,
    );
  });

  it('refuses a declaration whose first form is not the word', () => {
    const cwd = workspace(
      {},
      {
        lexicon: { nouns: { brīvprātīgais: volunteer('brivpratigais') } },
      },
    );
    const run = report(cwd);
    expect(run.code, describeRun(run)).toBe(2);
    expect(run.stderr).toContain(
      'lexicon.nouns.brīvprātīgais.singular[0]: expected "brīvprātīgais"',
    );
  });
});
