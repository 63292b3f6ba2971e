import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type {
  PublishLayerVersionCommand,
  PublishLayerVersionCommandInput,
  PublishLayerVersionCommandOutput,
} from '@aws-sdk/client-lambda';
import type { FinalizeRequestMiddleware } from '@smithy/types';
import type { PackedZip } from './zip.js';

// The serializer's output for an empty ZipFile: quotes are escaped inside JSON strings, so this only matches the field.
const EMPTY_ZIP_FILE = '"ZipFile":""';
// Base64 of a multiple of 3 bytes has no padding, so the pieces' texts join into the whole file's. Small enough that
// each piece's text dies young instead of piling up in the large object space.
const BASE64_PIECE = 3 * 16 * 1024;

/** The placeholder a command carries as its ZipFile until inlineZip streams the zip into its body. */
export const ZIP_PLACEHOLDER = new Uint8Array(0);

/**
 * Sends the zip as the command's ZipFile (which must be ZIP_PLACEHOLDER) by streaming its base64 from the file into
 * the JSON body, so the zip is never in memory: the SDK's way held it four times over (the bytes, their base64, the
 * JSON text, the body), and a body of base64 built in one buffer still held it whole.
 *
 * The request stays signed: the body's SHA-256, computed in a first pass over the file, goes in
 * x-amz-content-sha256, which the signer takes as the payload hash (without it a stream would be sent as
 * UNSIGNED-PAYLOAD, which Lambda refuses). Each attempt the SDK's retry strategy makes gets a fresh stream.
 */
export function inlineZip(command: PublishLayerVersionCommand, zip: PackedZip): void {
  let framing: Promise<{ prefix: Buffer; suffix: Buffer; sha256: string }> | undefined;
  const stream: FinalizeRequestMiddleware<PublishLayerVersionCommandInput, PublishLayerVersionCommandOutput> =
    (next) => async (args) => {
      const request = args.request as { body: unknown; headers: Record<string, string> };
      framing ??= frame(request.body as string | Uint8Array, zip);
      const { prefix, suffix, sha256 } = await framing;
      const serialized = request.body;
      request.body = Readable.from(bodyOf(prefix, zip, suffix), { objectMode: false });
      request.headers['content-length'] = String(prefix.length + Math.ceil(zip.size / 3) * 4 + suffix.length);
      request.headers['x-amz-content-sha256'] = sha256;
      try {
        return await next(args);
      } finally {
        // The retry strategy gives up on a request whose body it finds to be a stream.
        request.body = serialized;
      }
    };
  // After the retry strategy, which calls it once per attempt; before the signer, which reads the header.
  command.middlewareStack.addRelativeTo(stream, { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'inlineZip' });
}

/** The serialized body split around the empty ZipFile, and the SHA-256 (hex) of the body with the zip's base64 in. */
async function frame(body: string | Uint8Array, zip: PackedZip) {
  // A view, not Buffer.from(body): the SDK's body answers valueOf as a string method, with a deprecation warning.
  const json = typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString();
  const at = json.indexOf(EMPTY_ZIP_FILE);
  if (at < 0) throw new Error(`the request to send ${zip.path} in has no empty ZipFile to fill`);
  const prefix = Buffer.from(json.slice(0, at + EMPTY_ZIP_FILE.length - 1));
  const suffix = Buffer.from(json.slice(at + EMPTY_ZIP_FILE.length - 1));
  const hash = createHash('sha256');
  for await (const part of bodyOf(prefix, zip, suffix)) hash.update(part);
  return { prefix, suffix, sha256: hash.digest('hex') };
}

/** The body's bytes: the JSON before the ZipFile's value, the zip file's base64, the JSON after. */
async function* bodyOf(prefix: Buffer, zip: PackedZip, suffix: Buffer): AsyncGenerator<Buffer> {
  yield prefix;
  const file = await open(zip.path, 'r');
  try {
    const piece = Buffer.allocUnsafe(BASE64_PIECE);
    let read = 0;
    for (;;) {
      // Whole pieces until the end: a short one in the middle would put base64 padding inside the text.
      let filled = 0;
      while (filled < BASE64_PIECE) {
        const { bytesRead } = await file.read(piece, filled, BASE64_PIECE - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      read += filled;
      // A zip that changed since it was packed would not match the length the request declares.
      if (read > zip.size) break;
      if (filled > 0) yield Buffer.from(piece.toString('base64', 0, filled), 'latin1');
      if (filled < BASE64_PIECE) break;
    }
    if (read !== zip.size) throw new Error(`${zip.path} changed since it was packed (${zip.size} bytes, now ${read})`);
  } finally {
    await file.close();
  }
  yield suffix;
}
