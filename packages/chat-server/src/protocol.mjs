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

/** Frames up to this size are parsed even when refused: small, and the answer must be exact. */
const SMALL_FRAME = 16 * 1024;

/**
 * What a refused frame names (its `id`, an agent's `conversation`), so the refusal can say what
 * to send again. A large frame is not parsed whole for that: the names are read from its first
 * bytes, where clients put them (a top-level key follows `{` or `,`, never a quote inside a string).
 */
export function namesOf(raw, isBinary) {
  if (isBinary) return {};
  if (raw.length <= SMALL_FRAME) return parseFrame(raw, false).frame ?? {};
  const head = raw.subarray(0, SMALL_FRAME).toString();
  return {
    id: /[{,]\s*"id"\s*:\s*"([A-Za-z0-9_-]{1,64})"/.exec(head)?.[1],
    conversation: /[{,]\s*"conversation"\s*:\s*"?(\d{1,15})/.exec(head)?.[1],
  };
}

const str = (value, max) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

/** Pre-chat details: trimmed, bounded, never required. */
export const profileOf = (frame) => ({
  name: str(frame.name, 100),
  topic: str(frame.topic, 100),
  lang: ['mn', 'en'].includes(frame.lang) ? frame.lang : 'mn',
});

/**
 * Checks an attachment `{ name, type, data }` (data: base64) by what costs nothing: its type and
 * its size from the length of `data`. Returns `{ attachment }` with that size, or `{ code }`
 * ('too-large' or 'bad-attachment'); the content is checked by attachments.readAttachment.
 */
export function checkAttachment(value, maxBytes) {
  if (value == null) return {};
  if (typeof value !== 'object' || typeof value.data !== 'string' || !ATTACHMENT_TYPES.includes(value.type)) {
    return { code: 'bad-attachment' };
  }
  const size = Math.floor((value.data.length * 3) / 4) - (value.data.endsWith('==') ? 2 : value.data.endsWith('=') ? 1 : 0);
  if (size > maxBytes) return { code: 'too-large' };
  return { attachment: { name: str(value.name, 200) || 'file', type: value.type, size, data: value.data } };
}
