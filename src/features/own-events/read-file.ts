/** The largest file the dashboard reads (as text, after decompression): 1 GiB. */
export const MAX_TEXT_BYTES = 1024 ** 3;

/** A file that cannot be read as a table: one clear message for the analyst. */
export class FileProblem extends Error {}

/** Whether a file is gzip-compressed: by its name, or by gzip's two magic bytes. */
export async function isGzip(file: Blob & { name: string }): Promise<boolean> {
  if (/\.gz$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The text of a file, chunk by chunk as it is read (and decompressed, for `.csv.gz`), telling
 * `onBytes` how many bytes of the file have been read so far. Throws FileProblem for a file
 * that is empty, too large, damaged gzip, or not text (an image renamed `.csv`).
 */
export async function* textChunks(
  file: Blob & { name: string },
  onBytes: (bytes: number) => void,
  signal?: AbortSignal,
): AsyncGenerator<string> {
  if (file.size === 0) throw new FileProblem(`${file.name} is empty.`);
  const gzip = await isGzip(file);
  if (!gzip && file.size > MAX_TEXT_BYTES)
    throw new FileProblem(
      `${file.name} is ${formatBytes(file.size)}; the dashboard reads files up to ${formatBytes(MAX_TEXT_BYTES)}. Export a smaller period or only Syria, and load that.`,
    );
  let read = 0;
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        onBytes(read);
        controller.enqueue(chunk);
      },
    }),
  );
  const bytes = gzip
    ? counted.pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      )
    : counted;
  const reader = bytes.getReader();
  const decoder = new TextDecoder('utf-8');
  let textBytes = 0;
  let first = true;
  try {
    for (;;) {
      if (signal?.aborted) {
        await reader.cancel();
        return;
      }
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch {
        throw new FileProblem(
          gzip
            ? `${file.name} is not a complete gzip file: it is damaged or was cut short.`
            : `${file.name} could not be read.`,
        );
      }
      if (result.done) break;
      textBytes += result.value.byteLength;
      if (textBytes > MAX_TEXT_BYTES)
        throw new FileProblem(
          `${file.name} holds more than ${formatBytes(MAX_TEXT_BYTES)} of text; the dashboard reads up to that. Export a smaller period or only Syria, and load that.`,
        );
      const text = decoder.decode(result.value, { stream: true });
      if (first && text.length > 0) {
        first = false;
        if (!looksLikeText(text))
          throw new FileProblem(
            `${file.name} is not a table of text (it looks like an image or other binary file).`,
          );
      }
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
    if (first) throw new FileProblem(`${file.name} is empty.`);
  } finally {
    reader.releaseLock();
  }
}

/** Whether the start of a file reads as text: no NUL and few undecodable bytes. */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const c = sample.charCodeAt(i);
    if (c === 0) return false;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad += 1;
  }
  return bad <= sample.length * 0.02;
}
