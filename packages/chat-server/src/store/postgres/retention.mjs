// Retention on PostgreSQL: conversations idle since a cutoff go, with their messages and files.
import { all } from './db.mjs';

/** At most this many conversations per call, so one sweep never holds locks for long. */
const BATCH = 500;

// One statement, one transaction. SKIP LOCKED: two processes sweeping at once take different
// conversations, and one being written to right now waits for the next sweep.
const DELETE_IDLE = `
WITH doomed AS (
  SELECT id FROM conversations WHERE COALESCE(updated_at, created_at) < $1
  ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
), files AS (
  DELETE FROM attachments WHERE conversation_id IN (SELECT id FROM doomed)
), lines AS (
  DELETE FROM messages WHERE conversation_id IN (SELECT id FROM doomed)
)
DELETE FROM conversations WHERE id IN (SELECT id FROM doomed) RETURNING id`;

export function retentionMethods(pool) {
  return {
    /** Deletes up to 500 conversations idle since before `cutoff` (ISO time); returns their ids. */
    deleteIdleSince: async (cutoff) => (await all(pool, DELETE_IDLE, [cutoff])).map((row) => row.id),
  };
}
