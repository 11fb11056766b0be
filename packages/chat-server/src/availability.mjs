// Who can answer: agents online or away, the queue of conversations no agent has opened yet,
// and what each waiting user is told (online, busy with a place in the queue, or offline).
export function createAvailability({ capacity = 3 } = {}) {
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
    anyoneOnline: () => online().length > 0,
    /** What the user of `conversationId` is told. */
    statusOf(conversationId) {
      const here = online();
      if (!here.length) return { status: 'offline' };
      if (claimed.has(conversationId)) return { status: 'online' };
      const free = here.reduce((sum, agent) => sum + Math.max(0, capacity - agent.open.size), 0);
      const queue = [...waiting.keys()];
      const index = queue.indexOf(conversationId);
      const position = index === -1 ? queue.length + 1 : index + 1;
      return position <= free ? { status: 'online' } : { status: 'busy', queue: position - free };
    },
  };
}
