// Messages on PostgreSQL. One message is stored by one statement (one round trip, one commit):
// it bumps the conversation's last_seq, inserts the row under that number and sends the NOTIFY.
// - Gap-free: `last_seq = last_seq + 1` locks the conversation row until the statement commits,
//   so appends to one conversation take turns across all processes; a statement that fails (or
//   whose process dies) rolls its number back with it.
// - Once per client id: a repeat finds the stored row and bumps nothing. Two copies racing each
//   other both pass that check, but the second insert breaks UNIQUE (conversation_id, client_id),
//   its whole statement rolls back, and the retry finds the stored row.
// - The NOTIFY is part of the statement's transaction: it goes out only if the row was committed,
//   and in commit order, which for one conversation is seq order.
// - An attachment's bytes go to the attachments table in the same statement (under a random id
//   the message row names), so the row and its notification stay small.
import { randomBytes } from 'node:crypto';
import { withinQuota } from '../../attachments.mjs';
import { extraColumn, fileEntry, fitBytes, toMessage as rowToMessage, withFile } from '../rows.mjs';
import { all, one, UNIQUE_VIOLATION } from './db.mjs';
import { CHANNEL, MAX_PAYLOAD } from './notify.mjs';

const APPEND = `
WITH existing AS (
  SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2
), bumped AS (
  UPDATE conversations SET last_seq = last_seq + 1, updated_at = $6
  WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM existing)
  RETURNING last_seq
), filed AS (
  INSERT INTO attachments (id, conversation_id, name, type, size, data, created_at)
  SELECT $7, $1, $8, $9, $10, $11, $6 FROM bumped WHERE $7::text IS NOT NULL
), inserted AS (
  INSERT INTO messages (conversation_id, seq, client_id, sender, text, extra, created_at)
  SELECT $1, last_seq, $2, $3, $4, $5, $6 FROM bumped
  RETURNING *
), notified AS (
  -- The whole row when it fits in a notification, else only where to read it.
  SELECT pg_notify('${CHANNEL}', CASE
    WHEN octet_length(json_build_object('c', $1::int, 'row', row_to_json(inserted))::text) <= ${MAX_PAYLOAD}
      THEN json_build_object('c', $1::int, 'row', row_to_json(inserted))::text
    ELSE json_build_object('c', $1::int, 'seq', inserted.seq)::text
  END) FROM inserted
)
SELECT inserted.*, false AS duplicate FROM inserted, (SELECT count(*) FROM notified) AS sent
UNION ALL
SELECT existing.*, true AS duplicate FROM existing`;

const USE = 'SELECT count(*)::int AS count, COALESCE(sum(size), 0)::bigint::float8 AS bytes FROM attachments WHERE conversation_id = $1';

/** What appendUnderQuota answers when the file does not fit. */
const OVER_QUOTA = Symbol('over quota');

export function messageMethods(pool) {
  /**
   * APPEND for a file under its conversation's quota, in one transaction that first takes the
   * conversation's row: appends to it wait their turn, and what this one then reads (a new
   * snapshot each statement) holds the files they committed. Checked outside, files sent at
   * once from many sockets (or processes) all passed before any was stored: 32 against 20.
   */
  async function appendUnderQuota(conversationId, clientId, size, quota, params) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
      // A repeat of a stored message is answered as stored, whatever the quota says now.
      const repeat = await one(client, 'SELECT 1 AS found FROM messages WHERE conversation_id = $1 AND client_id = $2', [conversationId, clientId]);
      if (!repeat && !withinQuota(size, await one(client, USE, [conversationId]), quota)) {
        await client.query('ROLLBACK');
        return OVER_QUOTA;
      }
      const row = await one(client, APPEND, params);
      await client.query('COMMIT');
      return row;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Rows as the protocol sends them, each attachment read from its table (one query for all). */
  async function toMessages(rows) {
    const messages = rows.map(rowToMessage);
    const ids = messages.map((m) => m.attachment?.id).filter(Boolean);
    if (!ids.length) return messages;
    const files = new Map((await all(pool, 'SELECT * FROM attachments WHERE id = ANY($1::text[])', [ids])).map((file) => [file.id, file]));
    return messages.map((m) => (m.attachment?.id ? withFile(m, files.get(m.attachment.id)) : m));
  }
  const toMessage = async (row) => (await toMessages([row]))[0];

  async function append(conversationId, { id, from, text, extra }, { quota } = {}) {
    const file = extra?.attachment ? fileEntry(randomBytes(16).toString('hex'), extra.attachment) : undefined;
    const stored = file ? { ...extra, attachment: file } : extra;
    const fileColumns = file ? [file.id, file.name, file.type, file.size, extra.attachment.data] : [null, null, null, null, null];
    for (let attempt = 0; ; attempt += 1) {
      try {
        const params = [conversationId, id, from, text, extraColumn(stored), new Date().toISOString(), ...fileColumns];
        const row = file && quota ? await appendUnderQuota(conversationId, id, file.size, quota, params) : await one(pool, APPEND, params);
        if (row === OVER_QUOTA) return { refused: 'quota' };
        if (!row) throw new Error(`no conversation ${conversationId}`);
        return { message: await toMessage(row), duplicate: row.duplicate };
      } catch (error) {
        // The same message raced itself in (two tabs, a resend): the next attempt finds it.
        if (error.code !== UNIQUE_VIOLATION || attempt > 2) throw error;
      }
    }
  }

  return {
    append,
    toMessage,
    /** Messages after `seq`, oldest first, at most `limit` (-1: all) and `maxBytes` as frames (replay goes page by page). */
    messagesAfter: async (conversationId, seq = 0, limit = -1, maxBytes = Infinity) =>
      toMessages(
        fitBytes(
          await all(pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [
            conversationId,
            seq,
            limit < 0 ? null : limit,
          ]),
          maxBytes,
        ),
      ),
    messageByClientId: async (conversationId, id) => {
      const row = await one(pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2', [conversationId, id]);
      return row && toMessage(row);
    },
    messageAt: async (conversationId, seq) => {
      const row = await one(pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND seq = $2', [conversationId, seq]);
      return row && toMessage(row);
    },
    /** Attachments a conversation holds: `{ count, bytes }` (for its quota). */
    attachmentUse: (conversationId) => one(pool, USE, [conversationId]),
  };
}
