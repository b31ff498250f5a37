/**
 * Writing a run's outputs safely. Every file goes to a short-named temporary
 * file beside its target and is renamed over it only when all of them were
 * written in full, under a lock file in each target folder, so that:
 * - a failed or interrupted run leaves any earlier report in place and nothing
 *   half-written (no truncated PDF, JSON or `--errors-out`);
 * - two runs writing the same report at once never leave the PDF of one
 *   beside the JSON of the other: each run's renames happen together;
 * - only regular files are ever replaced, never a device (`/dev/null`), a
 *   named pipe or a folder.
 */
import {
  constants,
  lstatSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  type Stats,
} from 'node:fs';
import { copyFile, link, mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileError, isSystemError, UserError } from './errors.js';

/** An output path of `-`: standard output, for every output option. */
export const STDOUT = '-';

/** A report's PDF file name when none is given: `lsk-report_2021-06-01_2021-11-30.pdf`. */
export function reportFileName(period: { from: string; to: string }): string {
  return `lsk-report_${period.from}_${period.to}.pdf`;
}

/** Where a report's statistics JSON goes when no path is given: beside its PDF. */
export function jsonBeside(pdfPath: string): string {
  return `${pdfPath.replace(/\.pdf$/i, '')}.json`;
}

/**
 * The path an output option names, as the run will use it: `-` stays `-`
 * (standard output); an existing folder, or a path ending in a slash, gets
 * `defaultName` inside it (`-o reports/` → `reports/lsk-report_….pdf`).
 * Without a default name, a folder is refused.
 */
export function outputPathFor(
  given: string,
  defaultName: string | null,
  cwd: string = process.cwd(),
): string {
  if (given === STDOUT) return STDOUT;
  const namesFolder = /[\\/]$/.test(given) || existingKind(resolve(cwd, given)) === 'folder';
  if (!namesFolder) return given;
  if (defaultName === null) {
    throw new UserError(
      `refusing to write ${given}: it is a folder; name a file in it (e.g. ${join(given, 'problems.txt')})`,
    );
  }
  return join(given, defaultName);
}

/** A file the run will write, with its bytes; path `-` is standard output. */
export interface OutputFile {
  path: string;
  /**
   * The bytes, or text in pieces written one after the other, so that a long
   * list (every problem of a million rows) is never one string in memory.
   */
  data: Uint8Array | string | Iterable<string>;
}

/** An output's data as the pieces to write, in order. */
function piecesOf(data: OutputFile['data']): Iterable<string | Uint8Array> {
  return typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
}

/** Where the data of outputs named `-` go (the terminal's stdout). */
export type StdoutWriter = (data: string | Uint8Array) => void;

/**
 * Writes every file atomically, then the outputs named `-` to `stdout`.
 * On any failure the temporary files are removed and no target is replaced.
 */
export async function writeOutputs(files: OutputFile[], stdout?: StdoutWriter): Promise<void> {
  const toFiles = files.filter((file) => file.path !== STDOUT);
  const staged: Staged[] = [];
  try {
    for (const file of toFiles) staged.push(await stage(file));
    await testHold('written');
    await commit(staged);
  } finally {
    for (const { temp } of staged) removeQuietly(temp);
  }
  for (const file of files) {
    if (file.path !== STDOUT) continue;
    if (stdout === undefined) throw new Error('an output named "-" needs a stdout writer');
    for (const piece of piecesOf(file.data)) stdout(piece);
  }
}

interface Staged {
  /** The path as the user named it, for messages. */
  shown: string;
  /** The file to replace: the target itself, or the file a symbolic link at it points to. */
  target: string;
  temp: string;
}

/** Temporary files of this process not yet renamed or removed (the signal handler removes them). */
const unfinished = new Set<string>();
/** Lock files this process holds. */
const heldLocks = new Set<string>();
let temporaryCount = 0;

/** Writes one file's bytes in full to a temporary file beside its target. */
async function stage(file: OutputFile): Promise<Staged> {
  const target = replaceableTarget(file.path);
  const folder = dirname(target);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw fileError(error, 'write', file.path);
  }
  // Short, so that a long but valid output name never makes a too-long temporary one.
  const temp = join(folder, `.lsk-${process.pid}-${++temporaryCount}.tmp`);
  unfinished.add(temp);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeAll(handle, file, temp);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    removeQuietly(temp);
    throw fileError(error, 'write', file.path);
  }
  return { shown: file.path, target, temp };
}

async function writeAll(handle: FileHandle, file: OutputFile, temp: string): Promise<void> {
  const full = process.env.LSK_REPORT_TEST_DISK_FULL;
  if (full !== undefined && full !== '' && file.path.endsWith(full)) {
    // Test hook (CONTRIBUTING.md): the disk fills up halfway through this file's first piece.
    const [first = ''] = piecesOf(file.data);
    const data = Buffer.from(first);
    await handle.write(data.subarray(0, data.length >> 1));
    throw Object.assign(new Error(`ENOSPC: no space left on device, write`), {
      code: 'ENOSPC',
      syscall: 'write',
      path: temp,
    });
  }
  // Each piece goes on where the one before it ended.
  for (const piece of piecesOf(file.data)) await handle.writeFile(piece);
}

/**
 * Renames every temporary file over its target, all under the lock of every
 * folder involved (taken in a fixed order, so two runs cannot deadlock). Every
 * target is checked before the first is replaced, and a rename that fails
 * all the same (a file another program holds open) puts the files already
 * replaced back as they were: a failed run replaces nothing.
 */
async function commit(staged: Staged[]): Promise<void> {
  if (staged.length === 0) return;
  const folders = [...new Set(staged.map(({ target }) => dirname(target)))].sort();
  const locks: string[] = [];
  const replaced: Replaced[] = [];
  committing = true;
  try {
    for (const folder of folders) locks.push(await lock(folder));
    // Checked again: a target may have changed while the report was made.
    for (const { shown, target } of staged) replaceableTarget(target, shown);
    for (const [index, file] of staged.entries()) {
      replaced.push(await replace(file));
      if (index === 0) await testHold('renaming');
    }
  } catch (error) {
    for (const file of replaced.reverse()) putBack(file);
    throw error;
  } finally {
    for (const { earlier } of replaced) if (earlier !== null) removeQuietly(earlier);
    for (const path of locks) unlock(path);
    committing = false;
    const then = afterCommit;
    afterCommit = null;
    then?.();
  }
}

/** A target replaced by this run, and where its earlier file is kept until the run is done. */
interface Replaced {
  target: string;
  /** A second name of the earlier file; null when there was none. */
  earlier: string | null;
}

/** Renames one temporary file over its target, keeping the earlier file under a second name. */
async function replace({ shown, target, temp }: Staged): Promise<Replaced> {
  const earlier = await keepEarlier(target, shown);
  try {
    await rename(temp, target);
  } catch (error) {
    if (earlier !== null) removeQuietly(earlier);
    throw fileError(error, 'write', shown);
  }
  unfinished.delete(temp);
  return { target, earlier };
}

/**
 * A hard link to the file at `target` (a copy where the file system has no
 * hard links), so that it can be put back; null when there is no file.
 */
async function keepEarlier(target: string, shown: string): Promise<string | null> {
  const earlier = join(dirname(target), `.lsk-${process.pid}-${++temporaryCount}.old`);
  unfinished.add(earlier);
  try {
    await link(target, earlier);
    return earlier;
  } catch (error) {
    if (isSystemError(error) && error.code === 'ENOENT') {
      unfinished.delete(earlier);
      return null;
    }
  }
  try {
    await copyFile(target, earlier, constants.COPYFILE_EXCL);
    return earlier;
  } catch (error) {
    removeQuietly(earlier);
    throw fileError(error, 'write', shown);
  }
}

/** Undoes `replace`: the earlier file back in place, or no file where there was none. */
function putBack({ target, earlier }: Replaced): void {
  try {
    if (earlier === null) rmSync(target, { force: true });
    else renameSync(earlier, target);
  } catch {
    // Best effort: the run fails anyway, and says why.
  }
}

let committing = false;
let afterCommit: (() => void) | null = null;

/**
 * For the signal handler: `then` runs at once, or, while outputs are being
 * renamed (a few milliseconds), right after, so that a report is never left
 * half replaced. `then` is told whether the outputs were being renamed.
 */
export function whenNotCommitting(then: (afterRenaming: boolean) => void): void {
  if (committing) afterCommit = () => then(true);
  else then(false);
}

/** Removes this process's temporary and lock files (on a signal: synchronous, best effort). */
export function removeUnfinishedOutputs(): void {
  for (const temp of unfinished) removeQuietly(temp);
  for (const path of heldLocks) unlock(path);
}

function removeQuietly(path: string): void {
  unfinished.delete(path);
  try {
    rmSync(path, { force: true });
  } catch {
    // Best effort: a temporary file left is named `.lsk-<pid>-<n>.tmp` and harmless.
  }
}

/** The lock file in an output folder: held only while a run renames its outputs. */
export const LOCK_FILE = '.lsk-report.lock';
/** How long a run waits for another one's lock before giving up. */
const LOCK_WAIT_MS = 60_000;
/** A lock older than this belongs to a run that died (renames take milliseconds). */
const LOCK_STALE_MS = 120_000;

async function lock(folder: string): Promise<string> {
  const path = join(folder, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      heldLocks.add(path);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return path;
    } catch (error) {
      if (!isSystemError(error) || error.code !== 'EEXIST') {
        throw fileError(error, 'write in', folder);
      }
    }
    if (lockIsStale(path)) {
      removeQuietly(path);
      continue;
    }
    if (Date.now() > deadline) {
      throw new UserError(
        `another lsk-report run is still writing in ${folder}; if none is running, delete ${path} and run again`,
      );
    }
    await sleep(25);
  }
}

function unlock(path: string): void {
  heldLocks.delete(path);
  try {
    rmSync(path, { force: true });
  } catch {
    // The next run finds it stale.
  }
}

/** A lock whose process is gone (on this machine), or that is far older than any rename. */
function lockIsStale(path: string): boolean {
  try {
    const stat = statSync(path);
    if (Date.now() - stat.mtimeMs > LOCK_STALE_MS) return true;
    const pid = Number(readFileSync(path, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false; // being written
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return isSystemError(error) && error.code === 'ESRCH';
    }
  } catch {
    return false; // gone meanwhile: the next try takes it
  }
}

/**
 * The file an output path will replace: the path itself, or the file a
 * symbolic link there points to (the link stays). Refuses, exit 2, anything
 * existing that is not a regular file: a device such as /dev/null, a named
 * pipe, a socket, a folder, a link to one of these or to nothing.
 */
export function replaceableTarget(path: string, shown: string = path): string {
  const absolute = resolve(path);
  let link: Stats | undefined;
  try {
    link = lstatSync(absolute, { throwIfNoEntry: false });
  } catch (error) {
    throw fileError(error, 'write', shown);
  }
  if (link === undefined) return absolute;
  let target = absolute;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(absolute);
    } catch (error) {
      if (isSystemError(error) && error.code === 'ENOENT') {
        throw new UserError(
          `refusing to write ${shown}: it is a symbolic link to a file that does not exist`,
        );
      }
      throw fileError(error, 'write', shown);
    }
  }
  const kind = existingKind(target);
  if (kind === 'file' || kind === null) return target;
  throw new UserError(
    `refusing to write ${shown}: it is ${KIND_WORDS[kind]}, not a regular file; ` +
      'name a file to write (or - for standard output)',
  );
}

type Kind = 'file' | 'folder' | 'device' | 'pipe' | 'socket';

/** What each kind of path is, in words for a message. */
export const KIND_WORDS: Record<Exclude<Kind, 'file'>, string> = {
  folder: 'a folder',
  device: 'a device',
  pipe: 'a named pipe',
  socket: 'a socket',
};

/** What exists at a path (links followed); null when nothing does. */
function existingKind(path: string): Kind | null {
  let stat: Stats | undefined;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // ENOTDIR, ELOOP, EACCES …: said in plain words when the output is checked.
    if (isSystemError(error)) return null;
    throw error;
  }
  return stat === undefined ? null : kindOf(stat);
}

/** What a path is, by its `stat`. */
export function kindOf(stat: Stats): Kind {
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isSocket()) return 'socket';
  return 'device';
}

/**
 * Refuses output paths that would destroy something: one of the inputs (a
 * report must never overwrite data), the same file named twice in one run
 * (one output would silently replace the other), standard output named
 * twice, or anything that is not a regular file. Paths are compared resolved
 * against `cwd`, and existing files also by identity, so a symbolic or hard
 * link to an input counts too.
 */
export function assertOutputPaths(
  outputs: readonly string[],
  inputs: readonly string[],
  cwd: string = process.cwd(),
): void {
  const inputPaths = new Set(inputs.map((input) => resolve(cwd, input)));
  const inputIds = new Set(inputs.map((input) => fileIdentity(resolve(cwd, input))));
  const seen = new Map<string, string>();
  const seenFolded = new Map<string, string>();
  for (const output of outputs) {
    if (output === STDOUT) {
      if (seen.has(STDOUT)) {
        throw new UserError(
          'refusing to write two outputs to standard output ("-") in one run: give one of them a file name',
        );
      }
      seen.set(STDOUT, output);
      continue;
    }
    const path = resolve(cwd, output);
    const id = fileIdentity(path);
    if (inputPaths.has(path) || (id !== null && inputIds.has(id))) {
      throw new UserError(`refusing to write ${output}: it is one of the input files`);
    }
    const earlier = seen.get(path);
    if (earlier !== undefined) {
      throw new UserError(
        `refusing to write ${output} twice in one run` +
          (earlier === output ? '' : ` (also named ${earlier})`) +
          ': give each report and file its own name',
      );
    }
    // Windows and macOS do not tell capitals apart: there, one report would replace the other.
    const alike = seenFolded.get(path.toLowerCase());
    if (alike !== undefined) {
      throw new UserError(
        `refusing to write ${output} and ${alike} in one run: their names differ only in capitals, ` +
          'and on Windows and macOS they are one file; give each report and file its own name',
      );
    }
    seen.set(path, output);
    seenFolded.set(path.toLowerCase(), output);
    replaceableTarget(path, output);
  }
}

/** Device and inode of an existing file (links followed), or null when there is none. */
function fileIdentity(path: string): string | null {
  try {
    const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
    return stat === undefined ? null : `${stat.dev}:${stat.ino}`;
  } catch {
    return null; // unreachable (ENOTDIR, ELOOP …): said when the output is checked
  }
}

/**
 * Test hook (CONTRIBUTING.md, "Test hooks"): with `LSK_REPORT_TEST_HOLD` set
 * to `<stage>:<file>`, a run waits at `stage` (`written`: every temporary
 * file written, nothing renamed; `renaming`: the first output renamed, the
 * others not yet) until `file` exists. Never set outside tests.
 */
async function testHold(stage: 'written' | 'renaming'): Promise<void> {
  const hold = process.env.LSK_REPORT_TEST_HOLD;
  if (hold === undefined || !hold.startsWith(`${stage}:`)) return;
  const release = hold.slice(stage.length + 1);
  process.stderr.write(`lsk-report: test hold at ${stage}\n`);
  while (statSync(release, { throwIfNoEntry: false }) === undefined) await sleep(20);
}
