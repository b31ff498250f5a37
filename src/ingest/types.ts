import type { RowProblem } from '../errors.js';
import type { ClientProfile } from '../model/client.js';
import type { Contact } from '../model/contact.js';
import type { DataQuality } from '../model/statistics.js';

export type Delimiter = ',' | ';' | '\t';
export type Encoding = 'utf-8' | 'windows-1257';

export interface IngestOptions {
  /** Files to read, in order (globs already expanded). */
  files: string[];
  /** How file names are shown in messages and the JSON (default: as given). */
  displayName?: (file: string) => string;
  delimiter?: Delimiter;
  encoding?: Encoding;
  /**
   * The report's font, to warn about place names it cannot print in full.
   * Asked only when a name holds more than ASCII and Latvian letters.
   */
  font?: FontCheck;
}

/** Loads what the report's font can draw (the CLI passes the font's own character map). */
export type FontCheck = () => Promise<{
  /** What `text` holds that the font cannot draw (`Arabic`, `emoji`), or null when nothing. */
  missing(text: string): string | null;
  /** What the report prints in place of such characters. */
  placeholder: string;
}>;

/** A data-quality finding that is not an error: counted in the JSON, explained on the terminal. */
export interface IngestWarning {
  /** Stable key, e.g. `unknown_column`, `client_attribute_conflict`. */
  type: string;
  /** One human-readable line; never a client id, staff id or free text. */
  message: string;
}

/** How one input file was read, for the terminal summary (`validate`). */
export interface FileSummary {
  name: string;
  sha256: string;
  bytes: number;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Data rows: records after the header, blank ones not counted. */
  rows: number;
}

export interface IngestResult {
  /** Every problem found, in input order; rows with problems were not passed on. */
  problems: RowProblem[];
  warnings: IngestWarning[];
  /** Resolved attributes of every client with at least one valid contact. */
  clients: Map<string, ClientProfile>;
  /** Earliest and latest valid contact day, or null when there is none. */
  dateRange: { first: string; last: string } | null;
  /** The files in input order. */
  files: FileSummary[];
  dataQuality: DataQuality;
}

/** Receives each valid, de-duplicated contact in input order. */
export type ContactSink = (contact: Contact) => void;
