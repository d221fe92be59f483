import { useMemo } from 'react';

/**
 * The first value seen for each key: a new array or object that the key says is the same
 * (same ids, same geometry) keeps the identity of the one before, so memoised children and
 * libraries comparing props by identity do no work for it.
 */
export function useKeyed<T>(value: T, key: string): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the value
  return useMemo(() => value, [key]);
}
