/**
 * Which leaves of the statistics JSON are figures. The rest is provenance,
 * kept in the JSON as information: the period itself (it labels the figures),
 * `dataQuality` (the input files, their digests and row counts: facts about
 * the whole export, which a cumulative export changes every month) and the
 * eligibility examples (located by file and line, which a re-export moves).
 * `diff` shows figures unless asked for everything; `batch --check` calls a
 * report stale only when a figure changed.
 */
const PROVENANCE = [/^schemaVersion$/, /^period\./, /^dataQuality\./, /^eligibility\.examples\[/];

/** Whether a flattened key (`countries[IQ].clients`) names a figure. */
export function isFigure(key: string): boolean {
  return !PROVENANCE.some((pattern) => pattern.test(key));
}

/** The family a key belongs to: its first name (`countries` for `countries[IQ].clients`). */
export function familyOf(key: string): string {
  return /^[^.[]+/.exec(key)![0];
}
