import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout mirrors in Arabic because every stylesheet says "start" and "end", never "left"
// and "right" (src/styles/base.css). A physical side slipped into a stylesheet would stay on
// the left in Arabic; this finds it.

const root = join(__dirname, '..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const physical = [
  /(?:^|[\s;{])(?:margin|padding)-(?:left|right)\s*:/,
  /(?:^|[\s;{])border-(?:left|right)(?:-\w+)?\s*:/,
  /(?:^|[\s;{])(?:left|right)\s*:/,
  /text-align\s*:\s*(?:left|right)/,
  /float\s*:\s*(?:left|right)/,
  /(?:^|[\s;{])(?:margin|padding)\s*:\s*\S+\s+(\S+)\s+\S+\s+(?!\1;)\S+\s*;/,
];

/** Every declaration's line with a physical side, as "file:line: text". */
function physicalSides(css: string, file: string): string[] {
  const found: string[] = [];
  css.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, '');
    if (physical.some((p) => p.test(code))) found.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('stylesheets mirror in right-to-left', () => {
  const files = cssFiles(root);

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(8);
  });

  it('no stylesheet places anything by a physical side', () => {
    const found = files.flatMap((file) =>
      physicalSides(readFileSync(file, 'utf8'), file.slice(root.length + 1)),
    );
    expect(found).toEqual([]);
  });

  it('the check finds each kind of physical side', () => {
    const samples = [
      'a { margin-left: 1px; }',
      'a { padding-right: 1px; }',
      'a { border-left: 1px solid; }',
      'a { left: 0; }',
      'a { text-align: right; }',
      'a { float: left; }',
      'a { margin: 0 1px 0 2px; }',
    ];
    for (const sample of samples) expect(physicalSides(sample, 'x'), sample).toHaveLength(1);
    expect(physicalSides('a { margin: 0 1px 0 1px; inset-inline-start: 0; }', 'x')).toEqual([]);
  });
});
