// The audit log on PostgreSQL: who opened and answered which conversation (no message content).
import { all } from './db.mjs';

export function auditMethods(pool) {
  return {
    async audit(agent, action, conversationId = null) {
      await pool.query('INSERT INTO audit_log (at, agent, action, conversation_id) VALUES ($1, $2, $3, $4)', [
        new Date().toISOString(),
        agent,
        action,
        conversationId,
      ]);
    },
    /** The latest `limit` entries, newest first: `{ at, agent, action, conversation }`. */
    auditLog: (limit = 200) => all(pool, 'SELECT at, agent, action, conversation_id AS conversation FROM audit_log ORDER BY id DESC LIMIT $1', [limit]),
  };
}
