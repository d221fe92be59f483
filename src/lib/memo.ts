// Derived data, computed once per input: how the dashboard keeps indexes, counts and layouts
// of the dataset's files, which never change once parsed.

const MISSING = Symbol('missing');

interface Node {
  value: unknown;
  next: Map<unknown, Node>;
}

/**
 * `fn`, remembered per argument list: called again with the same arguments (compared by
 * identity, every one of them, so a result is keyed by all it depends on), it returns the
 * result of the first call. Results are kept while the first argument (an object: a parsed
 * file's list, say) lives, and are shared by every caller: treat them as read-only.
 */
export function memoOnInputs<A extends [object, ...unknown[]], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  const roots = new WeakMap<object, Node>();
  return (...args: A): R => {
    let node: Node | undefined = roots.get(args[0]);
    if (!node) {
      node = { value: MISSING, next: new Map() };
      roots.set(args[0], node);
    }
    for (let i = 1; i < args.length; i += 1) {
      let child: Node | undefined = node.next.get(args[i]);
      if (!child) {
        child = { value: MISSING, next: new Map() };
        node.next.set(args[i], child);
      }
      node = child;
    }
    if (node.value === MISSING) node.value = fn(...args);
    return node.value as R;
  };
}
