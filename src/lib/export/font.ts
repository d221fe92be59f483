import notoArabicUrl from '@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2?url';
import interLatinUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import type { Language } from '@/i18n/catalogue';
import { currentLanguage } from '@/i18n/language';

/** The font stack of an exported image in English: the app's Inter, embedded, then common fallbacks. */
const FONT_STACK = "'Inter Variable', Inter, 'Helvetica Neue', Arial, sans-serif";

/**
 * In Arabic, the app's Noto Sans Arabic first. Only its Arabic part is embedded, so Latin
 * letters and Western digits (SOHR, a permalink) go on to Inter as on the page; a system's
 * own Arabic fonts come after Inter, so that they never take the Latin text.
 */
const ARABIC_FONT_STACK =
  "'Noto Sans Arabic Variable', 'Inter Variable', Inter, 'Noto Sans Arabic', Tahoma, 'Helvetica Neue', Arial, sans-serif";

/** The font stack of an exported image in a language. */
export function fontStack(language: Language = currentLanguage()): string {
  return language === 'ar' ? ARABIC_FONT_STACK : FONT_STACK;
}

/**
 * The characters of the embedded Arabic part, as its own stylesheet gives them (Arabic, its
 * presentation forms, the joiners and bidi marks): a renderer then takes nothing else from it.
 */
const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';

interface EmbeddedFont {
  family: string;
  url: string;
  unicodeRange?: string;
}

const INTER: EmbeddedFont = { family: 'Inter Variable', url: interLatinUrl };
const NOTO_ARABIC: EmbeddedFont = {
  family: 'Noto Sans Arabic Variable',
  url: notoArabicUrl,
  unicodeRange: ARABIC_RANGE,
};

/** The fonts an export in a language embeds. */
function fontsOf(language: Language): EmbeddedFont[] {
  return language === 'ar' ? [INTER, NOTO_ARABIC] : [INTER];
}

const fontRules = new Map<string, Promise<string | null>>();

/**
 * Fetches the fonts an export embeds, ahead of the first export (`prepareExport`): the Arabic
 * font too when the page is in Arabic. (Switching language mounts the app afresh but keeps this
 * module: an export in the other language then fetches its font itself, most likely from the
 * browser's cache, where the page's own text put it.)
 */
export function prepareFonts(): Promise<unknown> {
  return embeddedFontCss();
}

/** One font as an @font-face rule with a data: URL (fetched once, same origin). */
function fontRule({ family, url, unicodeRange }: EmbeddedFont): Promise<string | null> {
  let rule = fontRules.get(url);
  if (!rule) {
    rule = fetch(url)
      .then((response) =>
        response.ok ? response.arrayBuffer() : Promise.reject(new Error(String(response.status))),
      )
      .then((buffer) => {
        let binary = '';
        const bytes = new Uint8Array(buffer);
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        const range = unicodeRange ? `unicode-range:${unicodeRange};` : '';
        return `@font-face{font-family:'${family}';font-weight:100 900;src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');${range}}`;
      })
      // Without the font the export still works, in the viewer's own fonts.
      .catch(() => {
        // Asked again at the next export: the network may be back.
        fontRules.delete(url);
        return null;
      });
    fontRules.set(url, rule);
  }
  return rule;
}

/**
 * The @font-face rules of the fonts an export in a language embeds, with data: URLs: the app's
 * Inter, and in Arabic its Noto Sans Arabic. Null when none could be had.
 */
export async function embeddedFontCss(
  language: Language = currentLanguage(),
): Promise<string | null> {
  const rules = await Promise.all(fontsOf(language).map(fontRule));
  const css = rules.filter((rule): rule is string => rule !== null).join('');
  return css === '' ? null : css;
}
