// Row shapes shared by every store, so SQLite and PostgreSQL hand the server the same objects.

/** A stored message row as the protocol sends it. */
export const toMessage = (row) => ({
  id: row.client_id,
  seq: row.seq,
  from: row.sender,
  text: row.text,
  at: row.created_at,
  ...(row.extra ? JSON.parse(row.extra) : {}),
});

/** The `extra` column: protocol fields beyond id, seq, from, text and at, as JSON (or null). */
export const extraColumn = (extra) => (extra && Object.keys(extra).length ? JSON.stringify(extra) : null);
