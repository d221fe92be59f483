import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The workers say what they find as message keys with values (src/data/own-events.ts,
// `Problem`); the page puts them into words. A worker that reached the catalogue at run time
// would carry every message in both languages: the import worker did, and grew from 17 kB
// to 146 kB. This follows each worker's imports that stay at run time (not `import type`, not
// an import of types alone) and fails if one reaches src/i18n/messages.

const src = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** A module specifier as a file of the source tree, or null for a package's. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(src, specifier.slice(2))
    : specifier.startsWith('.')
      ? join(dirname(from), specifier)
      : null;
  if (base === null) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  const found = candidates.find((path) => existsSync(path) && !path.endsWith('/'));
  if (!found) throw new Error(`${relative(src, from)}: cannot resolve ${specifier}`);
  return found;
}

/** The modules a file imports (or re-exports) at run time. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  const out: string[] = [];
  for (const [, , typeOnly, clause, specifier] of text.matchAll(statement)) {
    if (typeOnly) continue;
    // `import { type A, type B } from …` is dropped from the build (verbatimModuleSyntax keeps
    // only `import {} from …`, which still runs the module: count it).
    const named = /^\{([^}]*)\}$/.exec(clause!.trim());
    if (named) {
      const names = named[1]!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      if (names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    }
    const path = resolve(file, specifier!);
    if (path) out.push(path);
  }
  for (const [, specifier] of text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) {
    const path = resolve(file, specifier!);
    if (path) out.push(path);
  }
  return out;
}

/** A chain of run-time imports from a module to the catalogue's messages, or null. */
function pathToMessages(start: string): string[] | null {
  const seen = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file.includes(`${join('i18n', 'messages')}`)) {
      const chain = [file];
      for (let at = seen.get(file); at; at = seen.get(at)) chain.unshift(at);
      return chain.map((path) => relative(src, path));
    }
    for (const next of runtimeImports(file))
      if (!seen.has(next)) {
        seen.set(next, file);
        queue.push(next);
      }
  }
  return null;
}

const workers = files(src).filter((path) => /\.worker\.ts$/.test(path));

describe('the workers', () => {
  it('are found', () => {
    expect(workers.map((path) => relative(src, path)).sort()).toEqual([
      'data/own-event-text.worker.ts',
      'features/map/own-cluster.worker.ts',
      'features/own-events/import.worker.ts',
      'lib/export/png-encoder.worker.ts',
    ]);
  });

  it.each(workers.map((path) => [relative(src, path), path]))(
    '%s does not carry the message catalogue',
    (_, path) => {
      expect(pathToMessages(path)).toBeNull();
    },
  );

  it('finds the catalogue from the page', () => {
    expect(pathToMessages(join(src, 'main.tsx'))).not.toBeNull();
  });
});
