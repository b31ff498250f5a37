import type { Config } from '../config/schema.js';
import type { Statistics } from '../model/statistics.js';
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
}
