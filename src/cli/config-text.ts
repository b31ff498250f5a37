/**
 * Config text the report prints (the organisation, the titles, the contact
 * persons, the words of the lexicon, the notes) with characters the report's
 * font cannot draw: handled as such characters in the exports are. The run
 * goes on, the PDF prints the placeholder in their place, and a warning names
 * the key (or the notes' section) and the kind of characters, once per text.
 */
import type { Config } from '../config/schema.js';
import { NOTE_PLACES, type ReportNotes } from '../notes.js';
import { isPlainlyPrintable } from '../ingest/printable.js';
import { reportFontCheck } from '../render/fonts.js';

/** Every config text the PDF may print, with its key as config errors name it. */
export function printedConfigTexts(config: Config): [key: string, text: string][] {
  const texts: [string, string][] = [
    ['organisation', config.organisation],
    ['title', config.title],
    ['contract.number', config.contract.number],
    ['contract.title', config.contract.title],
    ['project.name', config.project.name],
    ['project.number', config.project.number],
  ];
  if (config.funding !== null) texts.push(['funding', config.funding]);
  if (config.billing !== null) texts.push(['billing.currency', config.billing.currency]);
  config.contacts.forEach((person, index) => {
    for (const field of ['name', 'role', 'organisation', 'phone', 'email'] as const) {
      texts.push([`contacts[${index}].${field}`, person[field]]);
    }
  });
  for (const [word, forms] of Object.entries(config.lexicon.nouns)) {
    texts.push([`lexicon.nouns.${word}`, [...forms.singular, ...forms.plural].join(' ')]);
  }
  for (const [word, forms] of Object.entries(config.lexicon.participles)) {
    texts.push([`lexicon.participles.${word}`, [...forms.m, ...forms.f].join(' ')]);
  }
  return texts;
}

/** The text of each section of the notes, under the section's heading. */
function notesTexts(notes: ReportNotes): [place: string, text: string][] {
  return NOTE_PLACES.flatMap(({ key, heading }) => {
    const blocks = notes[key] ?? [];
    const runs = blocks.flatMap((block) =>
      block.kind === 'paragraph' ? block.runs : block.items.flat(),
    );
    return runs.length === 0 ? [] : [[heading, runs.map((run) => run.text).join(' ')]];
  });
}

/**
 * Warnings for the config's printed texts (`configName`: the config file as
 * shown) and the sections of the notes (`label`: whose notes they are) that
 * the report's font cannot print in full. Texts of only ASCII and Latvian
 * letters need no look-up in the font.
 */
export async function unprintableTextWarnings(
  config: Config,
  configName: string,
  notes: readonly { label: string; notes: ReportNotes }[],
): Promise<string[]> {
  const places: [where: string, text: string][] = [
    ...printedConfigTexts(config).map(([key, text]): [string, string] => [
      `${configName}: ${key}`,
      text,
    ]),
    ...notes.flatMap(({ label, notes: blocks }) =>
      notesTexts(blocks).map(([heading, text]): [string, string] => [
        `${label}: section "${heading}"`,
        text,
      ]),
    ),
  ].filter(([, text]) => !isPlainlyPrintable(text));
  if (places.length === 0) return [];
  const { missing, placeholder } = await reportFontCheck();
  const warnings: string[] = [];
  for (const [where, text] of places) {
    const what = missing(text);
    if (what === null) continue;
    warnings.push(
      `warning: ${where}: holds characters the report's font cannot draw (${what}); ` +
        `the report prints ${placeholder} in their place`,
    );
  }
  return warnings;
}
