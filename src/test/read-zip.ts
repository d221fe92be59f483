/**
 * Reads a ZIP archive of stored (uncompressed) files back, for the tests: its central directory,
 * each file's local header, and its bytes, checking the sizes and offsets agree.
 */
export function readZip(bytes: Uint8Array): { name: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endAt = bytes.length - 22;
  if (view.getUint32(endAt, true) !== 0x06054b50) throw new Error('no end of central directory');
  const count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  const decoder = new TextDecoder();
  const files = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central entry ${i}`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0) throw new Error(`${name}: compressed`);
    if (view.getUint32(offset, true) !== 0x04034b50) throw new Error(`${name}: no local header`);
    const localName = view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const start = offset + 30 + localName;
    files.push({ name, crc, data: bytes.subarray(start, start + size) });
    at += 46 + nameLength + extra;
  }
  return files;
}
