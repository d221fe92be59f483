/**
 * Presentation properties copied from the live chart, so the export looks the same anywhere.
 * An inherited property is written only where it differs from the parent's (the copy inherits
 * the rest, as the page did); one that is not inherited only where it differs from its initial
 * value; `dominant-baseline`, inherited in CSS but not in SVG 1.1, only where it differs from
 * both. Writing all of them on every element made the timeline's SVG 2.4 times larger, and
 * slower to compose, parse and draw.
 */
const INLINED_STYLES: readonly { property: string; inherited: boolean; initial?: string }[] = [
  { property: 'fill', inherited: true },
  { property: 'fill-opacity', inherited: true },
  { property: 'stroke', inherited: true },
  { property: 'stroke-width', inherited: true },
  { property: 'stroke-dasharray', inherited: true },
  { property: 'stroke-opacity', inherited: true },
  { property: 'opacity', inherited: false, initial: '1' },
  { property: 'font-family', inherited: true },
  { property: 'font-size', inherited: true },
  { property: 'font-weight', inherited: true },
  { property: 'text-anchor', inherited: true },
  // Arabic labels set right to left inside a drawing that runs left to right (base.css).
  { property: 'direction', inherited: true },
  { property: 'dominant-baseline', inherited: true, initial: 'auto' },
  { property: 'paint-order', inherited: true },
  { property: 'visibility', inherited: true },
];

/** Whether the copy shows `value` without the attribute: inherited from `parent`, or initial. */
function implied(
  style: (typeof INLINED_STYLES)[number],
  value: string,
  parent: string | undefined,
): boolean {
  const asInitial = style.initial === undefined || value === style.initial;
  return style.inherited ? value === parent && asInitial : asInitial;
}

/** Whether the page is drawn in the light theme: chosen, or the system's while none is chosen. */
function drawnLight(theme: string | null): boolean {
  if (theme !== null) return theme === 'light';
  return !window.matchMedia?.('(prefers-color-scheme: dark)').matches;
}

/**
 * A copy of the chart with the presentation styles of every element written as attributes,
 * computed with the light theme so that an export made in dark mode still suits a printed page.
 * The page is switched to the light theme for it only when it is not drawn light already: a
 * switch restyles the whole page, and again when it is switched back.
 */
export function inlineChart(chart: SVGSVGElement): SVGSVGElement {
  const root = document.documentElement;
  const theme = root.getAttribute('data-theme');
  const switched = !drawnLight(theme);
  if (switched) root.setAttribute('data-theme', 'light');
  try {
    const copy = chart.cloneNode(true) as SVGSVGElement;
    const live = [chart, ...chart.querySelectorAll('*')];
    const copied = [copy, ...copy.querySelectorAll('*')];
    // Each element's computed values, to compare its children's with.
    const values = new Map<Element, string[]>();
    // Left out of the copy below: not worth styling (a chart's hidden marks of rounds).
    const skipped = new Set(chart.querySelectorAll('[data-export="skip"], [data-export="skip"] *'));
    live.forEach((node, i) => {
      const target = copied[i];
      if (!target || skipped.has(node)) return;
      const computed = getComputedStyle(node);
      const own = INLINED_STYLES.map(({ property }) => computed.getPropertyValue(property));
      values.set(node, own);
      const parent = node === chart ? undefined : values.get(node.parentElement as Element);
      INLINED_STYLES.forEach((style, k) => {
        const value = own[k] ?? '';
        // Nothing computed: the drawing is not on the page (the map's export is built off it,
        // with its presentation attributes written out), so what the element says stands.
        if (value === '') return;
        if (implied(style, value, parent?.[k])) target.removeAttribute(style.property);
        else target.setAttribute(style.property, value);
      });
      target.removeAttribute('class');
      target.removeAttribute('style');
      target.removeAttribute('tabindex');
    });
    // Interactive-only parts (focus rings, brush handles) are marked to be left out.
    copy.querySelectorAll('[data-export="skip"]').forEach((node) => node.remove());
    renumberIds(copy);
    return copy;
  } finally {
    if (switched) {
      if (theme === null) root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', theme);
    }
  }
}

/**
 * Names the copy's ids (clip paths, gradients) by their order in the drawing instead of by the
 * page's React ids, which depend on what else the page has mounted: the same view then
 * exports the same file, from whichever page it is opened in.
 */
function renumberIds(copy: SVGSVGElement): void {
  const names = new Map<string, string>();
  copy.querySelectorAll('[id]').forEach((node, i) => {
    const name = `export-${i + 1}`;
    names.set(node.id, name);
    node.id = name;
  });
  if (names.size === 0) return;
  for (const node of copy.querySelectorAll('*')) {
    for (const attribute of [...node.attributes]) {
      const renamed = attribute.value.replace(/#([^\s)"']+)/g, (ref, id: string) =>
        names.has(id) ? `#${names.get(id)}` : ref,
      );
      if (renamed !== attribute.value) node.setAttribute(attribute.name, renamed);
    }
  }
}
