// Conversations on PostgreSQL: tokens, profiles, references, delivery marks, the agent queue.
import { hashToken, newReference, newToken } from '../tokens.mjs';
import { all, one, UNIQUE_VIOLATION } from './db.mjs';

export function conversationMethods(pool) {
  const byId = (id) => one(pool, 'SELECT * FROM conversations WHERE id = $1', [id]);
  return {
    findByToken: async (token) => (token ? one(pool, 'SELECT * FROM conversations WHERE token_hash = $1', [hashToken(token)]) : undefined),
    findById: byId,
    async createConversation({ name = '', topic = '', lang = 'mn' } = {}) {
      const token = newToken();
      const conversation = await one(
        pool,
        'INSERT INTO conversations (token_hash, name, topic, lang, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
        [hashToken(token), name, topic, lang, new Date().toISOString()],
      );
      return { token, conversation };
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
  };
}
