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
import { extraColumn, toMessage } from '../rows.mjs';
import { all, one, UNIQUE_VIOLATION } from './db.mjs';
import { CHANNEL, MAX_PAYLOAD } from './notify.mjs';

const APPEND = `
WITH existing AS (
  SELECT * FROM messages WHERE conversation_id = $1 AND client_id = $2
), bumped AS (
  UPDATE conversations SET last_seq = last_seq + 1
  WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM existing)
  RETURNING last_seq
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

export function messageMethods(pool) {
  async function append(conversationId, { id, from, text, extra }) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const row = await one(pool, APPEND, [conversationId, id, from, text, extraColumn(extra), new Date().toISOString()]);
        if (!row) throw new Error(`no conversation ${conversationId}`);
        return { message: toMessage(row), duplicate: row.duplicate };
      } catch (error) {
        // The same message raced itself in (two tabs, a resend): the next attempt finds it.
        if (error.code !== UNIQUE_VIOLATION || attempt > 2) throw error;
      }
    }
  }

  return {
    append,
    messagesAfter: async (conversationId, seq = 0) =>
      (await all(pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND seq > $2 ORDER BY seq', [conversationId, seq])).map(toMessage),
    messageAt: async (conversationId, seq) => {
      const row = await one(pool, 'SELECT * FROM messages WHERE conversation_id = $1 AND seq = $2', [conversationId, seq]);
      return row && toMessage(row);
    },
  };
}
