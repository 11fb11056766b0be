// Where each socket is in each conversation's stream of messages. A socket first gets the
// stored history (replay), then live messages. Because the store is async (and, on PostgreSQL,
// live messages come from other processes), a live message can arrive while the history query
// is still running: it is held until the history is sent, and anything the socket already has
// (seq at or below its cursor) is never sent again. So every socket sees each message once, in order.

const MAX_HELD = 10_000;

/** Call before querying the history: from now on live messages for the socket are held. */
export function beginReplay(state, conversationId) {
  state.cursors ??= new Map();
  state.cursors.set(conversationId, { upTo: undefined, held: [] });
}

/** After the history was sent: the cursor moves to `upTo` and held messages past it follow. */
export function endReplay(state, conversationId, upTo, send) {
  const cursor = state.cursors?.get(conversationId);
  if (!cursor) return;
  cursor.upTo = upTo;
  const held = cursor.held;
  cursor.held = [];
  for (const message of held) deliverLive(state, conversationId, message, send);
}

/** A live message for a socket that follows `conversationId`; returns whether it was sent or held. */
export function deliverLive(state, conversationId, message, send) {
  const cursor = state.cursors?.get(conversationId);
  if (!cursor) return false;
  if (cursor.upTo === undefined) {
    // A replay that never ends (a stuck query) must not hold memory forever.
    if (cursor.held.length < MAX_HELD) cursor.held.push(message);
    return true;
  }
  if (message.seq <= cursor.upTo) return false;
  cursor.upTo = message.seq;
  send(message);
  return true;
}

/** Follows a conversation from `upTo` on without a replay (an agent who replies before opening). */
export function follow(state, conversationId, upTo) {
  if (state.cursors?.has(conversationId)) return;
  beginReplay(state, conversationId);
  endReplay(state, conversationId, upTo, () => {});
}
