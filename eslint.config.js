import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Schemas are built with the configured zod (src/zod.ts says why); types may come from anywhere.
const ZOD = {
  paths: [{ name: 'zod', message: 'Import { z } from src/zod.ts.', allowTypeImports: true }],
  patterns: [
    { group: ['zod/*'], message: 'Import { z } from src/zod.ts.', allowTypeImports: true },
  ],
};

/**
 * The pipeline's folder rules (CONTRIBUTING.md, "Code organisation"): each stage
 * imports only the stages before it and the shared model, so a reader can follow
 * the data one way. Type-only imports count too: a type is a dependency.
 */
const FOLDER_RULES = [
  { folder: 'ingest', forbidden: ['stats', 'render', 'cli', 'config/load'] },
  { folder: 'stats', forbidden: ['ingest', 'render', 'cli', 'config/load'] },
  { folder: 'render', forbidden: ['ingest', 'cli'] },
  { folder: 'lv', forbidden: ['ingest', 'stats', 'render', 'cli', 'config'] },
  { folder: 'model', forbidden: ['ingest', 'stats', 'render', 'cli', 'config', 'lv'] },
];

function folderRule({ folder, forbidden }) {
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ZOD.paths,
          patterns: [
            ...ZOD.patterns,
            ...forbidden.map((other) => ({
              group: [`**/${other}/*`, `**/${other}`, `**/${other}.js`],
              message: `${folder}/ does not import ${other}/ (CONTRIBUTING.md, "Code organisation").`,
            })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-tools/', 'node_modules/', 'reports/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', ZOD] },
  },
  ...FOLDER_RULES.map(folderRule),
  {
    files: ['bin/**/*.js', 'scripts/**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', performance: 'readonly' },
    },
  },
  {
    // Modules that stand in for CommonJS packages in the bundle (scripts/bundle-natives.js).
    files: ['scripts/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
