/**
 * The bundled fonts are split by script (Latin, Latin Extended, Cyrillic, Arabic…) and the
 * browser fetches a part only when text needs it. The dataset writes names in all of these,
 * so once the page is idle the parts it uses are fetched ahead of need: a card opened after
 * the network has gone still shows "Ḥayʾat", "Башар" and "هيئة" in the dashboard's own fonts.
 */
export const PRELOADED_FONTS = [
  { family: 'Inter Variable', sample: 'Aa Ḥʾ Бб' },
  { family: 'Noto Sans Arabic Variable', sample: 'هيئة' },
] as const;

export function preloadFonts(fonts: FontFaceSet | undefined = globalThis.document?.fonts): void {
  if (!fonts) return;
  for (const { family, sample } of PRELOADED_FONTS) {
    // A part that cannot be fetched leaves the text in a system font; nothing to report.
    fonts.load(`1em "${family}"`, sample).catch(() => undefined);
  }
}
