// Loaded into the measured pages as text (not as functions from the TypeScript runner, whose
// compiler may wrap them in helpers that do not exist in the page).
(() => {
  const state = { longest: 0, firstPanelAt: undefined, allPanelsAt: undefined, readyAt: undefined };
  window.__bench = state;

  new MutationObserver(() => {
    const actors = document.querySelector('[data-testid="actors-summary"]');
    const tracker = document.querySelector('[data-testid="tracker-summary"]');
    const statistics = document.querySelector('.recharts-surface');
    const map = document.querySelector('.map-cluster, .map-event');
    const now = performance.now();
    if (state.firstPanelAt === undefined && (actors || tracker || statistics || map))
      state.firstPanelAt = now;
    if (state.allPanelsAt === undefined && actors && tracker && statistics && map)
      state.allPanelsAt = now;
    if (state.readyAt === undefined && document.querySelector('[data-testid="bare-ready"]'))
      state.readyAt = now;
  }).observe(document, { childList: true, subtree: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the longest frame stays 0.
  }

  const setDate = (from) => {
    const input = document.querySelector('input[type="date"]');
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, from);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const nextPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));

  /**
   * Resolves once `done()` holds, checked at every DOM change (not once a frame, which would
   * add up to a frame of waiting to every figure), then waits for the next painted frame.
   */
  const whenPainted = (done, start, resolve) => {
    const finish = () => nextPaint(() => resolve(performance.now() - start));
    if (done()) return finish();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-rendered-range'],
    });
  };

  /** Sets From and resolves with the ms until every panel shows the range and a frame is painted. */
  state.changeRange = (from) =>
    new Promise((resolve) => {
      performance.mark('range-change-start');
      const start = performance.now();
      setDate(from);
      // Each panel marks the range its content was last rendered for (deferred panels too).
      const panels = () => document.querySelectorAll('[data-rendered-range]');
      whenPainted(
        () =>
          panels().length === 4 &&
          [...panels()].every((el) =>
            el.getAttribute('data-rendered-range').startsWith(`${from}..`),
          ),
        start,
        (ms) => {
          performance.mark('range-change-painted');
          resolve(ms);
        },
      );
    });

  /** The same on the bare page: set the input, wait for its text and the next paint. */
  state.bareChange = (from) =>
    new Promise((resolve) => {
      const start = performance.now();
      setDate(from);
      whenPainted(
        () => document.querySelector('[data-testid="bare-ready"]').textContent.includes(from),
        start,
        resolve,
      );
    });

  state.heap = () => {
    if (window.gc) window.gc();
    return performance.memory ? performance.memory.usedJSHeapSize : 0;
  };
})();
