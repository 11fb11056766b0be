const warned = new Set<string>();

/**
 * Warns once per distinct message: a bad value repeated in a thousand cards is one line in
 * the console, not a thousand.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[ger] ${message}`);
}
