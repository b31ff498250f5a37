/**
 * The README's CI job, run as written: its commands are taken from the
 * README (not copied here), so the documented job cannot drift from one that
 * passes. `npm ci` is what the test run itself was set up with.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Regenerating reports in CI'));
const job = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;

/** The job's `run:` steps with the `env:` written under each. */
function steps(yaml: string): { command: string; env: Record<string, string> }[] {
  const lines = yaml.split('\n');
  const found: { command: string; env: Record<string, string> }[] = [];
  lines.forEach((line, index) => {
    const run = /^\s*- run: (.+)$/.exec(line);
    if (run === null) return;
    const env: Record<string, string> = {};
    const envLine = /^\s*env: \{(.*)\}\s*$/.exec(lines[index + 1] ?? '');
    for (const pair of envLine?.[1]?.split(',') ?? []) {
      const [key, value] = pair.split(':').map((part) => part.trim().replace(/^'|'$/g, ''));
      env[key!] = value!;
    }
    found.push({ command: run[1]!, env });
  });
  return found;
}

describe("the README's CI job", () => {
  const jobSteps = steps(job);

  it('installs with npm ci, on a Node that is still maintained', () => {
    expect(jobSteps[0]!.command).toBe('npm ci');
    const node = Number(/node-version: (\d+)/.exec(job)![1]);
    expect(node).toBeGreaterThanOrEqual(22);
    expect(node % 2, 'an LTS line (even major)').toBe(0);
  });

  it.each(jobSteps.slice(1).map((step) => [step.command, step]))(
    'passes as written on the repository: %s',
    (_command, step) => {
      const run = spawnSync(step.command, {
        cwd: ROOT,
        shell: true,
        encoding: 'utf8',
        env: { ...process.env, ...step.env },
      });
      const output = `$ ${step.command}\nexit ${run.status}\n${run.stdout}${run.stderr}`;
      expect(run.status, output).toBe(0);
      const verdicts = run.stdout.trim().split('\n');
      expect(verdicts.length, output).toBeGreaterThan(0);
      for (const line of verdicts) expect(line, output).toMatch(/\.(json|pdf): up to date/);
    },
    // Each step checks every period of examples/periods.json, reading exports and PDFs.
    120_000,
  );
});
