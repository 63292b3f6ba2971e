import { closeSync, openSync, readSync } from 'node:fs';
import type { PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import type { PackedZip } from './archive.js';

// The serializer's output for an empty ZipFile: quotes are escaped inside JSON strings, so this only matches the field.
const EMPTY_ZIP_FILE = '"ZipFile":""';
// Base64 of a multiple of 3 bytes has no padding, so the chunks' texts join into the whole file's. Small enough that
// each chunk's text dies young instead of piling up in the large object space.
const CHUNK = 3 * 16 * 1024;

/** The placeholder a command carries as its ZipFile until inlineZip writes the zip into its body. */
export const ZIP_PLACEHOLDER = new Uint8Array(0);

/**
 * Sends the zip as the command's ZipFile (which must be ZIP_PLACEHOLDER) by writing its base64 from the file straight
 * into the JSON body, after the serializer and before signing. The SDK's way held the zip four times over (the bytes,
 * their base64, the JSON text, the body): up to 116 MB for a zip of 23 MB. Here it is held once, as base64 in the body, a
 * Buffer that the signer hashes like any other (a stream would be sent unsigned, which Lambda refuses).
 */
export function inlineZip(command: PublishLayerVersionCommand, zip: PackedZip): void {
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { body: unknown; headers: Record<string, string> };
      const body = request.body as string | Uint8Array;
      // A view, not Buffer.from(body): the SDK's body answers valueOf as a string method, with a deprecation warning.
      const json = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString();
      const at = json.indexOf(EMPTY_ZIP_FILE);
      if (at < 0) throw new Error(`the request to send ${zip.path} in has no empty ZipFile to fill`);
      const prefix = json.slice(0, at + EMPTY_ZIP_FILE.length - 1);
      const suffix = json.slice(at + EMPTY_ZIP_FILE.length - 1);
      const encoded = Math.ceil(zip.size / 3) * 4;
      const filled = Buffer.allocUnsafe(Buffer.byteLength(prefix) + encoded + Buffer.byteLength(suffix));
      let offset = filled.write(prefix);
      offset += writeBase64(zip, filled, offset);
      filled.write(suffix, offset);
      request.body = filled;
      request.headers['content-length'] = String(filled.length);
      return next(args);
    },
    { step: 'build', name: 'inlineZip' },
  );
}

/** The zip file's base64 written into `body` at `offset`; its length. A zip that changed size since it was packed fails. */
function writeBase64(zip: PackedZip, body: Buffer, offset: number): number {
  const chunk = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(zip.path, 'r');
  let read = 0;
  let written = 0;
  try {
    for (;;) {
      let filled = 0;
      while (filled < CHUNK) {
        const got = readSync(fd, chunk, filled, CHUNK - filled, null);
        if (got === 0) break;
        filled += got;
      }
      read += filled;
      if (read > zip.size) break;
      if (filled > 0) written += body.write(chunk.toString('base64', 0, filled), offset + written, 'latin1');
      if (filled < CHUNK) break;
    }
  } finally {
    closeSync(fd);
  }
  if (read !== zip.size) throw new Error(`${zip.path} changed since it was packed (${zip.size} bytes, now ${read})`);
  return written;
}
