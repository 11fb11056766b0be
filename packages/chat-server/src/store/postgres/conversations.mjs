// Conversations on PostgreSQL: tokens (expiring, revocable), profiles, references, delivery
// marks, the agent queue.
import { hashToken, newReference } from '../tokens.mjs';
import { all, one, UNIQUE_VIOLATION } from './db.mjs';

const now = () => new Date().toISOString();

export function conversationMethods(pool) {
  const byId = (id) => one(pool, 'SELECT * FROM conversations WHERE id = $1', [id]);
  return {
    /** The conversation a live (unexpired, unrevoked) token opens, or undefined. */
    findByToken: async (token) =>
      typeof token === 'string' && token
        ? one(pool, 'SELECT * FROM conversations WHERE token_hash = $1 AND (token_expires_at IS NULL OR token_expires_at > $2)', [hashToken(token), now()])
        : undefined,
    findById: byId,
    /** Stores a new conversation under `token` (kept hashed only); `expiresAt`: when the token stops opening it. */
    async createConversation({ token, name = '', topic = '', lang = 'mn', expiresAt = null }) {
      const at = now();
      return one(
        pool,
        `INSERT INTO conversations (token_hash, name, topic, lang, created_at, updated_at, token_expires_at)
         VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING *`,
        [hashToken(token), name, topic, lang, at, expiresAt],
      );
    },
    async extendToken(id, expiresAt) {
      await pool.query('UPDATE conversations SET token_expires_at = $1 WHERE id = $2 AND token_expires_at IS NOT NULL', [expiresAt, id]);
    },
    /** The token stops opening the conversation; agents still see it until retention ends. */
    async revokeToken(id) {
      await pool.query(`UPDATE conversations SET token_hash = 'revoked:' || id, token_expires_at = $1 WHERE id = $2`, [now(), id]);
    },
    async updateProfile(id, { name, topic, lang }) {
      await pool.query('UPDATE conversations SET name = $1, topic = $2, lang = $3 WHERE id = $4', [name, topic, lang, id]);
    },
    async reference(conversationId) {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        try {
          await pool.query('UPDATE conversations SET reference = $1 WHERE id = $2 AND reference IS NULL', [newReference(), conversationId]);
          break;
        } catch (error) {
          if (error.code !== UNIQUE_VIOLATION) throw error;
        }
      }
      return (await byId(conversationId))?.reference;
    },
    async markDelivered(conversationId, seq) {
      await pool.query('UPDATE conversations SET delivered_seq = GREATEST(delivered_seq, $1) WHERE id = $2', [seq, conversationId]);
    },
    async assign(conversationId, agent) {
      await pool.query('UPDATE conversations SET agent = $1 WHERE id = $2', [agent, conversationId]);
    },
    recentConversations: (limit = 50) =>
      all(
        pool,
        `SELECT c.*, (SELECT MIN(created_at) FROM messages m WHERE m.conversation_id = c.id AND m.sender = 'user') AS first_at
         FROM conversations c WHERE c.last_seq > 0 ORDER BY c.id DESC LIMIT $1`,
        [limit],
      ),
    /** Conversations by id (the agents' queue), in any order. */
    conversationsByIds: async (ids) => (ids.length ? all(pool, 'SELECT * FROM conversations WHERE id = ANY($1::int[])', [ids]) : []),
  };
}
