// The store every server process talks to. Two implementations with the same async interface:
//   SQLite (./sqlite.mjs): embedded, one process, nothing to install: the default.
//   PostgreSQL (./postgres/): any number of stateless processes share one database, and a stored
//     message reaches the sockets of every process through LISTEN/NOTIFY.
//
// Interface (every method returns a promise):
//   findByToken(token), findById(id)             -> conversation row or undefined
//   createConversation({ name, topic, lang })    -> { token, conversation }
//   updateProfile(id, { name, topic, lang })
//   append(conversationId, { id, from, text, extra }) -> { message, duplicate }
//       gap-free seq per conversation; a repeated client id returns the stored message.
//   messagesAfter(conversationId, seq)           -> messages with a greater seq, in order
//   reference(conversationId)                    -> the conversation's eight-digit reference
//   markDelivered(conversationId, seq), assign(conversationId, agent)
//   recentConversations(limit)                   -> newest conversations with a message
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
