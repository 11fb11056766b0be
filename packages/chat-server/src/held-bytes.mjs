/**
 * What the server holds in memory for a client's sockets: bytes sent but not yet taken (a socket's
 * `bufferedAmount`) and frames received that wait behind the one being handled (behind a replay,
 * say). A client that stops reading would make the server hold everything sent to it: every
 * message of its conversation, copied into each of its sockets, and every frame it sends behind a
 * replay it never takes. So each socket and each client address has a ceiling. Over the socket's,
 * that socket is closed; over the address's, its sockets that hold the most are, so that a
 * neighbour at the same address who reads keeps their place. A client that reads again loses
 * nothing: it resumes with a replay from its last message and sends again what was not
 * acknowledged.
 *
 * A signed-in agent's socket is counted by socket only (`remove` it from its address): staff often
 * share one office address.
 */

/** What a waiting frame costs beyond its bytes (the parsed object, its promise). */
export const FRAME_OVERHEAD = 256;

/**
 * @param {{ socketBytes: number, addressBytes: number, close: (socket: object) => void }} options
 *   `close` ends a socket that holds too much (its `close` event then calls `remove`).
 */
export function createHeldBytes({ socketBytes, addressBytes, close }) {
  /** address -> Set of the citizens' sockets from it */
  const byAddress = new Map();
  const heldBy = (socket) => socket.bufferedAmount + socket.state.waitingBytes;

  /**
   * Closes the sockets of `sockets` that hold the most until, with `more` for `socket`, they hold
   * no more than the address's ceiling. A socket that holds nothing is never closed: one that
   * reads, and whose frames are handled as they come, keeps its place (one frame to it always
   * goes, however large). Returns whether `socket` was closed.
   */
  function trim(sockets, socket, more) {
    let total = more;
    for (const each of sockets) total += heldBy(each);
    if (total <= addressBytes) return false;
    const holding = [...sockets].filter((each) => heldBy(each) > 0).sort((a, b) => heldBy(b) - heldBy(a));
    let closedIt = false;
    for (const each of holding) {
      if (total <= addressBytes) break;
      total -= heldBy(each) + (each === socket ? more : 0);
      closedIt ||= each === socket;
      closeHolding(each);
    }
    return closedIt;
  }

  /** Closes `socket`, and counts it no more (its `close` event comes later). */
  function closeHolding(socket) {
    byAddress.get(socket.state.address)?.delete(socket);
    close(socket);
  }

  return {
    /** Counts `socket` (its `state` has `address` and `waitingBytes`) with its address. */
    add(socket) {
      const { address } = socket.state;
      if (!byAddress.has(address)) byAddress.set(address, new Set());
      byAddress.get(address).add(socket);
    },
    remove(socket) {
      const sockets = byAddress.get(socket.state.address);
      sockets?.delete(socket);
      if (sockets?.size === 0) byAddress.delete(socket.state.address);
    },
    /**
     * Whether `more` bytes may be held for `socket` (a frame to send, or one received to wait its
     * turn). When not, `socket` has been closed; others of its address may have been closed for it.
     */
    admit(socket, more) {
      const own = heldBy(socket);
      if (own > 0 && own + more > socketBytes) {
        closeHolding(socket);
        return false;
      }
      const sockets = byAddress.get(socket.state.address);
      return !(sockets?.has(socket) && trim(sockets, socket, more));
    },
    /** Closes what holds too much, though nothing more came for it (the server's heartbeat). */
    sweep(sockets) {
      for (const socket of sockets) if (socket.state && heldBy(socket) > socketBytes) closeHolding(socket);
      for (const address of byAddress.values()) trim(address, undefined, 0);
    },
  };
}
