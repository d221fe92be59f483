import { useMemo } from 'react';

/**
 * `object`, as the very object of the render before while none of its values has changed (each
 * compared as useMemo compares its dependencies): for a hook's result made of memoised pieces,
 * so that it can be handed on, and held back, by identity. The caller keeps its keys the same
 * from render to render.
 */
export function useMemoObject<T extends Record<string, unknown>>(object: T): T {
  // The dependencies are the object's values, in the order of its keys: as many, and in the
  // same order, at every render, which is what the rules below guard in a literal list.
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  return useMemo(() => object, Object.values(object));
}
