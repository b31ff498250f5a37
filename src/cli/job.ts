/**
 * The one job builder of the commands that write reports (the main job and
 * `batch`): the config, the inputs, the outputs checked against them, and the
 * `ReportJob` the pipeline runs.
 */
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { assertOutputPaths } from '../output.js';
import type { ReportJob, ReportTarget } from '../pipeline.js';
import type { CommonOptions } from './common.js';
import { generationDate } from './generation-date.js';
import { ingestOptionsFrom, type InputOptions } from './inputs.js';

/** The options a report-writing command turns into a job. */
export interface JobOptions extends InputOptions, CommonOptions {
  lang?: string;
  templates?: string;
}

/** Loads `--config` (or the one in the working directory), with `--lang` applied. */
export function loadJobConfig(options: JobOptions, cwd: string): LoadedConfig {
  const loaded = loadConfig(options.config, cwd);
  if (options.lang !== undefined) loaded.config.lang = options.lang as typeof loaded.config.lang;
  return loaded;
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
): Promise<Omit<ReportJob, 'onProgress'>> {
  const { config, dir: configDir, path: configPath } = loaded;
  const namesBase = configPath !== null ? configDir : (more.namesBase ?? cwd);
  const ingest = await ingestOptionsFrom(options, cwd, config.input, namesBase);
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
    config,
    configDir,
    templatesDir: options.templates,
    generatedOn: generationDate(),
    ...(more.renderPdf !== undefined ? { renderPdf: more.renderPdf } : {}),
  };
}
