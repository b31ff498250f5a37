import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/** Folders whose files users and contributors read; build output and dependencies are not. */
const READ_BY_PEOPLE = [
  'docs',
  'src',
  'templates',
  'schemas',
  'scripts',
  'tools',
  'bin',
  'examples',
  'bench',
];
const TEXT = /\.(md|ts|js|py|json|hbs|txt|ya?ml)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return TEXT.test(entry.name) ? [path] : [];
  });
}

const markdownOutsideFolders = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('fixtures', name)),
].map((name) => join(ROOT, name));

const documents = [
  ...markdownOutsideFolders,
  ...READ_BY_PEOPLE.flatMap((dir) => files(join(ROOT, dir))),
];

// Written in pieces so that this file does not match itself.
const OUTSIDE = [
  { what: 'a folder outside the repository', pattern: new RegExp(['shared', 'spec'].join('/')) },
  { what: 'a folder outside the repository', pattern: new RegExp(['\\.\\.', 'shared'].join('/')) },
  { what: 'a specification not in the repository', pattern: /\b(the|those|this) specs?\b/i },
  { what: 'an issue tracker not in the repository', pattern: /\b(the|this) issue\b(?!')/i },
  // The pandas version the benchmark compares with is bench/report.py; without it, naming it is a reference outside.
  ...(existsSync(join(ROOT, 'bench', 'report.py'))
    ? []
    : [{ what: 'a program not in the repository', pattern: /\bpandas\b/i }]),
];

describe('the repository stands on its own', () => {
  it('has documents to check', () => {
    expect(documents.map((file) => relative(ROOT, file))).toEqual(
      expect.arrayContaining(['README.md', 'docs/input-format.md', 'src/cli/main.ts']),
    );
  });

  it('names no file, specification or tracker outside it', () => {
    const found = documents.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          OUTSIDE.filter(({ pattern }) => pattern.test(line)).map(
            ({ what }) => `${relative(ROOT, file)}:${index + 1}: ${what}: ${line.trim()}`,
          ),
        ),
    );
    expect(found).toEqual([]);
  });

  it('has every file its Markdown links to', () => {
    const markdown = documents.filter((file) => file.endsWith('.md'));
    const broken = markdown.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => !existsSync(resolve(dirname(file), target)))
        .map((target) => `${relative(ROOT, file)}: ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it('links the input contract, the figures and the Latvian rules from the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const doc of ['docs/input-format.md', 'docs/figures.md', 'docs/latvian.md']) {
      expect(readme).toContain(`](${doc})`);
    }
  });

  it('defines every figure of the statistics JSON in docs/figures.md', async () => {
    const { statisticsSchema } = await import('../../src/model/statistics.js');
    const figures = readFileSync(join(ROOT, 'docs/figures.md'), 'utf8');
    const undefinedKeys = Object.keys(statisticsSchema.shape).filter(
      (key) => !figures.includes(`\`${key}`),
    );
    expect(undefinedKeys).toEqual([]);
  });

  it('has a LICENSE that is the one package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      license: string;
    };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });
});
