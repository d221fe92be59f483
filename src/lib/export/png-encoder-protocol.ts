/** What the page asks the PNG encoder worker: the pixels of one drawn export, numbered. */
export interface ToPngEncoder {
  readonly request: number;
  readonly bitmap: ImageBitmap;
}

/** What the worker answers a request: its PNG, or why it could not make one. */
export type FromPngEncoder = { readonly request: number } & (
  | { readonly blob: Blob; readonly error?: undefined }
  | { readonly blob?: undefined; readonly error: string }
);
