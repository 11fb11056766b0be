// Retention: conversations (with their messages and attachments) idle longer than the period
// are deleted, and expired agent sessions with them. Runs at start and then every hour.
const HOUR_MS = 3_600_000;

/** `onDeleted(ids)`: told each batch deleted, so the server lets go of those conversations at once. */
export function startRetention(store, { retentionDays = 30, logger, everyMs = HOUR_MS, onDeleted } = {}) {
  async function sweep() {
    try {
      const cutoff = new Date(Date.now() - retentionDays * 24 * HOUR_MS).toISOString();
      let deleted = 0;
      // In batches, so a large backlog never holds the database for long.
      for (let batch = await store.deleteIdleSince(cutoff); batch.length; batch = await store.deleteIdleSince(cutoff)) {
        deleted += batch.length;
        onDeleted?.(batch);
      }
      await store.deleteExpiredSessions();
      if (deleted) logger?.info('retention', { deleted });
      return deleted;
    } catch (error) {
      logger?.warn('retention failed', { error: error.message });
      return 0;
    }
  }
  const timer = setInterval(sweep, everyMs);
  timer.unref();
  const first = sweep();
  return { sweep, first, stop: () => clearInterval(timer) };
}
