// The embedded store: conversations, messages, attachments, agent accounts and the audit log
// in SQLite (better-sqlite3). Its calls are synchronous (a message is on disk before its ack
// leaves the server) behind the async interface described in ./index.mjs, so the server runs
// unchanged on PostgreSQL. The SQL is kept portable where it can be (PostgreSQL has the same tables).
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { withinQuota } from '../attachments.mjs';
import { extraColumn, fileEntry, fitBytes, toMessage as rowToMessage, withFile } from './rows.mjs';
import { hashToken, newReference } from './tokens.mjs';

// A conversation's number is never reused (AUTOINCREMENT): see numberConversationsOnce.
const CONVERSATION_COLUMNS = `(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash TEXT NOT NULL UNIQUE,
  reference TEXT UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  topic TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT 'mn',
  created_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  delivered_seq INTEGER NOT NULL DEFAULT 0,
  agent TEXT,
  updated_at TEXT,
  token_expires_at TEXT
)`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS conversations ${CONVERSATION_COLUMNS};
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
CREATE TABLE IF NOT EXISTS attachments (
  id TEXT PRIMARY KEY,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id),
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attachments_conversation ON attachments (conversation_id);
CREATE TABLE IF NOT EXISTS agents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS agent_sessions (
  token_hash TEXT PRIMARY KEY,
  agent_id INTEGER NOT NULL REFERENCES agents(id),
  expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sign_in_failures (
  key TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  last_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS known_sign_ins (
  agent_name TEXT NOT NULL,
  address TEXT NOT NULL,
  last_ms INTEGER NOT NULL,
  PRIMARY KEY (agent_name, address)
);
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  agent TEXT NOT NULL,
  action TEXT NOT NULL,
  conversation_id INTEGER
);
`;

// Columns added after the first release: an existing database gains them at start.
const ADDED_COLUMNS = [
  ['conversations', 'updated_at', 'TEXT'],
  ['conversations', 'token_expires_at', 'TEXT'],
];

/**
 * A conversation's number is never handed out again once retention deleted it: a running server
 * may still know the old number (a socket, an agent's console), and the new citizen's messages
 * would go there. Databases made before AUTOINCREMENT are rebuilt once, numbering on from the
 * highest number they ever recorded (the audit log keeps those of deleted conversations).
 */
function numberConversationsOnce(db) {
  const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'conversations'").get();
  if (/AUTOINCREMENT/i.test(sql)) return;
  const columns = db
    .prepare("SELECT name FROM pragma_table_info('conversations')")
    .all()
    .map((column) => column.name)
    .join(', ');
  // SQLite's way to change a table: a new one, the rows copied, the old one dropped and the new
  // one renamed (other tables' references name `conversations` and keep pointing to it).
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    db.exec(`CREATE TABLE conversations_numbered ${CONVERSATION_COLUMNS}`);
    db.exec(`INSERT INTO conversations_numbered (${columns}) SELECT ${columns} FROM conversations`);
    db.exec('DROP TABLE conversations');
    db.exec('ALTER TABLE conversations_numbered RENAME TO conversations');
    const { highest } = db
      .prepare('SELECT MAX(id) AS highest FROM (SELECT MAX(id) AS id FROM conversations UNION ALL SELECT MAX(conversation_id) FROM audit_log)')
      .get();
    db.prepare("DELETE FROM sqlite_sequence WHERE name = 'conversations'").run();
    if (highest) db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('conversations', ?)").run(highest);
    if (db.pragma('foreign_key_check').length) throw new Error('conversations renumbering broke a reference');
  })();
  db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
}

/** Opens (or creates) the store. `path` ':memory:' keeps everything in memory. */
export function openSqliteStore(path = ':memory:') {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  for (const [table, column, type] of ADDED_COLUMNS) {
    if (!db.prepare(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = ?`).get(column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
  numberConversationsOnce(db);

  const q = {
    byToken: db.prepare('SELECT * FROM conversations WHERE token_hash = ? AND (token_expires_at IS NULL OR token_expires_at > ?)'),
    byId: db.prepare('SELECT * FROM conversations WHERE id = ?'),
    insertConversation: db.prepare(
      'INSERT INTO conversations (token_hash, name, topic, lang, created_at, updated_at, token_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateProfile: db.prepare('UPDATE conversations SET name = ?, topic = ?, lang = ? WHERE id = ?'),
    messageByClientId: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND client_id = ?'),
    bumpSeq: db.prepare('UPDATE conversations SET last_seq = last_seq + 1, updated_at = ? WHERE id = ? RETURNING last_seq'),
    extendToken: db.prepare('UPDATE conversations SET token_expires_at = ? WHERE id = ? AND token_expires_at IS NOT NULL'),
    revokeToken: db.prepare("UPDATE conversations SET token_hash = 'revoked:' || id, token_expires_at = ? WHERE id = ?"),
    insertMessage: db.prepare('INSERT INTO messages (conversation_id, seq, client_id, sender, text, extra, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    after: db.prepare('SELECT * FROM messages WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    insertAttachment: db.prepare('INSERT INTO attachments (id, conversation_id, name, type, size, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    attachment: db.prepare('SELECT * FROM attachments WHERE id = ? AND conversation_id = ?'),
    attachmentUse: db.prepare('SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM attachments WHERE conversation_id = ?'),
    expired: db.prepare('SELECT id FROM conversations WHERE COALESCE(updated_at, created_at) < ? LIMIT 500'),
    deleteAttachments: db.prepare('DELETE FROM attachments WHERE conversation_id = ?'),
    deleteMessages: db.prepare('DELETE FROM messages WHERE conversation_id = ?'),
    deleteConversation: db.prepare('DELETE FROM conversations WHERE id = ?'),
    insertAgent: db.prepare('INSERT INTO agents (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)'),
    agentByName: db.prepare('SELECT * FROM agents WHERE name = ?'),
    agentList: db.prepare('SELECT id, name, role, disabled, created_at FROM agents ORDER BY name'),
    setAgentDisabled: db.prepare('UPDATE agents SET disabled = ? WHERE name = ?'),
    setAgentPassword: db.prepare('UPDATE agents SET password_hash = ? WHERE name = ?'),
    insertSession: db.prepare('INSERT INTO agent_sessions (token_hash, agent_id, expires_at) VALUES (?, ?, ?)'),
    session: db.prepare(
      `SELECT a.* FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND a.disabled = 0`,
    ),
    deleteSession: db.prepare('DELETE FROM agent_sessions WHERE token_hash = ?'),
    deleteAgentSessions: db.prepare('DELETE FROM agent_sessions WHERE agent_id = (SELECT id FROM agents WHERE name = ?)'),
    deleteExpiredSessions: db.prepare('DELETE FROM agent_sessions WHERE expires_at <= ?'),
    signInFailures: db.prepare('SELECT count, last_ms AS last FROM sign_in_failures WHERE key = ?'),
    recordSignInFailure: db.prepare(
      'INSERT INTO sign_in_failures (key, count, last_ms) VALUES (?, 1, ?) ON CONFLICT (key) DO UPDATE SET count = count + 1, last_ms = excluded.last_ms',
    ),
    // Counted unless the key must wait (the rule of signInThrottle): RETURNING gives no row then.
    reserveSignIn: db.prepare(
      `INSERT INTO sign_in_failures (key, count, last_ms) VALUES (@key, 1, @at)
       ON CONFLICT (key) DO UPDATE SET count = count + 1, last_ms = excluded.last_ms
       WHERE count < @free OR last_ms + min(@maxDelayMs, @baseDelayMs * (1 << min(count - @free, 40))) <= excluded.last_ms
       RETURNING count`,
    ),
    releaseSignIn: db.prepare('UPDATE sign_in_failures SET count = count - 1 WHERE key = ? AND count > 0'),
    clearSignInFailures: db.prepare('DELETE FROM sign_in_failures WHERE key = ?'),
    forgetSignInFailures: db.prepare('DELETE FROM sign_in_failures WHERE last_ms < ?'),
    rememberSignIn: db.prepare(
      'INSERT INTO known_sign_ins (agent_name, address, last_ms) VALUES (?, ?, ?) ON CONFLICT (agent_name, address) DO UPDATE SET last_ms = excluded.last_ms',
    ),
    forgetSignIns: db.prepare('DELETE FROM known_sign_ins WHERE last_ms < ?'),
    signedInFrom: db.prepare('SELECT 1 FROM known_sign_ins WHERE agent_name = ? AND address = ? AND last_ms >= ?'),
    insertAudit: db.prepare('INSERT INTO audit_log (at, agent, action, conversation_id) VALUES (?, ?, ?, ?)'),
    audit: db.prepare('SELECT at, agent, action, conversation_id AS conversation FROM audit_log ORDER BY id DESC LIMIT ?'),
    setReference: db.prepare('UPDATE conversations SET reference = ? WHERE id = ? AND reference IS NULL'),
    setDelivered: db.prepare('UPDATE conversations SET delivered_seq = MAX(delivered_seq, ?) WHERE id = ?'),
    setAgent: db.prepare('UPDATE conversations SET agent = ? WHERE id = ?'),
    waiting: db.prepare('SELECT * FROM conversations WHERE id IN (SELECT value FROM json_each(?))'),
    recent: db.prepare(
      `SELECT c.*, (SELECT MIN(created_at) FROM messages m WHERE m.conversation_id = c.id AND m.sender = 'user') AS first_at
       FROM conversations c WHERE c.last_seq > 0 ORDER BY c.id DESC LIMIT ?`,
    ),
  };

  const toMessage = (row) => {
    const message = rowToMessage(row);
    // The file itself lives in the attachments table; the message row names it.
    return message.attachment?.id ? withFile(message, q.attachment.get(message.attachment.id, row.conversation_id)) : message;
  };

  /** A new password and the end of the agent's sessions, together. */
  const setAgentPassword = db.transaction((name, passwordHash) => {
    const { changes } = q.setAgentPassword.run(passwordHash, name);
    q.deleteAgentSessions.run(name);
    return changes > 0;
  });
  /**
   * Stores a message once per (conversation, client id); a repeat returns the stored one. An
   * attachment `{ name, type, data: Buffer }` goes to its own table under a random id.
   */
  const append = db.transaction((conversationId, { id, from, text, extra }, { quota } = {}) => {
    const existing = q.messageByClientId.get(conversationId, id);
    if (existing) return { message: toMessage(existing), duplicate: true };
    // In the transaction that stores the file: nothing comes between the check and the insert.
    if (extra?.attachment && quota && !withinQuota(extra.attachment.data.length, q.attachmentUse.get(conversationId), quota)) return { refused: 'quota' };
    const at = new Date().toISOString();
    const { last_seq: seq } = q.bumpSeq.get(at, conversationId);
    let stored = extra;
    if (extra?.attachment) {
      const { name, type, data } = extra.attachment;
      const fileId = randomBytes(16).toString('hex');
      q.insertAttachment.run(fileId, conversationId, name, type, data.length, data, at);
      stored = { ...extra, attachment: fileEntry(fileId, extra.attachment) };
    }
    const json = extraColumn(stored);
    q.insertMessage.run(conversationId, seq, id, from, text, json, at);
    return { message: toMessage({ conversation_id: conversationId, client_id: id, seq, sender: from, text, extra: json, created_at: at }), duplicate: false };
  });

  /** Deletes conversations idle since before `cutoff`, with their messages and files. */
  const deleteIdleSince = db.transaction((cutoff) => {
    const ids = q.expired.all(cutoff).map((row) => row.id);
    for (const id of ids) {
      q.deleteAttachments.run(id);
      q.deleteMessages.run(id);
      q.deleteConversation.run(id);
    }
    return ids;
  });
  const now = () => new Date().toISOString();

  /** One process, so a stored message is announced right here, synchronously, in seq order. */
  const listeners = new Set();

  return {
    db,
    /** The conversation a live (unexpired, unrevoked) token opens, or undefined. */
    findByToken: async (token) => (typeof token === 'string' && token ? q.byToken.get(hashToken(token), now()) : undefined),
    findById: async (id) => q.byId.get(id),
    /**
     * Stores a new conversation under `token` (made by the caller with newToken, kept hashed
     * only) when its first message arrives. `expiresAt`: when the token stops opening it.
     */
    async createConversation({ token, name = '', topic = '', lang = 'mn', expiresAt = null }) {
      const at = now();
      const { lastInsertRowid } = q.insertConversation.run(hashToken(token), name, topic, lang, at, at, expiresAt);
      return q.byId.get(Number(lastInsertRowid));
    },
    /** Moves the token's expiry on (each visit keeps an active conversation open). */
    extendToken: async (id, expiresAt) => {
      q.extendToken.run(expiresAt, id);
    },
    /** The token stops opening the conversation; agents still see it until retention ends. */
    revokeToken: async (id) => {
      q.revokeToken.run(now(), id);
    },
    updateProfile: async (id, { name, topic, lang }) => {
      q.updateProfile.run(name, topic, lang, id);
    },
    async append(conversationId, message, options) {
      const result = append(conversationId, message, options);
      if (result.refused) return result;
      if (!result.duplicate) for (const listener of listeners) listener({ conversationId, message: result.message });
      return result;
    },
    /** Messages after `seq`, oldest first, at most `limit` and `maxBytes` as frames (replay goes page by page). */
    messagesAfter: async (conversationId, seq = 0, limit = -1, maxBytes = Infinity) =>
      fitBytes(q.after.all(conversationId, seq, limit), maxBytes).map(toMessage),
    /** The message stored under a client id, or undefined. */
    messageByClientId: async (conversationId, id) => {
      const row = q.messageByClientId.get(conversationId, id);
      return row && toMessage(row);
    },
    /** The conversation's reference number for a left message: eight digits, made once. */
    async reference(conversationId) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        try {
          q.setReference.run(newReference(), conversationId);
          break;
        } catch (error) {
          if (!String(error.message).includes('UNIQUE')) throw error;
        }
      }
      return q.byId.get(conversationId).reference;
    },
    markDelivered: async (conversationId, seq) => {
      q.setDelivered.run(seq, conversationId);
    },
    assign: async (conversationId, agent) => {
      q.setAgent.run(agent, conversationId);
    },
    recentConversations: async (limit = 50) => q.recent.all(limit),
    /** Conversations by id (the agents' queue). */
    conversationsByIds: async (ids) => (ids.length ? q.waiting.all(JSON.stringify(ids)) : []),
    /** Attachments a conversation holds: `{ count, bytes }` (for its quota). */
    attachmentUse: async (conversationId) => q.attachmentUse.get(conversationId),
    /** Retention: deletes what has been idle since `cutoff` (ISO time), 500 at a time; returns the ids deleted. */
    deleteIdleSince: async (cutoff) => deleteIdleSince(cutoff),
    // ---- agent accounts (passwords arrive hashed: see accounts.mjs) ----
    addAgent: async ({ name, role, passwordHash }) => {
      q.insertAgent.run(name, role, passwordHash, now());
    },
    findAgent: async (name) => q.agentByName.get(name),
    listAgents: async () => q.agentList.all(),
    /** Disables (ending every session) or enables an agent; false when there is no such agent. */
    async setAgentDisabled(name, disabled) {
      const { changes } = q.setAgentDisabled.run(disabled ? 1 : 0, name);
      if (disabled) q.deleteAgentSessions.run(name);
      return changes > 0;
    },
    /** A new password ends every session the agent holds: one taken with a leaked password too. */
    setAgentPassword: async (name, passwordHash) => setAgentPassword(name, passwordHash),
    createSession: async (tokenHash, agentId, expiresAt) => {
      q.insertSession.run(tokenHash, agentId, expiresAt);
    },
    /** The enabled agent a live session belongs to, or undefined. */
    agentBySession: async (tokenHash) => q.session.get(tokenHash, now()),
    deleteSession: async (tokenHash) => {
      q.deleteSession.run(tokenHash);
    },
    deleteExpiredSessions: async () => {
      q.deleteExpiredSessions.run(now());
    },
    // ---- failed sign-ins per key (agent name, client address): see signInThrottle ----
    signInFailures: async (key) => q.signInFailures.get(key),
    recordSignInFailure: async (key, atMs) => {
      q.recordSignInFailure.run(key, atMs);
    },
    reserveSignIn: async (key, atMs, { free, baseDelayMs, maxDelayMs }) => Boolean(q.reserveSignIn.get({ key, at: atMs, free, baseDelayMs, maxDelayMs })),
    releaseSignIn: async (key) => {
      q.releaseSignIn.run(key);
    },
    clearSignInFailures: async (key) => {
      q.clearSignInFailures.run(key);
    },
    // ---- addresses each agent signed in from (see createSignIn) ----
    rememberSignIn: async (name, address, atMs, forgetBeforeMs) => {
      q.rememberSignIn.run(name, address, atMs);
      q.forgetSignIns.run(forgetBeforeMs);
    },
    signedInFrom: async (name, address, sinceMs) => Boolean(q.signedInFrom.get(name, address, sinceMs)),
    forgetSignInFailuresBefore: async (atMs) => {
      q.forgetSignInFailures.run(atMs);
    },
    // ---- audit log: who opened and answered which conversation ----
    audit: async (agent, action, conversationId = null) => {
      q.insertAudit.run(now(), agent, action, conversationId);
    },
    /** The latest `limit` entries, newest first: `{ at, agent, action, conversation }`. */
    auditLog: async (limit = 200) => q.audit.all(limit),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** One process: no other process to tell, nothing ever missed, so nothing to resync. */
    broadcast: async () => {},
    onBroadcast: () => () => {},
    onResync: () => () => {},
    ping: async () => db.prepare('SELECT 1').get(),
    close: async () => db.close(),
  };
}
