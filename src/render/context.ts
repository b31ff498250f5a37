import type { Config } from '../config/schema.js';
import type { Statistics } from '../model/statistics.js';
import type { ReportNotes } from '../notes.js';
import type { Layout } from './layout.js';
import type { Narratives } from './narrative.js';

/** What every section renderer gets. */
export interface SectionContext {
  layout: Layout;
  stats: Statistics;
  config: Config;
  narratives: Narratives;
  generatedOn: Date;
  configDir: string;
  /** The coordinator's notes for the period, by where they go (never in the JSON). */
  notes?: ReportNotes;
}
