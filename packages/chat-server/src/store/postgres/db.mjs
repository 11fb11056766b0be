// Small helpers over a pg Pool that every concern file uses.

/** The first row of a query, or undefined. */
export const one = async (pool, sql, params) => (await pool.query(sql, params)).rows[0];

/** Every row of a query. */
export const all = async (pool, sql, params) => (await pool.query(sql, params)).rows;

/** PostgreSQL's code for a unique constraint that refused a row. */
export const UNIQUE_VIOLATION = '23505';
