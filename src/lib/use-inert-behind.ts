import { useEffect, type RefObject } from 'react';

/**
 * While mounted, makes everything on the page but the element inert (no focus, no clicks, out
 * of the accessibility tree): for a layer that covers the whole window, so that the keyboard
 * and screen readers stay in it. Marks the siblings of the element and of each of its
 * ancestors, and gives back exactly what it took.
 */
export function useInertBehind(layer: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const marked: Element[] = [];
    for (let node = layer.current; node && node !== document.body; node = node.parentElement)
      for (const sibling of node.parentElement?.children ?? [])
        if (sibling !== node && !sibling.hasAttribute('inert')) {
          sibling.setAttribute('inert', '');
          marked.push(sibling);
        }
    return () => {
      for (const element of marked) element.removeAttribute('inert');
    };
  }, [layer]);
}
