import { useEffect, useRef, type RefObject } from 'react';

/**
 * For a layer that covers the whole window (the brief, the comparison): while it is mounted,
 * everything else on the page is inert (no focus, no clicks, out of the accessibility tree), so
 * that the keyboard and screen readers stay in it, and Escape calls `onClose`. The siblings of
 * the layer and of each of its ancestors are marked, and exactly those are given back.
 */
export function useModalLayer(layer: RefObject<HTMLElement | null>, onClose: () => void) {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const marked: Element[] = [];
    for (let node = layer.current; node && node !== document.body; node = node.parentElement)
      for (const sibling of node.parentElement?.children ?? [])
        if (sibling !== node && !sibling.hasAttribute('inert')) {
          sibling.setAttribute('inert', '');
          marked.push(sibling);
        }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      for (const element of marked) element.removeAttribute('inert');
    };
  }, [layer]);
}
