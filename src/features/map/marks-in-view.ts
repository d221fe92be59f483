/**
 * The map's marks that a range change redraws, by their classes: event clusters and events,
 * talks venues, bases, zones, places and their names, crossings, and the analyst's own events.
 * Not the basemap and its country names, which no range changes.
 */
export const RANGE_MARKS = [
  '.map-cluster',
  '.map-event',
  '.map-venue',
  '.map-base',
  '.map-zone',
  '.map-place',
  '.map-label-anchor',
  '.map-crossing',
  '.map-own',
].join(', ');

/**
 * Watches whether the reader can see any of the marks a range change redraws: any element in
 * `pane` (the map's moving pane, which holds every layer) that matches RANGE_MARKS and
 * intersects the viewport, clipped by the map's edges and the scrolling panel around it. A map
 * holding no such mark counts as seen while `container` (the map itself) is in view, so that the
 * first marks of a range are drawn with the panel. Calls `report` with each change of the
 * answer, the first time once the observer has looked. Returns a way to stop.
 */
export function watchMarksInView(
  pane: Element,
  container: Element,
  report: (inView: boolean) => void,
  Observer: typeof IntersectionObserver = IntersectionObserver,
): () => void {
  const marks = new Set<Element>();
  const seen = new Set<Element>();
  let containerSeen = false;
  let reported: boolean | undefined;
  const update = () => {
    const inView = seen.size > 0 || (marks.size === 0 && containerSeen);
    if (inView === reported) return;
    reported = inView;
    report(inView);
  };

  const intersections = new Observer((entries) => {
    // In order: where one element has several entries, the last is its state now.
    for (const entry of entries) {
      if (entry.target === container) containerSeen = entry.isIntersecting;
      else if (!marks.has(entry.target)) continue;
      else if (entry.isIntersecting) seen.add(entry.target);
      else seen.delete(entry.target);
    }
    update();
  });
  const add = (element: Element) => {
    if (marks.has(element)) return;
    marks.add(element);
    intersections.observe(element);
  };
  const remove = (element: Element) => {
    if (!marks.delete(element)) return false;
    seen.delete(element);
    intersections.unobserve(element);
    return true;
  };
  /** Every mark in or under a node added to or taken from the pane. */
  const marksIn = (node: Node): Element[] =>
    node instanceof Element
      ? [...(node.matches(RANGE_MARKS) ? [node] : []), ...node.querySelectorAll(RANGE_MARKS)]
      : [];

  intersections.observe(container);
  for (const element of pane.querySelectorAll(RANGE_MARKS)) add(element);
  const changes = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      for (const node of record.removedNodes)
        for (const element of marksIn(node)) removed = remove(element) || removed;
      for (const node of record.addedNodes) for (const element of marksIn(node)) add(element);
    }
    // A mark taken away may have been the last one seen; one added counts once the observer
    // has looked at it.
    if (removed) update();
  });
  changes.observe(pane, { childList: true, subtree: true });

  return () => {
    changes.disconnect();
    intersections.disconnect();
  };
}
