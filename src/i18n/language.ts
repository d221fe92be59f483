import { create } from 'zustand';
import { languages, type Language } from './catalogue';

/**
 * The interface's language and, in Arabic, its digits. The language is kept in the link
 * (`?lang=ar`, written by this module: the view's parameters leave other keys alone) and, when
 * the user picks it, remembered on this device; a link's `lang` shows the page in that language
 * without changing what the reader chose for themselves. A plain address opens in the language
 * last chosen.
 */

/** Arabic-Indic digits (٠١٢٣, as most Syrian and Levantine print) or Western digits (0123). */
export const digitSystems = ['arab', 'latn'] as const;
export type Digits = (typeof digitSystems)[number];

export const LANGUAGE_KEY = 'syria-dashboard-language';
export const DIGITS_KEY = 'syria-dashboard-digits';
export const LANG_PARAM = 'lang';

interface LanguageState {
  language: Language;
  digits: Digits;
  /** The user's choice: shown, written to the link, remembered. */
  chooseLanguage: (language: Language) => void;
  chooseDigits: (digits: Digits) => void;
}

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function remember(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private browsing with storage off: the choice lasts for this page.
  }
}

function isLanguage(value: string | null): value is Language {
  return value !== null && (languages as readonly string[]).includes(value);
}

/** The language a query string asks for, if it names one we have. */
export function languageOfSearch(search: string): Language | null {
  const value = new URLSearchParams(search).get(LANG_PARAM);
  return isLanguage(value) ? value : null;
}

/** The query string with the language written in (English, the default, as no parameter). */
export function searchWithLanguage(search: string, language: Language): string {
  const params = new URLSearchParams(search);
  if (language === 'en') params.delete(LANG_PARAM);
  else params.set(LANG_PARAM, language);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function initialLanguage(): Language {
  const fromLink = globalThis.location ? languageOfSearch(globalThis.location.search) : null;
  if (fromLink) return fromLink;
  const remembered = stored(LANGUAGE_KEY);
  return isLanguage(remembered) ? remembered : 'en';
}

function initialDigits(): Digits {
  const remembered = stored(DIGITS_KEY);
  return (digitSystems as readonly string[]).includes(remembered ?? '')
    ? (remembered as Digits)
    : 'arab';
}

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: initialLanguage(),
  digits: initialDigits(),
  chooseLanguage: (language) => {
    remember(LANGUAGE_KEY, language);
    set({ language });
  },
  chooseDigits: (digits) => {
    remember(DIGITS_KEY, digits);
    set({ digits });
  },
}));

/** The language shown now (for code outside React: formatting, exports). */
export function currentLanguage(): Language {
  return useLanguageStore.getState().language;
}

/** The BCP 47 locale of `Intl` for the language shown: Syrian Arabic month names, the digits chosen. */
export function currentLocale(): string {
  return localeFor(currentLanguage());
}

export function localeOf(language: Language, digits: Digits): string {
  return language === 'ar' ? `ar-SY-u-nu-${digits}` : 'en-GB';
}

/** The locale of a language, in the digits the reader chose. */
export function localeFor(language: Language): string {
  return localeOf(language, useLanguageStore.getState().digits);
}

/** The writing direction of a language. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Keeps `<html lang dir>` and the link's `lang` in step with the store, now and on every change,
 * and puts `lang` back into a history entry Back or Forward reached without it. Returns a cleanup.
 */
export function connectLanguage(win: Window = window): () => void {
  const apply = () => {
    const { language } = useLanguageStore.getState();
    const root = win.document.documentElement;
    root.lang = language;
    root.dir = directionOf(language);
    const search = searchWithLanguage(win.location.search, language);
    if (search !== win.location.search) {
      const url = `${win.location.pathname}${search}${win.location.hash}`;
      win.history.replaceState(win.history.state, '', url);
    }
  };
  apply();
  const unsubscribe = useLanguageStore.subscribe((state, previous) => {
    if (state.language !== previous.language) apply();
  });
  const onPopState = () => apply();
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
