/**
 * Random damage to dataset files, shared by the unit fuzz test (parsing) and the end-to-end
 * fuzz test (the whole app in Chromium). Relative imports only: Playwright loads it too.
 */

/** Breaks a JSON value at a random place: a wrong type, a missing key, junk, a deep copy of itself. */
export function mutate(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.2)
      return random() < 0.5 ? 'not a list' : [...value, { junk: true }];
    const i = Math.floor(random() * value.length);
    return value.map((item, j) => (j === i ? mutate(item, random) : item));
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const key = keys[Math.floor(random() * keys.length)];
    if (!key || random() < 0.15) return null;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (random() < 0.3) delete copy[key];
    else copy[key] = mutate(copy[key], random);
    return copy;
  }
  const replacements = [
    42,
    -1,
    '',
    'x'.repeat(5000),
    '2021-02-30',
    null,
    true,
    [],
    {},
    '<script>alert(1)</script>',
    'javascript:alert(1)',
  ];
  return replacements[Math.floor(random() * replacements.length)];
}
