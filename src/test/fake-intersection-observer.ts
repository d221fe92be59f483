/**
 * A stand-in for the browser's IntersectionObserver (jsdom has none): it records what it
 * watches, and a test says what intersects with `show`, as the browser would after looking.
 */
export class FakeIntersectionObserver {
  static made: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(readonly report: IntersectionObserverCallback) {
    FakeIntersectionObserver.made.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** Delivers one entry per element, in order: whether it intersects now. */
  show(...states: [Element, boolean][]) {
    this.report(
      states.map(
        ([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry,
      ),
      this as unknown as IntersectionObserver,
    );
  }
}
