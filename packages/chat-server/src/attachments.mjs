// Attachments: the declared type must be what the bytes are (magic numbers), the name is made
// safe to show and to save, and each conversation has a quota.
import { ATTACHMENT_TYPES } from './protocol.mjs';

const startsWith = (bytes, signature, offset = 0) => signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text) => [...text].map((c) => c.charCodeAt(0));

/** The type the bytes are, by their signature, or undefined when none of the allowed ones. */
export function sniffType(bytes) {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

const EXTENSIONS = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/**
 * A name safe to show and to save: no path, no control or bidi characters, at most 100
 * characters, and an extension that matches the type (so "x.pdf.exe" cannot pass as a PDF).
 */
export function safeName(name, type) {
  const base = String(name ?? '')
    .split(/[/\\]/)
    .pop()
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/^[.\s]+/, '')
    .replace(/\.[^.]*$/, '')
    .slice(0, 90)
    .trim();
  return `${base || 'file'}.${EXTENSIONS[type]}`;
}

/**
 * Reads an attachment already checked by protocol.checkAttachment, cheapest check first: its
 * signature from the first 12 bytes (a file that is not what it says costs no more than that),
 * then the whole, which must be plain base64 (Buffer.from skips anything else: only base64
 * re-encodes to itself). Returns `{ file: { name, type, data: Buffer } }` or `{ code: 'bad-attachment' }`.
 */
export function readAttachment({ name, type, data: base64 }) {
  if (!ATTACHMENT_TYPES.includes(type)) return { code: 'bad-attachment' };
  if (sniffType(Buffer.from(base64.slice(0, 16), 'base64')) !== type) return { code: 'bad-attachment' };
  const data = Buffer.from(base64, 'base64');
  const padded = base64.length % 4 ? base64 + '='.repeat(4 - (base64.length % 4)) : base64;
  if (data.toString('base64') !== padded) return { code: 'bad-attachment' };
  return { file: { name: safeName(name, type), type, data } };
}

/** Whether one more file of `size` bytes fits the conversation's quota: `use` is what it holds, `quota` `{ files, bytes }`. */
export const withinQuota = (size, use, quota) => use.count + 1 <= quota.files && use.bytes + size <= quota.bytes;
