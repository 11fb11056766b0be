// Durable storage: conversations and messages in SQLite (better-sqlite3, synchronous, so a
// message is on disk before its ack leaves the server).
import Database from 'better-sqlite3';
import { createHash, randomBytes, randomInt } from 'node:crypto';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  reference TEXT UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'mn',
  created_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  delivered_seq INTEGER NOT NULL DEFAULT 0,
  agent TEXT
);
CREATE TABLE IF NOT EXISTS messages (
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  seq INTEGER NOT NULL,
  client_id TEXT NOT NULL,
  sender TEXT NOT NULL,
  text TEXT NOT NULL,
  extra TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (conversation_id, seq),
  UNIQUE (conversation_id, client_id)
);
`;

/** Tokens are stored hashed: a copy of the database does not let anyone read a conversation. */
export const hashToken = (token) => createHash('sha256').update(String(token)).digest('hex');

/** 256 random bits, URL-safe: a conversation token cannot be guessed. */
export const newToken = () => randomBytes(32).toString('base64url');

/** Opens (or creates) the store. `path` ':memory:' keeps everything in memory. */
export function openStore(path = ':memory:') {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);

  const q = {
    byToken: db.prepare('SELECT * FROM conversations WHERE token_hash = ?'),
    byId: db.prepare('SELECT * FROM conversations WHERE id = ?'),
    insertConversation: db.prepare('INSERT INTO conversations (token_hash, name, topic, lang, created_at) VALUES (?, ?, ?, ?, ?)'),
    updateProfile: db.prepare('UPDATE conversations SET name = ?, topic = ?, lang = ? WHERE id = ?'),
    messageByClientId: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND client_id = ?'),
    bumpSeq: db.prepare('UPDATE conversations SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq'),
    insertMessage: db.prepare('INSERT INTO messages (conversation_id, seq, client_id, sender, text, extra, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    after: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq'),
    setReference: db.prepare('UPDATE conversations SET reference = ? WHERE id = ? AND reference IS NULL'),
    setDelivered: db.prepare('UPDATE conversations SET delivered_seq = MAX(delivered_seq, ?) WHERE id = ?'),
    setAgent: db.prepare('UPDATE conversations SET agent = ? WHERE id = ?'),
    recent: db.prepare(
      `SELECT c.*, (SELECT MIN(created_at) FROM messages m WHERE m.conversation_id = c.id AND m.sender = 'user') AS first_at
       FROM conversations c WHERE c.last_seq > 0 ORDER BY c.id DESC LIMIT ?`,
    ),
  };

  const toMessage = (row) => ({
    id: row.client_id,
    seq: row.seq,
    from: row.sender,
    text: row.text,
    at: row.created_at,
    ...(row.extra ? JSON.parse(row.extra) : {}),
  });

  /** Stores a message once per (conversation, client id); a repeat returns the stored one. */
  const append = db.transaction((conversationId, { id, from, text, extra }) => {
    const existing = q.messageByClientId.get(conversationId, id);
    if (existing) return { message: toMessage(existing), duplicate: true };
    const { last_seq: seq } = q.bumpSeq.get(conversationId);
    const at = new Date().toISOString();
    q.insertMessage.run(conversationId, seq, id, from, text, extra ? JSON.stringify(extra) : null, at);
    return { message: toMessage({ client_id: id, seq, sender: from, text, extra: extra ? JSON.stringify(extra) : null, created_at: at }), duplicate: false };
  });

  return {
    db,
    /** The conversation a token opens, or undefined. */
    findByToken: (token) => (token ? q.byToken.get(hashToken(token)) : undefined),
    findById: (id) => q.byId.get(id),
    /** A new conversation and its token (the token itself is returned once, never stored). */
    createConversation({ name = '', topic = '', lang = 'mn' } = {}) {
      const token = newToken();
      const { lastInsertRowid } = q.insertConversation.run(hashToken(token), name, topic, lang, new Date().toISOString());
      return { token, conversation: q.byId.get(Number(lastInsertRowid)) };
    },
    updateProfile: (id, { name, topic, lang }) => q.updateProfile.run(name, topic, lang, id),
    append,
    messagesAfter: (conversationId, seq = 0) => q.after.all(conversationId, seq).map(toMessage),
    /** The conversation's reference number for a left message: eight digits, made once. */
    reference(conversationId) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const candidate = String(randomInt(10_000_000, 100_000_000));
        try {
          q.setReference.run(candidate, conversationId);
          break;
        } catch (error) {
          if (!String(error.message).includes('UNIQUE')) throw error;
        }
      }
      return q.byId.get(conversationId).reference;
    },
    markDelivered: (conversationId, seq) => q.setDelivered.run(seq, conversationId),
    assign: (conversationId, agent) => q.setAgent.run(agent, conversationId),
    recentConversations: (limit = 50) => q.recent.all(limit),
    close: () => db.close(),
  };
}
