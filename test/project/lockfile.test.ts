import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(
  readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'),
) as {
  packages: Record<string, LockPackage>;
};

// `npm ci` refuses a lockfile that lacks an optional dependency of a locked
// package, even one for another platform. The canvas and esbuild (the build's
// bundler) ship one package per platform, and a version whose Windows or macOS
// binaries the registry lacks locks on Linux but fails to install everywhere,
// CI included.
describe('package-lock.json', () => {
  it('locks every optional (per-platform) dependency of every locked package', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => lock.packages[`node_modules/${name}`]?.version === undefined)
        .map((name) => `${path} → ${name}`),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(lock.packages['node_modules/esbuild']?.optionalDependencies ?? {})).toEqual(
      expect.arrayContaining(['@esbuild/win32-x64', '@esbuild/darwin-arm64', '@esbuild/linux-x64']),
    );
  });

  it('locks the chart canvas binary for every platform it ships', () => {
    const canvas = lock.packages['node_modules/@napi-rs/canvas'];
    expect(canvas?.version).toBeDefined();
    const platforms = Object.entries(canvas?.optionalDependencies ?? {});
    expect(platforms.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        '@napi-rs/canvas-win32-x64-msvc',
        '@napi-rs/canvas-darwin-arm64',
        '@napi-rs/canvas-linux-x64-gnu',
      ]),
    );
    for (const [name, version] of platforms) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it('holds one copy of the canvas, shared with the test-only PDF reader', () => {
    const copies = Object.keys(lock.packages).filter((path) =>
      path.endsWith('node_modules/@napi-rs/canvas'),
    );
    expect(copies).toEqual(['node_modules/@napi-rs/canvas']);
  });
});
