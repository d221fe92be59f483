import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { t } from '@/i18n/t';

/**
 * Renders an element out of sight but in the document (so that the page's styles and fonts
 * apply and the export can read them), hands its first `<svg>` to `consume`, and removes it after,
 * whatever `consume` does.
 */
export async function withOffscreenSvg<T>(
  element: ReactElement,
  consume: (svg: SVGSVGElement) => Promise<T>,
): Promise<T> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  // Set through the style object: a style attribute in markup would break the page's CSP.
  host.style.position = 'fixed';
  host.style.left = '-100000px';
  host.style.top = '0';
  host.style.pointerEvents = 'none';
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error(t('export.error.notRendered'));
    return await consume(svg);
  } finally {
    root.unmount();
    host.remove();
  }
}
