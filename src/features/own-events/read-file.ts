import { FileProblem } from './problems';

/** The largest file the dashboard reads (as text, after decompression): 1 GiB. */
export const MAX_TEXT_BYTES = 1024 ** 3;

/** Whether a file is gzip-compressed: by its name, or by gzip's two magic bytes. */
export async function isGzip(file: Blob & { name: string }): Promise<boolean> {
  if (/\.gz$/i.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
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
  const name = { own: file.name };
  if (file.size === 0) throw new FileProblem('ownEvents.problem.empty', { file: name });
  const gzip = await isGzip(file);
  if (!gzip && file.size > MAX_TEXT_BYTES)
    throw new FileProblem('ownEvents.problem.tooLarge', {
      file: name,
      size: { bytes: file.size },
      limit: { bytes: MAX_TEXT_BYTES },
    });
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
        throw new FileProblem(gzip ? 'ownEvents.problem.badGzip' : 'ownEvents.problem.unreadable', {
          file: name,
        });
      }
      if (result.done) break;
      textBytes += result.value.byteLength;
      if (textBytes > MAX_TEXT_BYTES)
        throw new FileProblem('ownEvents.problem.tooMuchText', {
          file: name,
          limit: { bytes: MAX_TEXT_BYTES },
        });
      const text = decoder.decode(result.value, { stream: true });
      if (first && text.length > 0) {
        first = false;
        if (!looksLikeText(text))
          throw new FileProblem('ownEvents.problem.notText', { file: name });
      }
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
    if (first) throw new FileProblem('ownEvents.problem.empty', { file: name });
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
