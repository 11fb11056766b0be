// Starts Ger's reference chat server (packages/chat-server) on 127.0.0.1 for the browser tests,
// and gives them a few commands through executeServerCommand:
//   ger-chat-server      -> { url, agentUrl, agent, smallUrl } (agent: { name, password } of an
//                           agent account; smallUrl: a server with a
//                           20-character message limit, for the oversized-message test)
//   ger-chat-drop        -> ends every open connection, as a network failure would
//   ger-chat-stored      -> { token } -> the messages stored for that conversation ([] if none)
//   ger-chat-malformed   -> how many malformed frames the server has logged
import { addAgent, createChatServer } from '../packages/chat-server/src/index.mjs';

const AGENT = { name: 'Сараа', password: 'test-agent-password' };

export function chatServerPlugin() {
  const entries = [];
  const logger = { info: () => {}, warn: (message, fields) => entries.push({ message, ...fields }) };
  let server;
  let small;
  return {
    name: 'ger-chat-server',
    async serverStart() {
      const options = { allowedOrigins: ['*'], logger, rateLimit: { burst: 200, perSecond: 100 }, conversationRate: { burst: 1000, perSecond: 100 } };
      server = await createChatServer(options);
      await addAgent(server.store, AGENT);
      small = await createChatServer({ ...options, maxTextLength: 20 });
    },
    async serverStop() {
      await server?.close();
      await small?.close();
    },
    async executeCommand({ command, payload }) {
      if (!command.startsWith('ger-chat-')) return undefined;
      if (command === 'ger-chat-server') return { url: server.url, agentUrl: server.agentUrl, agent: AGENT, smallUrl: small.url };
      if (command === 'ger-chat-drop') {
        for (const socket of [...server.sockets(), ...small.sockets()]) socket.terminate();
        return true;
      }
      if (command === 'ger-chat-stored') {
        const conversation = await server.store.findByToken(payload?.token);
        // [] when the token opens nothing (never stored, expired or revoked): null would read as "unknown command".
        return conversation ? await server.store.messagesAfter(conversation.id, 0) : [];
      }
      if (command === 'ger-chat-malformed') return entries.filter((e) => e.message === 'malformed frame').length;
      return undefined;
    },
  };
}
