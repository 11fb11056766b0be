// Agent accounts, their sessions and failed sign-ins on PostgreSQL (passwords arrive hashed: ../../accounts.mjs).
import { all, one } from './db.mjs';

const now = () => new Date().toISOString();

// Disabling an agent ends every session they hold, in the same statement.
const SET_DISABLED = `
WITH changed AS (
  UPDATE agents SET disabled = $1 WHERE name = $2 RETURNING id
), ended AS (
  DELETE FROM agent_sessions WHERE $1 = 1 AND agent_id IN (SELECT id FROM changed)
)
SELECT count(*)::int AS found FROM changed`;

// A new password ends every session the agent holds (one taken with a leaked password too), in the same statement.
const SET_PASSWORD = `
WITH changed AS (
  UPDATE agents SET password_hash = $1 WHERE name = $2 RETURNING id
), ended AS (
  DELETE FROM agent_sessions WHERE agent_id IN (SELECT id FROM changed)
)
SELECT count(*)::int AS found FROM changed`;

export function accountMethods(pool) {
  return {
    async addAgent({ name, role, passwordHash }) {
      await pool.query('INSERT INTO agents (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)', [name, role, passwordHash, now()]);
    },
    findAgent: (name) => one(pool, 'SELECT * FROM agents WHERE name = $1', [name]),
    // COLLATE "C": the byte order SQLite uses, whatever the database's locale.
    listAgents: () => all(pool, 'SELECT id, name, role, disabled, created_at FROM agents ORDER BY name COLLATE "C"'),
    /** Disables (ending every session) or enables an agent; false when there is no such agent. */
    setAgentDisabled: async (name, disabled) => (await one(pool, SET_DISABLED, [disabled ? 1 : 0, name])).found > 0,
    /** Sets an agent's password hash, ending every session they hold; false when there is no such agent. */
    setAgentPassword: async (name, passwordHash) => (await one(pool, SET_PASSWORD, [passwordHash, name])).found > 0,
    async createSession(tokenHash, agentId, expiresAt) {
      await pool.query('INSERT INTO agent_sessions (token_hash, agent_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, agentId, expiresAt]);
    },
    /** The enabled agent a live session belongs to, or undefined. */
    agentBySession: (tokenHash) =>
      one(
        pool,
        `SELECT a.* FROM agent_sessions s JOIN agents a ON a.id = s.agent_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled = 0`,
        [tokenHash, now()],
      ),
    async deleteSession(tokenHash) {
      await pool.query('DELETE FROM agent_sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteExpiredSessions() {
      await pool.query('DELETE FROM agent_sessions WHERE expires_at <= $1', [now()]);
    },
    // Failed sign-ins per key: one upsert each, so processes counting at once never lose a failure.
    signInFailures: (key) => one(pool, 'SELECT count, last_ms AS last FROM sign_in_failures WHERE key = $1', [key]),
    async recordSignInFailure(key, atMs) {
      await pool.query(
        `INSERT INTO sign_in_failures (key, count, last_ms) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET count = sign_in_failures.count + 1, last_ms = excluded.last_ms`,
        [key, atMs],
      );
    },
    /**
     * Counts an attempt unless the key must wait (the rule of signInThrottle), in one statement:
     * the row is locked while its count is checked, so attempts at once cannot all pass.
     */
    async reserveSignIn(key, atMs, { free, baseDelayMs, maxDelayMs }) {
      const result = await pool.query(
        `INSERT INTO sign_in_failures AS f (key, count, last_ms) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET count = f.count + 1, last_ms = excluded.last_ms
         WHERE f.count < $3 OR f.last_ms + LEAST($5, $4 * power(2, LEAST(f.count - $3, 40))) <= excluded.last_ms`,
        [key, atMs, free, baseDelayMs, maxDelayMs],
      );
      return result.rowCount > 0;
    },
    async releaseSignIn(key) {
      await pool.query('UPDATE sign_in_failures SET count = count - 1 WHERE key = $1 AND count > 0', [key]);
    },
    async clearSignInFailures(key) {
      await pool.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
    },
    // Addresses each agent signed in from (see createSignIn).
    async rememberSignIn(name, address, atMs, forgetBeforeMs) {
      await pool.query(
        `INSERT INTO known_sign_ins (agent_name, address, last_ms) VALUES ($1, $2, $3)
         ON CONFLICT (agent_name, address) DO UPDATE SET last_ms = excluded.last_ms`,
        [name, address, atMs],
      );
      await pool.query('DELETE FROM known_sign_ins WHERE last_ms < $1', [forgetBeforeMs]);
    },
    signedInFrom: async (name, address, sinceMs) =>
      Boolean(await one(pool, 'SELECT 1 AS known FROM known_sign_ins WHERE agent_name = $1 AND address = $2 AND last_ms >= $3', [name, address, sinceMs])),
    async forgetSignInFailuresBefore(atMs) {
      await pool.query('DELETE FROM sign_in_failures WHERE last_ms < $1', [atMs]);
    },
  };
}
