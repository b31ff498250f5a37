/**
 * Compares two statistics models figure by figure. Pure: the `diff` command
 * reads the files, this decides what differs.
 */

export type Leaf = number | string | boolean | null;

/** One figure that differs. `change` and `changePercent` only for two numbers. */
export interface Difference {
  /** Dotted path with list items named by their key: `countries[IQ].clients`. */
  key: string;
  a: Leaf | undefined;
  b: Leaf | undefined;
  change: number | null;
  changePercent: number | null;
}

/** Properties that name a list item, in order of preference (`monthly[2021-06]`). */
const ITEM_KEYS = ['month', 'code', 'name', 'reason', 'type'] as const;

/** Every figure of `a` and `b` that differs, in the order the figures appear (a's first). */
export function compareStatistics(a: unknown, b: unknown): Difference[] {
  const left = flatten(a);
  const right = flatten(b);
  const keys = [...left.keys(), ...[...right.keys()].filter((key) => !left.has(key))];
  const differences: Difference[] = [];
  for (const key of keys) {
    const valueA = left.get(key);
    const valueB = right.get(key);
    if (valueA === valueB) continue;
    const numeric = typeof valueA === 'number' && typeof valueB === 'number';
    differences.push({
      key,
      a: valueA,
      b: valueB,
      change: numeric ? round(valueB - valueA) : null,
      changePercent: numeric && valueA !== 0 ? round(((valueB - valueA) / valueA) * 100, 1) : null,
    });
  }
  return differences;
}

/** Flattens nested objects and lists into `path → leaf`, naming list items by their key. */
export function flatten(
  value: unknown,
  path = '',
  into = new Map<string, Leaf>(),
): Map<string, Leaf> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${path}[${itemName(item, index)}]`, into));
  } else if (value !== null && typeof value === 'object') {
    const identity = path.endsWith(']') ? identityKey(value) : undefined;
    for (const [name, child] of Object.entries(value)) {
      // The key that names a list item is already in its path: `countries[IQ]`.
      if (name === identity) continue;
      flatten(child, path ? `${path}.${name}` : name, into);
    }
  } else {
    into.set(path, value as Leaf);
  }
  return into;
}

function identityKey(item: object): string | undefined {
  const record = item as Record<string, unknown>;
  return ITEM_KEYS.find((key) => typeof record[key] === 'string');
}

function itemName(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    const key = identityKey(item);
    if (key !== undefined) return record[key] as string;
    if (typeof record.file === 'string' && typeof record.line === 'number') {
      return `${record.file}:${record.line}`;
    }
  }
  return String(index);
}

function round(n: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}
