import { useEffect, useState, type ComponentType } from 'react';

/** A component whose code is fetched on demand, once, by `load()`. */
export interface LazyComponent<P> {
  load(): Promise<ComponentType<P>>;
  /** The component once its module has arrived. */
  loaded: ComponentType<P> | undefined;
}

const all: LazyComponent<never>[] = [];

/**
 * Starts loading the code of every lazy component. Called once the first of them may load (a
 * panel that holds one is in the page with its data, at the frame that paints it): the map's
 * panel waits for the largest file, and its code and basemap would otherwise be asked for only
 * after that file had been parsed.
 */
export function loadLazyComponents(): void {
  // A failure is reported by the component that needs the code, when it asks again.
  for (const lazy of all) lazy.load().catch(() => undefined);
}

/** Wraps a dynamic import whose default export is a component (the charts, the map). */
export function lazyComponent<P>(
  loader: () => Promise<{ default: ComponentType<P> }>,
): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const lazy: LazyComponent<P> = {
    loaded: undefined,
    load: () =>
      (loading ??= loader().then(
        (module) => (lazy.loaded = module.default),
        (error: unknown) => {
          // A failed load (the network went) may be retried by the panel's Reload.
          loading = undefined;
          throw error;
        },
      )),
  };
  all.push(lazy as LazyComponent<never>);
  return lazy;
}

/**
 * The component of `lazy` once it has loaded (undefined before), loading it when `enabled`.
 * Unlike React.lazy this does not suspend: React holds back the reveal of a suspended boundary
 * for up to 300 ms after its fallback showed, which left the charts and the map behind their
 * skeletons for that long after their code had arrived. A failed load is thrown while
 * rendering, for the panel's error boundary.
 */
export function useLazyComponent<P>(
  lazy: LazyComponent<P>,
  enabled: boolean,
): ComponentType<P> | undefined {
  const [, setLoaded] = useState<ComponentType<P>>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    // Not skipped when the code is already there: it may have arrived (loaded ahead by
    // loadLazyComponents) after this render read \`lazy.loaded\` and before this effect ran, and
    // then nothing else would render the component.
    if (!enabled) return;
    let live = true;
    lazy.load().then(
      (component) => live && setLoaded(() => component),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [lazy, enabled]);
  if (failure) throw failure.error;
  return enabled ? lazy.loaded : undefined;
}
