import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Architecture as a test: the modules of src/ import one another without a cycle. (ESLint has
// no rule for it without a plugin; this reads the import statements itself.) Type-only imports
// count too: they do not run, but a circle of types still ties two modules into one.

const SRC = join(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(SRC, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** The imports of each module: `import (type) x from`, `export … from`, `import '…'`. */
export function importGraph(modules: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of modules) {
    const text = readFileSync(path, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\s+([\s\S]*?)\s+from\s+'([^']+)';/gm)]
      .map((m) => m[2]!)
      .concat([...text.matchAll(/^import\s+'([^']+)';/gm)].map((m) => m[1]!))
      .flatMap((spec) => resolveImport(path, spec) ?? []);
    graph.set(path, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle's modules (strongly connected components of more than one module, or a self-import). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycle', () => {
    const graph = importGraph(files(SRC));
    expect(graph.size).toBeGreaterThan(100);
    const named = cycles(graph).map((c) => c.map((p) => relative(SRC, p)));
    expect(named).toEqual([]);
  });
});
