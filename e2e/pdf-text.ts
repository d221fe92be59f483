import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A page of a PDF as a reader gets it: its size in points, its text, its raster images. */
export interface PdfPage {
  width: number;
  height: number;
  /** The page's text with all white space taken out (PDF text comes in pieces). */
  text: string;
  /** How many raster images the page paints (0: everything on it is vector or text). */
  images: number;
}

/** Reads every page of a PDF with pdf.js. */
export async function readPdf(data: Buffer): Promise<PdfPage[]> {
  const doc = await getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str : ''))
      .join('')
      .replace(/\s+/g, '');
    const { fnArray } = await page.getOperatorList();
    const images = fnArray.filter(
      (op) => op === OPS.paintImageXObject || op === OPS.paintInlineImageXObject,
    ).length;
    pages.push({ width, height, text, images });
  }
  await doc.destroy();
  return pages;
}

/** The same text with its white space taken out, to find in a page's text. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');
