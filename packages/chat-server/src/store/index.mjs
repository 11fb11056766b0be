// The store every server process talks to. Two implementations with the same async interface:
//   SQLite (./sqlite.mjs): embedded, one process, nothing to install: the default.
//   PostgreSQL (./postgres/): any number of stateless processes share one database, and a stored
//     message reaches the sockets of every process through LISTEN/NOTIFY.
//
// Interface (every method returns a promise):
//   findByToken(token), findById(id)             -> conversation row or undefined; a token that
//       expired (token_expires_at in the past) or was revoked opens nothing
//   createConversation({ token, name, topic, lang, expiresAt }) -> conversation row
//       made when the first message arrives; the caller makes the token (newToken), the store
//       keeps only its hash
//   extendToken(id, expiresAt), revokeToken(id)  (revoked: the token opens nothing any more)
//   updateProfile(id, { name, topic, lang })
//   append(conversationId, { id, from, text, extra }, { quota }?) -> { message, duplicate }, or
//       { refused: 'quota' } when `quota` ({ files, bytes }) is given and extra.attachment does not
//       fit the conversation's (checked where the file is stored: sends at once cannot all pass)
//       gap-free seq per conversation; a repeated client id returns the stored message; moves
//       the conversation's updated_at. `extra.attachment` { name, type, data: Buffer } is kept in
//       its own table under a random id; messages read back carry it as { name, type, size, data: base64 }.
//   messagesAfter(conversationId, seq, limit = all, maxBytes = all) -> messages with a greater seq,
//       in order, as many as fit in maxBytes as frames (estimated from the rows; always at least one)
//   messageByClientId(conversationId, id)        -> the message stored under that client id, or undefined
//   attachmentUse(conversationId)                -> { count, bytes } (per-conversation quota)
//   reference(conversationId)                    -> the conversation's eight-digit reference
//   markDelivered(conversationId, seq), assign(conversationId, agent)
//   recentConversations(limit)                   -> newest conversations with a message
//   conversationsByIds(ids)                      -> those conversations (any order)
//   deleteIdleSince(isoTime)                     -> ids of conversations idle since before it,
//       deleted with their messages and attachments (a batch of at most 500; call until empty)
//   agents: addAgent({ name, role, passwordHash }), findAgent(name) -> row { id, name, role,
//       password_hash, disabled }, listAgents(), setAgentDisabled(name, bool) -> found (disabling
//       deletes the agent's sessions), setAgentPassword(name, hash) -> found
//   sessions: createSession(tokenHash, agentId, expiresAt), agentBySession(tokenHash) -> agent
//       row if the session is live and the agent enabled, deleteSession(tokenHash), deleteExpiredSessions()
//   failed sign-ins (shared by every process, see signInThrottle): signInFailures(key) -> { count,
//       last (ms) } or undefined, recordSignInFailure(key, atMs), clearSignInFailures(key),
//       forgetSignInFailuresBefore(atMs), reserveSignIn(key, atMs, { free, baseDelayMs,
//       maxDelayMs }) -> true when counted (as a failure at atMs), false when the key must wait
//       (atomic: attempts at once cannot all pass), releaseSignIn(key) (one count given back)
//   addresses agents signed in from: rememberSignIn(name, address, atMs, forgetBeforeMs) (and
//       forgets those older than forgetBeforeMs), signedInFrom(name, address, sinceMs) -> boolean
//   audit(agent, action, conversationId), auditLog(limit) -> [{ at, agent, action, conversation }] newest first
//   subscribe(listener)                          -> unsubscribe; listener({ conversationId, message })
//       is called once per stored message, in seq order per conversation, in every process.
//   onResync(listener)                           -> unsubscribe; listener() runs when live delivery
//       may have missed messages (PostgreSQL's LISTEN connection dropped): sockets must replay.
//   broadcast(signal), onBroadcast(listener)     -> a JSON signal every other process hears (not
//       stored, may be lost): agent presence. SQLite, one process, has no one to tell.
//   ping()                                       -> resolves when the database answers (readiness)
//   close()
import { openSqliteStore } from './sqlite.mjs';

export { hashToken, newToken } from './tokens.mjs';

/**
 * Opens the store: PostgreSQL when `databaseUrl` is given, SQLite at `dbPath` otherwise.
 * @param {{ dbPath?: string, databaseUrl?: string, logger?: { warn: Function } }} [options]
 */
export async function openStore({ dbPath = ':memory:', databaseUrl, logger } = {}) {
  if (databaseUrl) {
    // Loaded only when asked for, so the embedded default needs no PostgreSQL client.
    const { openPostgresStore } = await import('./postgres/index.mjs');
    return openPostgresStore({ connectionString: databaseUrl, logger });
  }
  return openSqliteStore(dbPath);
}
