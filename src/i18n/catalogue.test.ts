import { describe, expect, it } from 'vitest';
import type { Message } from './catalogue';
import { catalogueParts, messages } from './messages';

// The catalogue itself: each key once, each Arabic text Arabic, the same slots in both languages.

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Latin words left in an Arabic text: acronyms in capitals (UN, PNG, SOHR) may stay. */
function latinWords(text: string): string[] {
  return (text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).filter(
    (word) => !/^[A-Z0-9]{2,8}s?$/.test(word),
  );
}

const entries = Object.entries(messages) as [string, Message][];

describe('the message catalogue', () => {
  it('declares each key once, across every feature', () => {
    const keys = catalogueParts.flatMap((part) => Object.keys(part));
    const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(twice).toEqual([]);
    expect(keys.length).toBe(entries.length);
  });

  it('names keys by feature ("map.…")', () => {
    expect(
      entries.map(([key]) => key).filter((key) => !/^[a-z][a-zA-Z]*\.[\w.]+$/.test(key)),
    ).toEqual([]);
  });

  it('has the same placeholders in English and Arabic', () => {
    const wrong: string[] = [];
    for (const [key, message] of entries) {
      if (typeof message.en === 'string') {
        if (placeholders(message.en).join() !== placeholders(message.ar as string).join())
          wrong.push(key);
        continue;
      }
      // A plural's forms may leave the count out ("حدث واحد"), never another slot.
      const others = (text: string) => placeholders(text).filter((p) => p !== 'count');
      const expected = others(message.en.other).join();
      const forms = [message.en.one, ...Object.values(message.ar)];
      if (forms.some((form) => others(form).join() !== expected)) wrong.push(key);
      if (!placeholders(message.en.other).includes('count')) wrong.push(`${key} (no {count})`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes every Arabic text in Arabic', () => {
    const wrong: string[] = [];
    for (const [key, message] of entries) {
      const texts = typeof message.ar === 'string' ? [message.ar] : Object.values(message.ar);
      for (const text of texts) {
        const bare = text.replace(/\{\w+\}/g, '');
        const needsArabic =
          /[A-Za-z]{2}/.test(typeof message.en === 'string' ? message.en : '') ||
          typeof message.en !== 'string';
        if (latinWords(text).length > 0) wrong.push(`${key}: ${latinWords(text).join(' ')}`);
        else if (
          needsArabic &&
          !/\p{Script=Arabic}/u.test(bare) &&
          !/^[A-Z0-9\s.,:()/·–-]*$/.test(bare)
        )
          wrong.push(`${key}: no Arabic`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds a Latin word left in an Arabic text, and lets acronyms be', () => {
    expect(latinWords('تصدير PNG أو SVG')).toEqual([]);
    expect(latinWords('أحداث Events')).toEqual(['Events']);
  });
});
