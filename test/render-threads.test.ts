import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import {
  HelperLost,
  RenderThreads,
  type RenderHelper,
  type RenderRequest,
} from '../src/render-threads.js';

/** A request told apart by its JSON, which the fake renderers answer with. */
const request = (name: string) => ({ json: name }) as RenderRequest;
const pdf = (what: string) => Buffer.from(what);

/** A helper that renders on a later tick, or fails as told; it notes what it was given. */
class FakeHelper implements RenderHelper {
  usable = true;
  busy = 0;
  readonly given: number[] = [];
  constructor(private readonly outcome: (index: number) => Error | null = () => null) {}

  async render(index: number, request: RenderRequest): Promise<Buffer> {
    this.given.push(index);
    this.busy++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.busy--;
    const error = this.outcome(index);
    if (error instanceof HelperLost) this.usable = false;
    if (error !== null) throw error;
    return pdf(`helper ${request.json}`);
  }

  async stop(): Promise<void> {
    this.usable = false;
  }
}

const here = async (request: RenderRequest) => pdf(`here ${request.json}`);

describe('rendering on more than one thread', () => {
  it('gives back every PDF in the periods’ order, whichever thread rendered it', async () => {
    const helper = new FakeHelper();
    const requests = ['a', 'b', null, 'c', 'd', 'e', 'f'].map((name) =>
      name === null ? null : request(name),
    );
    let rendered = 0;
    const pdfs = await new RenderThreads([helper]).renderAll(requests, here, () => rendered++);
    expect(pdfs.map((bytes) => bytes?.toString().split(' ')[1] ?? null)).toEqual([
      'a',
      'b',
      null,
      'c',
      'd',
      'e',
      'f',
    ]);
    expect(rendered).toBe(6);
    // Both threads took a share; the helper was never sent the report without a PDF.
    expect(helper.given.length).toBeGreaterThan(0);
    expect(helper.given.length).toBeLessThan(6);
    expect(helper.given).not.toContain(2);
    expect(helper.usable).toBe(false); // stopped at the end
  });

  it('throws the error of the first failing period, as one thread would', async () => {
    // The helper takes the first periods; the second fails there, the fourth here.
    const helper = new FakeHelper((index) =>
      index === 1 ? new UserError('config: logos: logo.png is a damaged image') : null,
    );
    const failHere = async (request: RenderRequest) => {
      if (request.json === 'd') throw new Error('a later failure');
      return here(request);
    };
    const requests = ['a', 'b', 'c', 'd', 'e', 'f'].map(request);
    const run = new RenderThreads([helper]).renderAll(requests, failHere, () => {});
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toThrow('config: logos: logo.png is a damaged image');
  });

  it('renders here what a lost helper was given', async () => {
    const helper = new FakeHelper(() => new HelperLost());
    const requests = ['a', 'b', 'c', 'd'].map(request);
    const pdfs = await new RenderThreads([helper]).renderAll(requests, here, () => {});
    expect(pdfs.map((bytes) => bytes?.toString())).toEqual([
      'here a',
      'here b',
      'here c',
      'here d',
    ]);
  });
});
