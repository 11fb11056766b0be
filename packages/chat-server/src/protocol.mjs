// Frame parsing and validation. Anything that fails here is ignored and logged by the caller;
// a frame never throws out of the server.
export const PROTOCOL_VERSION = 1;

/** Client-generated message ids: short, URL-safe, so they can be stored and compared as is. */
export const isClientId = (id) => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);

/** Attachments the widget may send: images and PDF, nothing executable. */
export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];

/** Nesting a frame may have: the protocol needs 3 (frame, attachment, its fields); the rest is room. */
export const MAX_DEPTH = 8;
/** `{ [ , :` outside strings a frame may hold: the protocol's frames hold a few dozen. */
export const MAX_TOKENS = 1000;

const [QUOTE, BACKSLASH, COMMA, COLON, DEL, C1_LEAD] = [0x22, 0x5c, 0x2c, 0x3a, 0x7f, 0xc2];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

/**
 * Why a frame's bytes are not worth parsing, or undefined. JSON.parse of deep nesting, or of many
 * small values, costs up to a hundred times a flat frame of the same size (0.5 s for 1.2 MB of
 * `[[[…]]]`), on the one thread every user shares; a long string costs little. One pass over the
 * bytes, about a millisecond a megabyte whatever they hold. (UTF-8 continuation bytes are all over
 * 0x7f, so they are never taken for these characters.)
 */
export function shapeProblem(bytes) {
  let depth = 0;
  let tokens = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH)
        i += 1; // the escaped character is never the string's end
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if ((depth += 1) > MAX_DEPTH) return 'nested too deep';
      if ((tokens += 1) > MAX_TOKENS) return 'too many values';
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth -= 1;
    else if ((byte === COMMA || byte === COLON) && (tokens += 1) > MAX_TOKENS) return 'too many values';
  }
  return undefined;
}

/** Control characters (C0, DEL, C1) but tab, line feed and carriage return: nothing a person types. */
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;

/**
 * The frame as an object with a string `type`, or a reason why it is not one. Its strings are
 * cleaned here, so no handler or store ever sees what a store cannot keep: PostgreSQL text cannot
 * hold U+0000 (the message failed, and its sender's outbox sent it again for ever), and a lone
 * surrogate became one U+FFFD there but three in SQLite. Control characters go; a lone surrogate
 * becomes U+FFFD. `cleaned` says whether any string changed (a sign-in's must not: it would be
 * another name or password than the one sent).
 */
export function parseFrame(raw, isBinary) {
  if (isBinary) return { error: 'binary frame' };
  const bytes = typeof raw === 'string' ? Buffer.from(raw) : raw;
  const problem = shapeProblem(bytes);
  if (problem) return { error: problem };
  let frame;
  let cleaned = false;
  const clean = (_key, value) => {
    if (typeof value !== 'string') return value;
    const kept = value.replace(CONTROL, '').toWellFormed();
    if (kept !== value) cleaned = true;
    return kept;
  };
  try {
    // JSON holds C0 controls and surrogates only as escapes, but DEL and C1 (U+0080-U+009F, in
    // UTF-8 0xC2 and a second byte) as they are: without a backslash, 0x7F or 0xC2 there is
    // nothing to clean. Three byte searches cost far less than a pass of the reviver or a regex.
    const suspect = bytes.includes(BACKSLASH) || bytes.includes(DEL) || bytes.includes(C1_LEAD);
    frame = JSON.parse(String(raw), suspect ? clean : undefined);
  } catch {
    return { error: 'not JSON' };
  }
  if (!frame || typeof frame !== 'object' || Array.isArray(frame) || typeof frame.type !== 'string') {
    return { error: 'no type' };
  }
  return { frame, cleaned };
}

/** What a pong echoes of its ping's `t`: a number or a short string, never a structure the client built. */
export const pingMark = (t) => (typeof t === 'number' || (typeof t === 'string' && t.length <= 64) ? t : undefined);

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
