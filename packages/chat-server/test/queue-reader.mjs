// An agent working through the queue as a person does: each conversation that appears is opened,
// one at a time, the next once the previous one's history is in; what the agent got of each
// (history, then live messages) is recorded. An open refused by the connection's rate limit
// (15 frames a second after a burst of 30) is sent again after a pause, as the agent console
// would: on a fast machine conversations can appear faster than that, and an open left refused
// would leave every conversation after it unopened.

/**
 * @param {{ socket: import('ws').WebSocket, send: Function }} agent A signed-in raw client.
 * @param {{ retryMs?: number }} [options] The first wait after a refusal.
 */
export function readEveryConversation(agent, { retryMs = 100 } = {}) {
  /** conversation -> seqs in the order the agent got them */
  const seen = new Map();
  const toOpen = [];
  /** Every error frame the agent got (rate-limited opens included). */
  const errors = [];
  let opening;
  let openedAt;
  let retry;
  let refusedInARow = 0;

  const open = (conversation) => {
    opening = conversation;
    openedAt = Date.now();
    agent.send({ type: 'open', conversation });
  };
  const openNext = () => {
    if (opening === undefined && toOpen.length) open(toOpen.shift());
  };

  agent.socket.on('message', (data) => {
    const frame = JSON.parse(String(data));
    if (frame.type === 'queue') {
      for (const item of frame.items) {
        if (seen.has(item.conversation)) continue;
        seen.set(item.conversation, []);
        toOpen.push(item.conversation);
      }
    }
    if (frame.type === 'history') {
      seen.get(frame.conversation).push(...frame.messages.map((m) => m.seq));
      if (frame.conversation === opening) {
        opening = undefined;
        refusedInARow = 0;
      }
    }
    if (frame.type === 'message') seen.get(frame.conversation)?.push(frame.seq);
    if (frame.type === 'error') {
      errors.push(frame);
      // Refused, not answered late: no history will come for this open, so it is sent again.
      // Each refusal in a row waits twice as long, so the retries never feed the limit.
      if (frame.code === 'rate-limited' && frame.conversation === opening) {
        refusedInARow += 1;
        retry = setTimeout(() => open(frame.conversation), retryMs * 2 ** Math.min(refusedInARow - 1, 5));
        return;
      }
    }
    openNext();
  });

  return {
    seen,
    errors,
    /** What the agent is doing now, for a failure message. */
    describe: () =>
      `${opening === undefined ? 'no open outstanding' : `open of ${opening} unanswered for ${Date.now() - openedAt} ms`}, ${toOpen.length} to open, errors ${JSON.stringify(errors.slice(-5))}`,
    stop: () => clearTimeout(retry),
  };
}
