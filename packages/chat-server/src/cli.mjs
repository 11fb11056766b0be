// ger-chat-server's command line: its flags (and environment) as createChatServer's options. Kept
// apart from bin/ so a test can check each flag reaches its option without starting a process.
import { isIPv6 } from 'node:net';
import { parseArgs } from 'node:util';
import { loadCatalogue } from './catalogue.mjs';

const DAY_SECONDS = 86_400;
/** The most one message is charged against textRate (2,000 letters of 4 bytes, and its row). */
const LARGEST_MESSAGE_CHARGE = 2000 * 4 + 512;

/**
 * `host:port` (`[::1]:9464` for IPv6) as { host, port }, or undefined when it is not one. The
 * host is an address or a name; whether it can be listened on is found out at start.
 */
function hostPort(value) {
  const match = /^(?:\[([^\]]+)\]|([\w.-]+)):(\d{1,5})$/.exec(value);
  const port = Number(match?.[3]);
  if (!match || (match[1] !== undefined && !isIPv6(match[1])) || port < 1 || port > 65_535) return undefined;
  return { host: match[1] ?? match[2], port };
}

/**
 * The server's options from `args` (flags) and `env`; `values` are the flags as given. Throws an
 * Error naming the flag when one is unknown or out of range.
 */
export function serverOptions(args, env = process.env) {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: env.GER_CHAT_PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string', default: env.GER_CHAT_DB ?? 'chat.db' },
      origin: { type: 'string', multiple: true, default: [] },
      catalogue: { type: 'string' },
      'public-origin': { type: 'string' },
      'trust-proxy': { type: 'string', default: '0' },
      'retention-days': { type: 'string', default: '30' },
      'token-days': { type: 'string', default: '7' },
      'database-url': { type: 'string', default: env.GER_CHAT_DATABASE_URL },
      // Better from the environment: a flag shows in the process list.
      'metrics-token': { type: 'string', default: env.GER_CHAT_METRICS_TOKEN },
      // host:port of a listener for /metrics alone; the public one then answers /metrics with 404.
      'metrics-listen': { type: 'string', default: env.GER_CHAT_METRICS_LISTEN },
      // Raise these when many users share one address (a ministry behind NAT, a load test).
      'connections-per-address': { type: 'string', default: '100' },
      'conversations-per-address': { type: 'string', default: '60' },
      'text-bytes-at-once': { type: 'string', default: String(4 * 1024 * 1024) },
      'text-bytes-per-day': { type: 'string', default: String(16 * 1024 * 1024) },
      // Raise this for load tests that send from one conversation as fast as the server answers.
      'conversation-messages-per-minute': { type: 'string', default: '20' },
      'sockets-per-conversation': { type: 'string', default: '10' },
      'bot-reply-interval-seconds': { type: 'string', default: '10' },
      'session-check-seconds': { type: 'string', default: '10' },
      'queue-length': { type: 'string', default: '5000' },
    },
  });

  /** A whole number flag of at least `min`. */
  const count = (name, min) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number of at least ${min} (got ${values[name]})`);
    return value;
  };
  const messagesPerMinute = count('conversation-messages-per-minute', 1);
  const metricsToken = values['metrics-token'] || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) throw new Error('--metrics-token must be at least 16 characters');
  const metricsListen = values['metrics-listen'] ? hostPort(values['metrics-listen']) : undefined;
  if (values['metrics-listen'] && !metricsListen) {
    throw new Error(`--metrics-listen must be host:port, e.g. 127.0.0.1:9464 or [::1]:9464 (got ${values['metrics-listen']})`);
  }
  const options = {
    host: values.host,
    port: count('port', 0),
    dbPath: values.db,
    databaseUrl: values['database-url'] || undefined,
    allowedOrigins: values.origin,
    publicOrigin: values['public-origin'],
    trustProxy: count('trust-proxy', 0),
    retentionDays: count('retention-days', 1),
    tokenDays: count('token-days', 1),
    maxConnections: { perAddress: count('connections-per-address', 1), total: 10_000 },
    conversationRate: { burst: count('conversations-per-address', 1), perSecond: 1 / 5 },
    // Less than one longest message at once would refuse that message for ever.
    textRate: { burst: count('text-bytes-at-once', LARGEST_MESSAGE_CHARGE), perSecond: count('text-bytes-per-day', 1) / DAY_SECONDS },
    conversationMessageRate: { burst: messagesPerMinute, perSecond: messagesPerMinute / 60 },
    maxSocketsPerConversation: count('sockets-per-conversation', 1),
    botReplyIntervalMs: count('bot-reply-interval-seconds', 0) * 1000,
    sessionCheckMs: count('session-check-seconds', 1) * 1000,
    maxQueueLength: count('queue-length', 1),
    metricsToken,
    metricsListen,
    ...(values.catalogue ? { catalogue: loadCatalogue(values.catalogue) } : {}),
  };
  return { options, values };
}
