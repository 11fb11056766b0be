// Who can answer: agents online or away, the queue of conversations no agent has opened yet,
// and what each waiting user is told (online, busy with a place in the queue, or offline).
// `remote()` adds what the other server processes report (./presence.mjs): none by default.
const NOBODY_ELSE = () => ({ online: 0, free: 0, claimed: new Map() });

export function createAvailability({ capacity = 3, remote = NOBODY_ELSE } = {}) {
  /** agent socket -> { name, status, open: Set<conversationId> } */
  const agents = new Map();
  /** conversationId -> time of the first unanswered user message; insertion order is the queue. */
  const waiting = new Map();
  /** conversationId -> agent name */
  const claimed = new Map();

  const online = () => [...agents.values()].filter((agent) => agent.status === 'online');

  return {
    agents,
    waiting,
    claimed,
    addAgent: (socket, name) => agents.set(socket, { name, status: 'online', open: new Set() }),
    removeAgent(socket) {
      const agent = agents.get(socket);
      agents.delete(socket);
      // Conversations that agent had open go back to the front of the queue.
      if (agent) for (const id of agent.open) if (![...agents.values()].some((a) => a.open.has(id))) claimed.delete(id);
    },
    wait(conversationId) {
      if (!claimed.has(conversationId) && !waiting.has(conversationId)) waiting.set(conversationId, Date.now());
    },
    claim(conversationId, socket) {
      const agent = agents.get(socket);
      if (!agent) return;
      agent.open.add(conversationId);
      claimed.set(conversationId, agent.name);
      waiting.delete(conversationId);
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
    /** What the user of `conversationId` is told. */
    statusOf(conversationId) {
      const here = online();
      const elsewhere = remote();
      if (!here.length && !elsewhere.online) return { status: 'offline' };
      if (claimed.has(conversationId) || elsewhere.claimed.has(conversationId)) return { status: 'online' };
      const free = here.reduce((sum, agent) => sum + Math.max(0, capacity - agent.open.size), 0) + elsewhere.free;
      const queue = [...waiting.keys()].filter((id) => !elsewhere.claimed.has(id));
      const index = queue.indexOf(conversationId);
      const position = index === -1 ? queue.length + 1 : index + 1;
      return position <= free ? { status: 'online' } : { status: 'busy', queue: position - free };
    },
  };
}
