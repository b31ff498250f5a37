// npm run build, after tsc: bundles the CLI into one script, dist/bundle/lsk-report.cjs,
// with the shipped narrative templates precompiled (src/render/precompiled.ts). Its V8
// code cache is not built here: it belongs to one Node version and machine, so the first
// run writes it beside the bundle where that folder is writable (src/cli/start.ts).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';
import { escapeNonAscii } from './bundle-ascii.js';
import { nativeDecompressors } from './bundle-natives.js';
import { BUNDLE } from '../dist/cli/start.js';
import { defaultTemplatesDir, precompileTemplate } from '../dist/render/templates.js';

/** The precompiled-templates module: every `templates/<lang>/*.hbs` with its source. */
function precompiledModule() {
  const root = defaultTemplatesDir();
  const entries = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap(({ name: lang }) =>
      readdirSync(join(root, lang))
        .filter((name) => name.endsWith('.hbs'))
        .sort()
        .map((name) => {
          const file = join(root, lang, name);
          const source = readFileSync(file, 'utf8');
          const spec = precompileTemplate(source, file);
          return `  [${JSON.stringify(`${lang}/${name}`)}, { source: ${JSON.stringify(source)}, spec: ${spec} }],`;
        }),
    );
  return `export const PRECOMPILED = new Map([\n${entries.join('\n')}\n]);\n`;
}

const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]dist[\\/]render[\\/]precompiled\.js$/ }, () => ({
      contents: precompiledModule(),
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['dist/bundle-entry.js'],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // A script, not a module: Node 20 caches compiled code only for scripts (vm.Script).
  format: 'cjs',
  // The canvas is a native addon; svg-to-pdfkit is a fallback loaded only if ever needed;
  // exceljs (diff --format xlsx) is large and required from node_modules only when used.
  external: ['@napi-rs/canvas', 'svg-to-pdfkit', 'exceljs'],
  // Modules find their package's files (templates, fonts) relative to import.meta.url.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'eof',
  // No comments nor indentation: less to read and decode at each start; names stay, for stack traces.
  minifyWhitespace: true,
  logLevel: 'warning',
  plugins: [precompiledTemplates, nativeDecompressors],
});

escapeNonAscii(BUNDLE);

// vm.Script, which runs the bundle, has no loader for import(): everything must be bundled or required.
if (/\bimport\(\s*[^)\s]/.test(readFileSync(BUNDLE, 'utf8'))) {
  throw new Error(`${BUNDLE} calls import(), which the code cache loader cannot serve`);
}

// Caches of earlier builds go: the first run of this one writes its own.
for (const name of readdirSync(dirname(BUNDLE))) {
  if (name.startsWith(`${basename(BUNDLE)}.`) && name.endsWith('.cache')) {
    rmSync(join(dirname(BUNDLE), name));
  }
}
