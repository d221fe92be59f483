// Loaded into the measured pages as text (not as functions from the TypeScript runner, whose
// compiler may wrap them in helpers that do not exist in the page).
(() => {
  const state = { longest: 0, firstPanelAt: undefined, allPanelsAt: undefined, readyAt: undefined };
  window.__bench = state;

  // Watches the page until what it waits for is there (all four panels, or the bare page's
  // content), then stops: left on, it ran its four look-ups at every DOM change of every range
  // change, about 0.5–1 ms of each change the bench times.
  const loading = new MutationObserver(() => {
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
    if (state.allPanelsAt !== undefined || state.readyAt !== undefined) loading.disconnect();
  });
  loading.observe(document, { childList: true, subtree: true });

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
  // The first task after the frame that follows: a user-blocking task queued from the frame's
  // animation callback runs after that frame is drawn and before tasks of lower priority queued
  // earlier (React's background renders of charts out of view, timers), whose work would
  // otherwise be counted as the change's. setTimeout where there is no task scheduler.
  const afterFrame = (done) =>
    globalThis.scheduler?.postTask
      ? globalThis.scheduler.postTask(done, { priority: 'user-blocking' })
      : setTimeout(done, 0);
  const nextPaint = (done) => requestAnimationFrame(() => afterFrame(done));

  /**
   * Resolves once `done()` holds, checked at every DOM change (not once a frame, which would
   * add up to a frame of waiting to every figure), then waits for the next painted frame.
   */
  const whenPainted = (done, start, resolve, attributes = ['data-rendered-range']) => {
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
      attributeFilter: attributes,
    });
  };

  /**
   * Sets From and resolves with two times: `shown`, the ms until every panel shows the range
   * in what is on screen and a frame is painted; `all`, the ms until what is scrolled out of
   * view (charts, actor rows, timeline lanes: drawn in a background render after the rest)
   * shows it too, and a frame is painted.
   */
  state.changeRange = (from) =>
    new Promise((resolve) => {
      performance.mark('range-change-start');
      const start = performance.now();
      setDate(from);
      // Each panel marks the range its content was last rendered for (deferred panels too),
      // and each chart, the actor list and the timeline's marks the range they were last drawn for
      // out of view too.
      const drawn = (selector, count) => {
        const marks = document.querySelectorAll(selector);
        return (
          (count === undefined || marks.length === count) &&
          [...marks].every((el) => el.getAttribute(selector.slice(1, -1)).startsWith(`${from}..`))
        );
      };
      whenPainted(
        () => drawn('[data-rendered-range]', 4),
        start,
        (shown) => {
          performance.mark('range-change-painted');
          whenPainted(
            () => drawn('[data-drawn-range]'),
            start,
            (all) => resolve({ shown, all }),
            ['data-drawn-range'],
          );
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
