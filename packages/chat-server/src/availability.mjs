// Who can answer: agents online or away, the queue of conversations no agent has opened yet,
// and what each waiting user is told (online, busy with a place in the queue, or offline).
// `remote()` adds what the other server processes report (./presence.mjs): none by default.
const NOBODY_ELSE = () => ({ online: 0, free: 0, claimed: new Map() });

export function createAvailability({ capacity = 3, remote = NOBODY_ELSE } = {}) {
  /** agent socket -> { name, status, open: Set<conversationId>, current: the one last opened or answered } */
  const agents = new Map();
  /** conversationId -> time of the first unanswered user message; insertion order is the queue. */
  const waiting = new Map();
  /** conversationId -> agent name */
  const claimed = new Map();
  /** The latest waiting time put in the queue: one earlier than it is put in its place, not last. */
  let latest = -Infinity;

  const online = () => [...agents.values()].filter((agent) => agent.status === 'online');

  return {
    agents,
    waiting,
    claimed,
    addAgent: (socket, name) => agents.set(socket, { name, status: 'online', open: new Set() }),
    /**
     * The agent's console has gone: what it held and no other agent here holds is let go. Returns
     * those conversations; the caller puts each whose citizen waits for an answer back in the
     * queue (`wait`, at its place by waiting time): that needs the store.
     */
    removeAgent(socket) {
      const agent = agents.get(socket);
      agents.delete(socket);
      if (!agent) return [];
      const released = [...agent.open].filter((id) => ![...agents.values()].some((a) => a.open.has(id)));
      for (const id of released) claimed.delete(id);
      return released;
    },
    /**
     * Puts a conversation in the queue (unless queued or claimed) at its place by `since`: at the
     * end for a new one, ahead of those that came later for one an agent let go. True if added.
     */
    wait(conversationId, since = Date.now()) {
      if (claimed.has(conversationId) || waiting.has(conversationId)) return false;
      if (since >= latest) {
        waiting.set(conversationId, since);
        latest = since;
        return true;
      }
      // Rare (a conversation let go unanswered), so the queue is rebuilt in order: O(queue).
      const entries = [...waiting];
      const at = entries.findIndex(([, time]) => time > since);
      entries.splice(at < 0 ? entries.length : at, 0, [conversationId, since]);
      waiting.clear();
      for (const [id, time] of entries) waiting.set(id, time);
      return true;
    },
    /**
     * An agent answered (on this process or another): it waits no more. Another process's agent
     * takes it out of that process's queue only; without this it stayed here for good.
     */
    answered: (conversationId) => waiting.delete(conversationId),
    /** A conversation the user ended: out of the queue and off every agent's list. */
    forget(conversationId) {
      waiting.delete(conversationId);
      claimed.delete(conversationId);
      for (const agent of agents.values()) agent.open.delete(conversationId);
    },
    claim(conversationId, socket) {
      const agent = agents.get(socket);
      if (!agent) return;
      agent.open.add(conversationId);
      agent.current = conversationId;
      claimed.set(conversationId, agent.name);
      waiting.delete(conversationId);
    },
    /** The agent follows a conversation another agent holds (a supervisor looking in). */
    watch(conversationId, socket) {
      const agent = agents.get(socket);
      agent?.open.add(conversationId);
      if (agent) agent.current = conversationId;
    },
    /** `[socket, conversationId]` of each conversation an agent has open besides the one in front of them. */
    heldInBackground: () => [...agents].flatMap(([socket, agent]) => [...agent.open].filter((id) => id !== agent.current).map((id) => [socket, id])),
    /** The agent lets go of a conversation; true when no agent here holds it any more. */
    release(conversationId, socket) {
      agents.get(socket)?.open.delete(conversationId);
      if ([...agents.values()].some((agent) => agent.open.has(conversationId))) return false;
      claimed.delete(conversationId);
      return true;
    },
    anyoneOnline: () => online().length > 0 || remote().online > 0,
    /** This process's agents, as ./presence.mjs tells the other processes. */
    summary: () => ({
      online: online().length,
      free: online().reduce((sum, agent) => sum + Math.max(0, capacity - agent.open.size), 0),
      claimed: [...claimed],
    }),
    /** The agent who has `conversationId` open, here or in another process, or undefined. */
    claimedBy: (conversationId) => claimed.get(conversationId) ?? remote().claimed.get(conversationId),
    /**
     * What each user is told, from one look at agents, queue and the other processes:
     * `statusOf(conversationId)` is then constant time (a conversation not yet stored or queued
     * counts as the next to wait).
     */
    snapshot() {
      const here = online();
      const elsewhere = remote();
      const free = here.reduce((sum, agent) => sum + Math.max(0, capacity - agent.open.size), 0) + elsewhere.free;
      const positions = new Map();
      let position = 0;
      for (const id of waiting.keys()) if (!elsewhere.claimed.has(id)) positions.set(id, (position += 1));
      return {
        statusOf(conversationId) {
          if (!here.length && !elsewhere.online) return { status: 'offline' };
          if (claimed.has(conversationId) || elsewhere.claimed.has(conversationId)) return { status: 'online' };
          const place = positions.get(conversationId) ?? position + 1;
          return place <= free ? { status: 'online' } : { status: 'busy', queue: place - free };
        },
      };
    },
  };
}
