import { useEffect, type RefObject } from 'react';

/**
 * Keeps in `--panels-top` on the root how far down the page the panels begin (below the header,
 * the range bar and any notice), so that on a wide window the panels' grid can take exactly the
 * rest of the first screen. Written only when it changes: a page that waits does no work.
 */
export function usePanelsTop(panels: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const main = panels.current;
    if (!main || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let written = '';
    const update = () => {
      const top = `${Math.round(main.getBoundingClientRect().top + window.scrollY)}px`;
      if (top === written) return;
      written = top;
      root.style.setProperty('--panels-top', top);
    };
    // What sits above the panels changes the body's height when it changes its own.
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    update();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--panels-top');
    };
  }, [panels]);
}
