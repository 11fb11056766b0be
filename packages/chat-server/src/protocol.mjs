// Frame parsing and validation. Anything that fails here is ignored and logged by the caller;
// a frame never throws out of the server.
export const PROTOCOL_VERSION = 1;

/** Client-generated message ids: short, URL-safe, so they can be stored and compared as is. */
export const isClientId = (id) => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** Attachments the widget may send: images and PDF, nothing executable. */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];

/** The frame as an object with a string `type`, or a reason why it is not one. */
export function parseFrame(raw, isBinary) {
  if (isBinary) return { error: 'binary frame' };
  let frame;
  try {
    frame = JSON.parse(String(raw));
  } catch {
    return { error: 'not JSON' };
  }
  if (!frame || typeof frame !== 'object' || Array.isArray(frame) || typeof frame.type !== 'string') {
    return { error: 'no type' };
  }
  return { frame };
}

const str = (value, max) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

/** Pre-chat details: trimmed, bounded, never required. */
export const profileOf = (frame) => ({
  name: str(frame.name, 100),
  topic: str(frame.topic, 100),
  lang: ['mn', 'en'].includes(frame.lang) ? frame.lang : 'mn',
});

/**
 * Checks an attachment `{ name, type, data }` (data: base64). Returns `{ attachment }` with its
 * decoded size, or `{ code }` ('too-large' or 'bad-attachment').
 */
export function checkAttachment(value, maxBytes) {
  if (value == null) return {};
  if (typeof value !== 'object' || typeof value.data !== 'string' || !ATTACHMENT_TYPES.includes(value.type)) {
    return { code: 'bad-attachment' };
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value.data)) return { code: 'bad-attachment' };
  const size = Math.floor((value.data.length * 3) / 4) - (value.data.endsWith('==') ? 2 : value.data.endsWith('=') ? 1 : 0);
  if (size > maxBytes) return { code: 'too-large' };
  return { attachment: { name: str(value.name, 200) || 'file', type: value.type, size, data: value.data } };
}
