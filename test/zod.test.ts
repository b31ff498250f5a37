import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-cli.js';

describe('zod', () => {
  it('builds every schema without its JIT: no code is generated, even for objects', () => {
    // In a fresh process: the setting is read when a schema is built, and zod is process-wide.
    const script = `
      let generated = 0;
      globalThis.Function = new Proxy(Function, {
        construct(target, args) { generated++; return Reflect.construct(target, args); },
      });
      const { configSchema } = await import('./dist/config/schema.js');
      configSchema.parse({ billing: { ratePerClientMonth: 95 } });
      console.log(generated);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0');
  });
});
