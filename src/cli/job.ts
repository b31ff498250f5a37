/**
 * The one job builder of the commands that write reports (the main job and
 * `batch`): the config, the inputs, the outputs checked against them, and the
 * `ReportJob` the pipeline runs.
 */
import type { Command } from 'commander';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { UserError } from '../errors.js';
import { assertOutputPaths } from '../output.js';
import { unprintableTextWarnings } from './config-text.js';
import type { ReportJob, ReportTarget } from '../pipeline.js';
import type { CommonOptions } from './common.js';
import { generationDate } from './generation-date.js';
import { shownPath } from './io.js';
import { configInputOf, ingestOptionsFrom, type InputOptions } from './inputs.js';

/** The options a report-writing command turns into a job. */
export interface JobOptions extends InputOptions, CommonOptions {
  lang?: string;
  templates?: string;
  allowEmpty?: boolean;
}

/** The options of every report-writing command beyond the inputs: `--templates`, `--allow-empty`. */
export function addJobOptions(command: Command): Command {
  return command
    .option('--templates <dir>', 'narrative templates folder holding <lang>/*.hbs')
    .option('--allow-empty', 'write reports of periods without a contact too');
}

/** Loads `--config` (or the one in the working directory), with `--lang` applied. */
export function loadJobConfig(options: JobOptions, cwd: string): LoadedConfig {
  const loaded = loadConfig(options.config, cwd);
  if (options.lang !== undefined) loaded.config.lang = options.lang as typeof loaded.config.lang;
  return loaded;
}

/** A job ready to run, with the warnings about it known before any export is read. */
export interface PreparedJob extends Omit<ReportJob, 'onProgress'> {
  /** Printed texts (config, notes) the report's font cannot draw in full (cli/config-text.ts). */
  textWarnings: string[];
}

/**
 * The job for `targets`: inputs resolved (file names relative to the config
 * file's folder, else to `namesBase`), and every output refused that would
 * replace an input — the exports, the config, its logos, or `moreInputs`
 * (the periods file) — or another output of the same run.
 */
export async function prepareJob(
  options: JobOptions,
  loaded: LoadedConfig,
  targets: ReportTarget[],
  cwd: string,
  more: { moreInputs?: string[]; namesBase?: string; renderPdf?: boolean } = {},
): Promise<PreparedJob> {
  const { config, dir: configDir, path: configPath } = loaded;
  assertProgramStart(config.programStart, targets);
  const writesPdf = more.renderPdf !== false && targets.some((target) => target.pdfPath !== null);
  const logos = writesPdf ? await readConfigLogos(config.logos, configDir, cwd) : undefined;
  const textWarnings = writesPdf
    ? await unprintableTextWarnings(
        config,
        configPath !== null ? shownPath(configPath, cwd) : 'config',
        targets.flatMap(({ period, notes }) =>
          notes ? [{ label: `notes for ${period.from} … ${period.to}`, notes }] : [],
        ),
      )
    : [];
  const namesBase = configPath !== null ? configDir : (more.namesBase ?? cwd);
  const ingest = await ingestOptionsFrom(options, cwd, configInputOf(loaded, cwd), namesBase);
  assertOutputPaths(
    [
      ...targets.flatMap((target) => [target.pdfPath, target.jsonPath]),
      ...(options.errorsOut !== undefined ? [options.errorsOut] : []),
    ].filter((path): path is string => path !== null),
    [
      ...ingest.files,
      ...(more.moreInputs ?? []),
      ...(configPath !== null ? [configPath] : []),
      ...config.logos,
    ],
    cwd,
  );
  return {
    targets,
    ingest,
    skipInvalid: options.skipInvalid === true,
    allowEmpty: options.allowEmpty === true,
    config,
    configDir,
    ...(logos !== undefined ? { logos } : {}),
    templatesDir: options.templates,
    generatedOn: generationDate(),
    ...(more.renderPdf !== undefined ? { renderPdf: more.renderPdf } : {}),
    textWarnings,
  };
}

/**
 * The logos, read and checked now, before any export is read: a logo too
 * large or not an image stops the run at once (exit 2), not after minutes of
 * reading. The renderer (pdfkit) loads here only when the config lists a logo.
 */
async function readConfigLogos(
  paths: readonly string[],
  configDir: string,
  cwd: string,
): Promise<Buffer[]> {
  if (paths.length === 0) return [];
  const { readLogos } = await import('../render/logos.js');
  return readLogos(paths, configDir, (path) => shownPath(path, cwd));
}

/** `programStart` after a period's end would count no client "since the start" (exit 2). */
function assertProgramStart(start: string | null, targets: readonly ReportTarget[]): void {
  if (start === null) return;
  const before = targets.find((target) => target.period.to < start);
  if (before === undefined) return;
  throw new UserError(
    `config: programStart ${start} is after the last day of the period ` +
      `${before.period.from} … ${before.period.to}: the clients served since the programme started ` +
      'cannot be counted. Set programStart to the day the programme started.',
  );
}
