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

/**
 * A message whose `attachment` names a stored file ({ id, ... }) as the protocol sends it: the
 * file's `{ name, type, size, data: base64 }`, or the name marked `gone` when retention took it.
 */
export const withFile = (message, file) => ({
  ...message,
  attachment: file
    ? { name: file.name, type: file.type, size: file.size, data: Buffer.from(file.data).toString('base64') }
    : { ...message.attachment, gone: true },
});

/** A new attachment's random id, and the reference to it kept in the message row. */
export const fileEntry = (id, { name, type, data }) => ({ id, name, type, size: data.length });

/** About the bytes a stored row takes as a frame, its file as base64 included, without reading the file. */
const frameBytes = (row) => {
  const size = row.extra ? (JSON.parse(row.extra).attachment?.size ?? 0) : 0;
  return 200 + (row.text?.length ?? 0) + (row.extra?.length ?? 0) + Math.ceil(size / 3) * 4;
};

/** The first rows that fit in `maxBytes` as frames, and always the first row: a page sized by bytes. */
export function fitBytes(rows, maxBytes = Infinity) {
  let total = 0;
  let count = 0;
  for (const row of rows) {
    total += frameBytes(row);
    if (count && total > maxBytes) break;
    count += 1;
  }
  return count === rows.length ? rows : rows.slice(0, count);
}
