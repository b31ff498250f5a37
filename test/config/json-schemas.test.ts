import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { periodsJsonSchema } from '../../src/batch/json-schema.js';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { diffJsonSchemaDocument } from '../../src/diff/json-schema.js';
import { statisticsJsonSchema } from '../../src/stats/json-schema.js';

/*
 * The JSON Schemas under schemas/ are generated from the zod schemas. This
 * test fails when they are stale; regenerate them with
 *
 *     UPDATE_SCHEMAS=1 npx vitest run test/config/json-schemas.test.ts
 */

const shipped = {
  'config.schema.json': configJsonSchema,
  'diff.schema.json': diffJsonSchemaDocument,
  'periods.schema.json': periodsJsonSchema,
  'statistics.schema.json': statisticsJsonSchema,
};

describe.each(Object.entries(shipped))('schemas/%s', (name, generate) => {
  const path = fileURLToPath(new URL(`../../schemas/${name}`, import.meta.url));
  const expected = `${JSON.stringify(generate(), null, 2)}\n`;

  it('is up to date with the zod schema', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, expected);
    let actual = '';
    try {
      actual = readFileSync(path, 'utf8');
    } catch {
      // A missing file fails below with the same hint.
    }
    expect(
      actual === expected,
      `schemas/${name} is stale; regenerate it with: UPDATE_SCHEMAS=1 npx vitest run test/config/json-schemas.test.ts`,
    ).toBe(true);
  });
});

describe('config JSON Schema', () => {
  const schema = configJsonSchema();

  it('describes every key, nested ones included', () => {
    const undocumented: string[] = [];
    const visited: string[] = [];
    const visit = (node: Record<string, unknown>, path: string) => {
      const properties = (node.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, property] of Object.entries(properties)) {
        const keyPath = path ? `${path}.${key}` : key;
        visited.push(keyPath);
        if (typeof property.description !== 'string') undocumented.push(keyPath);
        for (const inner of [property, ...((property.anyOf ?? []) as Record<string, unknown>[])]) {
          visit(inner, keyPath);
          if (inner.items) visit(inner.items as Record<string, unknown>, `${keyPath}[]`);
        }
      }
    };
    visit(schema, '');
    expect(visited).toEqual(
      expect.arrayContaining([
        'billing.currency',
        'contacts[].email',
        'eligibility.statusHolderMonths',
      ]),
    );
    expect(undocumented).toEqual([]);
  });

  it('rejects unknown keys and requires nothing at the top level', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required ?? []).toEqual([]);
  });
});
