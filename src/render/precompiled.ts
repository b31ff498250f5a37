/**
 * The shipped narrative templates, compiled when the package was built.
 * Compiling Handlebars templates is most of what the narratives cost a run;
 * the bundle (scripts/bundle.js) replaces this module with one that holds
 * each shipped template's source and its precompiled specification, and
 * templates.ts uses the specification only while a file's text is exactly
 * the shipped source. Running from source, the map is empty and every
 * template is compiled when it is loaded, as an edited one always is.
 */

export interface PrecompiledTemplate {
  source: string;
  /** What `Handlebars.template()` takes (a global type of the handlebars package). */
  spec: TemplateSpecification;
}

/** Keyed by `<lang>/<file name>`, e.g. `lv/summary.hbs`. */
export const PRECOMPILED: ReadonlyMap<string, PrecompiledTemplate> = new Map();
