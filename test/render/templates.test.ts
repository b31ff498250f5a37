import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { NARRATIVE_SECTIONS } from '../../src/render/narrative.js';
import {
  createEnvironment,
  compileTemplate,
  defaultTemplatesDir,
  loadTemplates,
  normaliseParagraphs,
} from '../../src/render/templates.js';

/** Writes `templates/lv/<name>.hbs` files into a fresh directory and returns it. */
function templatesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsk-templates-'));
  mkdirSync(join(dir, 'lv'));
  for (const [name, source] of Object.entries(files))
    writeFileSync(join(dir, 'lv', `${name}.hbs`), source);
  return dir;
}

function render(source: string, context: object = {}, suppressBelow: number | null = null): string {
  const template = compileTemplate(createEnvironment({ suppressBelow }), source, 'test.hbs');
  return normaliseParagraphs(template(context));
}

/** Rendered text with no-break spaces shown as spaces: for tests of the words, not the spacing. */
function words(...args: Parameters<typeof render>): string {
  return render(...args).replaceAll('\u00A0', ' ');
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('strict templates', () => {
  it('fails on an unknown value, naming the file and line, exit code 2', () => {
    const dir = templatesWith({ summary: 'Apkalpoti\n{{clients.uniqe}} klienti.' });
    const templates = loadTemplates('lv', { dir });
    const error = userError(() => templates.render('summary', { clients: { unique: 3 } }));
    expect(error.message).toBe(
      `${join(dir, 'lv', 'summary.hbs')}:2: no figure clients.uniqe (did you mean clients.unique?)`,
    );
    expect(error.exitCode).toBe(2);
  });

  it('fails on an unknown helper and on a helper argument that is not defined', () => {
    expect(userError(() => render('{{cuont 3 "klients"}}')).message).toBe(
      'test.hbs:1: no helper cuont (did you mean count?)',
    );
    expect(userError(() => render('a\n\n{{count nothing "klients"}}')).message).toBe(
      'test.hbs:3: no figure or helper nothing',
    );
    expect(
      userError(() => render('{{#if clients.nwe}}x{{/if}}', { clients: { new: 1 } })).message,
    ).toBe('test.hbs:1: no figure clients.nwe (did you mean clients.new?)');
  });

  it('names the line of a missing value inside a block, not the line where the block starts', () => {
    const source = '{{#if a}}\nx\n{{#each list}}\n{{nmae}}\n{{/each}}\n{{/if}}';
    expect(userError(() => render(source, { a: true, list: [{ name: 'x' }] })).message).toBe(
      'test.hbs:4: no figure or helper nmae (did you mean name?)',
    );
    const nested = '{{#if a}}\n\n{{count b.c "klients"}}\n{{/if}}';
    expect(userError(() => render(nested, { a: true, b: { d: 1 } })).message).toBe(
      'test.hbs:3: no figure b.c (did you mean b.d?)',
    );
  });

  it('reports a helper misuse with its line', () => {
    expect(userError(() => render('x\n{{count 3 "kaķis"}}')).message).toBe(
      'test.hbs:2: template: {{count}}: no Latvian noun "kaķis": declare it with all its forms in the config, under "lexicon" → "nouns" (see "New words" in templates/README.md)',
    );
    expect(userError(() => render('{{num "3"}}')).message).toMatch(/must be a number/);
  });

  it('reports a syntax error when the templates are loaded, before any render', () => {
    const dir = templatesWith({ summary: 'ok', closures: 'a\n{{#if x}}b' });
    const error = userError(() => loadTemplates('lv', { dir }));
    expect(error.message).toMatch(
      new RegExp(`^${join(dir, 'lv', 'closures.hbs')}:2: template: syntax error`),
    );
  });

  it('takes the templates a folder lacks from the shipped set', () => {
    const dir = templatesWith({ summary: 'edited' });
    const templates = loadTemplates('lv', { dir });
    expect(templates.names()).toEqual([...NARRATIVE_SECTIONS].sort());
    expect(templates.render('summary', {})).toBe('edited');
    expect(templates.render('billing', { billing: null })).toBe('');
  });

  it('names a language without templates, and a file that is no template of the report', () => {
    expect(userError(() => loadTemplates('en')).message).toMatch(
      /no narrative templates for language "en"/,
    );
    const dir = templatesWith({ sumary: 'x' });
    expect(userError(() => loadTemplates('lv', { dir })).message).toMatch(
      new RegExp(
        `^${join(dir, 'lv', 'sumary.hbs')}: not a template of the report \\(did you mean summary.hbs\\?\\)`,
      ),
    );
  });
});

describe('prototype access', () => {
  it('rejects prototype names in templates when they are loaded', () => {
    for (const source of [
      '{{constructor}}',
      '{{a.__proto__.x}}',
      '{{#with a}}{{constructor.name}}{{/with}}',
    ]) {
      expect(userError(() => render(source, { a: {} })).message).toMatch(
        /may not be used in a template/,
      );
    }
  });

  it('does not read inherited properties of the context', () => {
    const context = Object.create({ secret: 'inherited' }) as object;
    const output = (() => {
      try {
        return render('[{{secret}}]', context);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(output).not.toContain('inherited');
  });

  it('has no lookup or log helpers', () => {
    expect(userError(() => render('{{lookup a "x"}}', { a: { x: 1 } })).message).toMatch(
      /{{lookup}}: is not available/,
    );
    expect(userError(() => render('{{log "x"}}')).message).toMatch(/{{log}}: is not available/);
  });
});

describe('helpers', () => {
  it('join a number and its noun with a no-break space, and keep a date together', () => {
    expect(render('{{count 98 "persona"}}')).toBe('98\u00A0personas');
    expect(render('{{date "2021-11-30" "dat"}}')).toBe('2021.\u00A0gada\u00A030.\u00A0novembrim');
  });
  it('write agreeing Latvian', () => {
    expect(words('{{agree "apkalpots" n "klients"}} {{count n "klients"}}', { n: 241 })).toBe(
      'apkalpots 241 klients',
    );
    expect(words('{{countDat 99 "sieviete"}}, {{countDat 142 "vīrietis"}}')).toBe(
      '99 sievietēm, 142 vīriešiem',
    );
    expect(words('no {{countFrom 21 "valsts"}} / no {{countFrom 22 "valsts"}}')).toBe(
      'no 21 valsts / no 22 valstīm',
    );
    expect(
      words(
        '{{count 3 "klients" case="dat"}} {{countGen 2 "bērns"}} {{countAcc 8 "sociālais mentors"}}',
      ),
    ).toBe('3 klientiem 2 bērnu 8 sociālos mentorus');
    expect(words('ar {{countWith 1 "klients"}}, ar {{countWith 3 "klients"}}')).toBe(
      'ar 1 klientu, ar 3 klientiem',
    );
    expect(words('{{noun "ģimene" 5 "gen"}}')).toBe('ģimeņu');
  });
  it('format numbers, dates and names', () => {
    expect(words('{{num 25000 2}} | {{money 25000 "EUR"}} | {{percent 42}}')).toBe(
      '25 000,00 | 25 000,00 EUR | 42 %',
    );
    expect(words('{{period "2021-06-01" "2021-11-30"}}')).toBe(
      'no 2021. gada 1. jūnija līdz 2021. gada 30. novembrim',
    );
    expect(
      words('{{date "2021-06-01"}}; {{date "2021-06-01" "gen"}}; {{shortDate "2021-06-01"}}'),
    ).toBe('2021. gada 1. jūnijs; 2021. gada 1. jūnija; 01.06.2021.');
    expect(words('{{monthLoc "2021-06"}}, {{monthName "2021-10" "loc"}}')).toBe(
      '2021. gada jūnijā, oktobrī',
    );
    expect(words('no {{genitive "Irāka"}} un {{genitive "Filipīnas"}}')).toBe(
      'no Irākas un Filipīnu',
    );
    expect(words('{{upperFirst "ārā"}}')).toBe('Ārā');
  });
  it('join lists with commas and "un", skipping empty parts', () => {
    expect(words('{{list names}}', { names: ['a', 'b', 'c'] })).toBe('a, b un c');
    expect(
      render('{{#list items}}{{name}} ({{n}}){{/list}}', {
        items: [
          { name: 'A', n: 1 },
          { name: 'B', n: 2 },
        ],
      }),
    ).toBe('A (1) un B (2)');
    expect(words('{{#list items}}{{name}}{{/list}}.', { items: [] })).toBe('.');
    expect(
      words(
        '{{join (count 0 "sieviete" omitZero=true) (count 3 "vīrietis") (count 1 "bērns" suffix=" līdz 18")}}',
      ),
    ).toBe('3 vīrieši un 1 bērns līdz 18');
  });
  it('mask counts 1…k−1 unless exact', () => {
    expect(words('{{num 3}} {{num 0}} {{num 12}} {{num 3 exact=true}}', {}, 5)).toBe('<5 0 12 3');
    expect(words('{{agree "apkalpots" 3 "klients"}} {{count 3 "klients"}}', {}, 21)).toBe(
      'apkalpots mazāk nekā 21 klients',
    );
    expect(words('{{countDat 2 "klients"}}', {}, 5)).toBe('mazāk nekā 5 klientiem');
  });
  it('output plain text, unescaped', () => {
    expect(render('{{name}}', { name: 'PMIC "Mucenieki" & <Rīga>' })).toBe(
      'PMIC "Mucenieki" & <Rīga>',
    );
  });
});

describe('template files', () => {
  it('are found next to the package wherever the process runs', () => {
    expect(existsSync(join(defaultTemplatesDir(), 'lv'))).toBe(true);
    expect(loadTemplates('lv').names()).toEqual([...NARRATIVE_SECTIONS].sort());
  });
  it('normalise paragraphs: blank lines separate, other whitespace collapses, no-break spaces stay', () => {
    expect(normaliseParagraphs('  a\n b  \n\n\n  \n c\u00A0d \n')).toBe('a b\n\nc\u00A0d');
  });
});
