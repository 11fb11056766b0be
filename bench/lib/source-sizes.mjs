// What a built file is made of: its minified characters per source module, read from its source
// map, so a page's weight can be told per module (Lit, each component, the shared code).

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/**
 * Characters of `code` per source of `map` (a source map version 3): each mapped segment runs to
 * the next one on its line; what maps to no source (the import and export lines) is `(glue)`.
 */
export function sizesBySource(code, map) {
  const lines = code.split('\n');
  const sizes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const segments = line ? line.split(',').map(decodeSegment) : [];
    let column = 0;
    const starts = [];
    for (const segment of segments) {
      column += segment[0];
      if (segment.length > 1) source += segment[1];
      starts.push({ column, source: segment.length > 1 ? map.sources[source] : '(glue)' });
    }
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? lines[index]?.length ?? start.column;
      sizes.set(start.source, (sizes.get(start.source) ?? 0) + end - start.column);
    });
  });
  return sizes;
}
