import interLatinUrl from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';

/** The font stack of an exported image: the app's Inter, embedded, then common fallbacks. */
export const FONT_STACK = "'Inter Variable', Inter, 'Helvetica Neue', Arial, sans-serif";

let fontCss: Promise<string | null> | undefined;

/** Fetches what an export needs besides this code (the font it embeds), ahead of the first export. */
export function prepareExport(): Promise<unknown> {
  return embeddedFontCss();
}

/** The app's own Inter font as an @font-face rule with a data: URL (fetched once, same origin). */
export function embeddedFontCss(): Promise<string | null> {
  fontCss ??= fetch(interLatinUrl)
    .then((response) =>
      response.ok ? response.arrayBuffer() : Promise.reject(new Error(String(response.status))),
    )
    .then((buffer) => {
      let binary = '';
      const bytes = new Uint8Array(buffer);
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return `@font-face{font-family:'Inter Variable';font-weight:100 900;src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');}`;
    })
    // Without the font the export still works, in the viewer's sans-serif.
    .catch(() => null);
  return fontCss;
}
