/**
 * How loadTemplates picks a precompiled template: by `<lang>/<file name>`,
 * and only while the file's text is exactly the source it was compiled from.
 * The map is filled by the build; here it holds one stand-in whose output
 * shows which path was taken.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, tempDir } from '../helpers/run-cli.js';

const SHIPPED = join(ROOT, 'templates', 'lv', 'summary.hbs');

vi.mock('../../src/render/precompiled.js', async () => {
  // Not through templates.ts, which imports this module.
  const { default: Handlebars } = await import('handlebars');
  const code = Handlebars.precompile('from the build', { strict: true, noEscape: true });
  const spec = new Function(`return ${String(code)}`)();
  const source = readFileSync(SHIPPED, 'utf8');
  return { PRECOMPILED: new Map([['lv/summary.hbs', { source, spec }]]) };
});

const { loadTemplates } = await import('../../src/render/templates.js');

describe('precompiled templates in loadTemplates', () => {
  it('are used for a file whose text is the shipped source, wherever it is', () => {
    expect(loadTemplates('lv').render('summary', {})).toBe('from the build');
    const copy = tempDir();
    cpSync(join(ROOT, 'templates'), copy, { recursive: true });
    expect(loadTemplates('lv', { dir: copy }).render('summary', {})).toBe('from the build');
  });

  it('are not used for an edited file, which is compiled from its text', () => {
    const edited = tempDir();
    cpSync(join(ROOT, 'templates'), edited, { recursive: true });
    writeFileSync(join(edited, 'lv', 'summary.hbs'), 'edited {{#if true}}text{{/if}}\n');
    expect(loadTemplates('lv', { dir: edited }).render('summary', {})).toBe('edited text');
  });
});
