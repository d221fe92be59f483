/**
 * A subset of `order` with `item` switched on or off (toggled when `on` is not given), in
 * `order`'s order and without repeats: the map's layers, the tracks marked on the charts, the
 * hosts drawn, the views shown as tables.
 */
export function toggledSubset<T>(
  order: readonly T[],
  current: Iterable<T>,
  item: T,
  on?: boolean,
): T[] {
  const chosen = new Set(current);
  if (on ?? !chosen.has(item)) chosen.add(item);
  else chosen.delete(item);
  return order.filter((value) => chosen.has(value));
}
