import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey, type MessageParams } from './t';

/**
 * A message with elements in some of its places: `t()` leaves a placeholder it was given no
 * value for as it is (`{file}`), and each such place named in `slots` takes its element. What
 * the reader gave (a file's name, a search) goes in an element of its own, marked
 * `translate="no"`, a title the dataset has in English only in one marked so, while the sentence
 * around it stays one message, in the word order of its language.
 */
export function withSlots(text: string, slots: Record<string, ReactNode>): ReactNode[] {
  return text
    .split(/\{(\w+)\}/g)
    .map((part, i) =>
      i % 2 === 0 ? part : <Fragment key={i}>{part in slots ? slots[part] : `{${part}}`}</Fragment>,
    );
}

/**
 * A message whose placeholders may be elements (a link, a date in `<time>`, a version in bold):
 * strings and numbers are filled in by `t()` (numbers in the language's digits), elements go in
 * their places (see withSlots).
 */
export function richMessage(
  key: MessageKey,
  params: Record<string, ReactNode | string | number>,
): ReactNode[] {
  const plain: MessageParams = {};
  const slots: Record<string, ReactNode> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else slots[name] = value;
  }
  return withSlots(t(key, plain), slots);
}
