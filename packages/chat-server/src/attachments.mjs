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
 * Decodes and checks an attachment already shape-checked by protocol.checkAttachment.
 * Returns `{ file: { name, type, data: Buffer } }` or `{ code }` ('bad-attachment' or 'quota').
 * `use`: what the conversation holds already; `quota`: `{ files, bytes }` it may hold.
 */
export function acceptAttachment(attachment, use, quota) {
  if (!ATTACHMENT_TYPES.includes(attachment.type)) return { code: 'bad-attachment' };
  const data = Buffer.from(attachment.data, 'base64');
  if (sniffType(data) !== attachment.type) return { code: 'bad-attachment' };
  if (use.count + 1 > quota.files || use.bytes + data.length > quota.bytes) return { code: 'quota' };
  return { file: { name: safeName(attachment.name, attachment.type), type: attachment.type, data } };
}
