import type { ChatAttachment } from './chat-transport.js';

/** What may be attached: images and PDF (the server refuses anything else too). */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];

export type AttachmentProblem = 'chatFileType' | 'chatFileTooLarge';

/** Reads a chosen file into an attachment, or says why it cannot be sent. */
export async function readAttachment(file: File, maxBytes: number): Promise<ChatAttachment | AttachmentProblem> {
  if (!ATTACHMENT_TYPES.includes(file.type)) return 'chatFileType';
  if (file.size > maxBytes) return 'chatFileTooLarge';
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, type: file.type, size: file.size, data: btoa(binary) };
}

const urls = new WeakMap<ChatAttachment, string>();

/**
 * A blob: URL for an attachment, made from its bytes and declared type (never a URL from the
 * data itself), so a received file can be opened or saved but cannot run as a page.
 */
export function attachmentUrl(attachment: ChatAttachment): string | undefined {
  if (!ATTACHMENT_TYPES.includes(attachment.type)) return undefined;
  let url = urls.get(attachment);
  if (!url) {
    try {
      const bytes = Uint8Array.from(atob(attachment.data), (c) => c.charCodeAt(0));
      url = URL.createObjectURL(new Blob([bytes], { type: attachment.type }));
      urls.set(attachment, url);
    } catch {
      return undefined;
    }
  }
  return url;
}
