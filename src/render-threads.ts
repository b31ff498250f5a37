/**
 * Rendering the reports of a run on more than one thread: what it buys is a
 * shorter batch, since rendering (narratives, charts, PDF) is most of a batch
 * of many periods and each report is rendered from its own statistics alone.
 *
 * Worker threads load the same bundled CLI (cli/render-worker.ts) while this
 * thread reads the exports, then take reports from the same queue as this
 * thread. The PDFs are the same bytes whichever thread renders them; results
 * and errors are handed back in the periods' order, so the first failing
 * period's error is the one reported, as on one thread. A worker that cannot
 * start or dies leaves its reports to this thread.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { Config } from './config/schema.js';
import { UserError, type ExitCode } from './errors.js';
import type { Statistics } from './model/statistics.js';
import type { ReportNotes } from './notes.js';

/** Everything one report's rendering needs: plain data, so that it can go to another thread. */
export interface RenderRequest {
  statistics: Statistics;
  config: Config;
  templatesDir?: string;
  generatedOn: Date;
  configDir: string;
  /** The config's logos, read before the exports (cli/job.ts). */
  logos?: Buffer[];
  json: string;
  notes?: ReportNotes;
}

export type Render = (request: RenderRequest) => Promise<Buffer>;

/** A worker's answer: the PDF, or what went wrong. */
type Reply =
  | { index: number; pdf: Uint8Array }
  | { index: number; error: { message: string; exitCode?: ExitCode; stack?: string } };

/**
 * The bundled CLI and the worker's entry, found from where this code runs: in
 * the bundle (`dist/bundle/`) as from tsc's output (`dist/`), they are in
 * `dist/bundle/` and `dist/cli/`.
 */
function workerFiles(): { bundle: string; entry: string } | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const dist = here.endsWith('bundle') ? dirname(here) : here;
  const files = {
    bundle: join(dist, 'bundle', 'lsk-report.cjs'),
    entry: join(dist, 'cli', 'render-worker.js'),
  };
  return existsSync(files.bundle) && existsSync(files.entry) ? files : null;
}

/** The worker could not start or died: its reports are rendered on this thread instead. */
export class HelperLost extends Error {}

/** Another thread that renders reports, one at a time, in the order sent. */
export interface RenderHelper {
  /** False once it could not start or died (its reports were rejected with `HelperLost`). */
  readonly usable: boolean;
  /** Reports sent and not answered yet. */
  readonly busy: number;
  render(index: number, request: RenderRequest): Promise<Buffer>;
  stop(): Promise<void>;
}

/** A worker thread running cli/render-worker.ts. */
class Helper implements RenderHelper {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (pdf: Buffer) => void; reject: (e: Error) => void }
  >();
  #lost = false;

  constructor(files: { bundle: string; entry: string }) {
    this.#worker = new Worker(files.entry, { workerData: { bundle: files.bundle } });
    this.#worker.on('message', (reply: Reply) => {
      const pending = this.#pending.get(reply.index);
      this.#pending.delete(reply.index);
      if ('pdf' in reply)
        pending?.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      else pending?.reject(rebuilt(reply.error));
    });
    const lose = () => {
      this.#lost = true;
      for (const { reject } of this.#pending.values()) reject(new HelperLost());
      this.#pending.clear();
    };
    this.#worker.on('error', lose);
    this.#worker.on('exit', lose);
  }

  get usable(): boolean {
    return !this.#lost;
  }

  get busy(): number {
    return this.#pending.size;
  }

  render(index: number, request: RenderRequest): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.#pending.set(index, { resolve, reject });
      this.#worker.postMessage({ index, request });
    });
  }

  async stop(): Promise<void> {
    this.#lost = true;
    await this.#worker.terminate();
  }
}

/** A worker's error as this thread's: a UserError keeps its message and exit code; anything else is a bug. */
function rebuilt(error: { message: string; exitCode?: ExitCode; stack?: string }): Error {
  if (error.exitCode !== undefined) return new UserError(error.message, error.exitCode);
  const bug = new Error(error.message);
  if (error.stack !== undefined) bug.stack = error.stack;
  return bug;
}

/** Reports each worker keeps in hand, so that it never waits for this thread to send the next. */
const IN_HAND = 2;

/**
 * Worker threads for rendering `reports` reports: none for a run too short to
 * repay starting one (about what rendering three reports costs), at most
 * `threads - 1`. Started at once, so that they load while the exports are read.
 */
export class RenderThreads {
  readonly #helpers: RenderHelper[];

  constructor(helpers: RenderHelper[]) {
    this.#helpers = helpers;
  }

  static start(threads: number, reports: number): RenderThreads {
    const wanted = Math.min(threads - 1, Math.floor((reports - 1) / 3));
    const files = wanted > 0 ? workerFiles() : null;
    const helpers: Helper[] = [];
    for (let i = 0; files !== null && i < wanted; i++) helpers.push(new Helper(files));
    return new RenderThreads(helpers);
  }

  /**
   * Renders every request (null: no PDF wanted) with `renderHere` on this
   * thread and the workers; `onRendered` is told each time one more is done.
   * Throws the error of the first period whose rendering failed.
   */
  async renderAll(
    requests: readonly (RenderRequest | null)[],
    renderHere: Render,
    onRendered: () => void,
  ): Promise<(Buffer | null)[]> {
    const queue = requests.flatMap((request, index) => (request === null ? [] : [index]));
    const results: Promise<Buffer | null>[] = requests.map(() => Promise.resolve(null));
    // This thread renders one report at a time, its own or one a lost worker left.
    let local: Promise<unknown> = Promise.resolve();
    const here = (request: RenderRequest) => {
      const pdf = local.then(() => renderHere(request));
      local = pdf.catch(() => undefined);
      return pdf;
    };
    const counted = (pdf: Promise<Buffer>) =>
      pdf.then((bytes) => {
        onRendered();
        return bytes;
      });
    // After a failure no report is started: the run stops at the first failing period.
    const fail = () => {
      queue.length = 0;
    };
    const feed = () => {
      for (const helper of this.#helpers) {
        while (helper.usable && helper.busy < IN_HAND && queue.length > 0) {
          const index = queue.shift()!;
          const request = requests[index]!;
          results[index] = counted(
            helper.render(index, request).catch((error: unknown) => {
              if (!(error instanceof HelperLost)) throw error;
              return here(request);
            }),
          );
          results[index].then(feed, fail);
        }
      }
    };
    try {
      feed();
      while (queue.length > 0) {
        const index = queue.shift()!;
        results[index] = counted(here(requests[index]!));
        await results[index].then(feed, fail);
      }
      const settled = await Promise.allSettled(results);
      const failed = settled.find((outcome) => outcome.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      return settled.map((outcome) => (outcome as PromiseFulfilledResult<Buffer | null>).value);
    } finally {
      await this.stop();
    }
  }

  /** Stops the workers unused (the run ended before rendering). */
  async stop(): Promise<void> {
    await Promise.all(this.#helpers.map((helper) => helper.stop()));
  }
}

/** The worker's side: renders each request it is sent, one after the other, and answers. */
export function serveRenders(port: MessagePort, render: Render): void {
  let previous = Promise.resolve();
  port.on('message', ({ index, request }: { index: number; request: RenderRequest }) => {
    previous = previous.then(async () => {
      try {
        const pdf = await render(request);
        // A copy of its own, handed over without a second copy.
        const bytes = new Uint8Array(pdf);
        port.postMessage({ index, pdf: bytes } satisfies Reply, [bytes.buffer]);
      } catch (error) {
        const exitCode = error instanceof UserError ? error.exitCode : undefined;
        const { message, stack } = error instanceof Error ? error : new Error(String(error));
        port.postMessage({
          index,
          error: {
            message,
            ...(exitCode !== undefined ? { exitCode } : {}),
            ...(stack ? { stack } : {}),
          },
        } satisfies Reply);
      }
    });
  });
}
