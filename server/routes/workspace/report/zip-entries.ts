// Test support: reads a zip file's entries (stored or deflated) through its central directory and
// checks each entry's CRC-32, so a test can say a DOCX is a valid zip without a zip library.
import { crc32, inflateRawSync } from "node:zlib";

/** Every file in the zip by name, decompressed; throws if the archive or an entry is damaged. */
export function zipEntries(zip: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip: no end of central directory record");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("damaged central directory");
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`damaged local header for ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const stored = zip.subarray(start, start + compressed);
    const data = method === 0 ? stored : new Uint8Array(inflateRawSync(stored));
    if (data.length !== size || crc32(data) !== crc)
      throw new Error(`entry ${name} fails its size or CRC check`);
    entries.set(name, data);
    at += 46 + skip;
  }
  return entries;
}
