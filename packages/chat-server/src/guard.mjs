// What the server checks before a connection gets anywhere near the chat: where it comes from
// (client address, Origin) and how many connections that address and everyone together hold.
import { createServer } from 'node:http';
import { isIPv6 } from 'node:net';

/**
 * An HTTP server with the timeouts and the error path every listener of ours needs. Timeouts are
 * checked each second, not every 30 s (Node's default): a request sent half is closed when its
 * headersTimeout is up. Malformed HTTP (a bad request line, oversized headers, a reset
 * mid-request) gets a 400 when the socket can still take it, and never an exception.
 */
export function guardedHttpServer(handler) {
  const http = createServer({ connectionsCheckingInterval: 1000 }, handler);
  http.on('clientError', (error, socket) => {
    if (error.code !== 'ECONNRESET' && socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  http.headersTimeout = 10_000;
  http.requestTimeout = 30_000;
  // A connection that sends nothing at all is no request yet, which those two do not time: 10 s
  // idle ends it (ws turns this off on the sockets it upgrades).
  http.timeout = 10_000;
  return http;
}

/** Listens on `host`:`port`; an error (the port taken, no such address) rejects, naming `what` and the address. */
export const listen = (http, port, host, what) =>
  new Promise((resolve, reject) => {
    const failed = (error) => reject(new Error(`cannot listen ${what} on ${host.includes(':') ? `[${host}]` : host}:${port}: ${error.message}`));
    http.once('error', failed);
    try {
      http.listen(port, host, () => {
        http.off('error', failed);
        resolve();
      });
    } catch (error) {
      failed(error); // a port out of range throws at once
    }
  });

/**
 * The client's address. Behind a reverse proxy every connection comes from the proxy, so the
 * address the proxy saw is taken from X-Forwarded-For, but only when `trustProxy` says so:
 * otherwise anyone could claim any address in that header and walk around the per-address caps.
 * `trustProxy` is the number of proxies in front of the server (the last N entries are theirs).
 */
export function clientAddress(request, trustProxy = 0) {
  const peer = request.socket?.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const header = request.headers['x-forwarded-for'];
  if (typeof header !== 'string') return peer;
  const hops = header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // The entry the outermost trusted proxy wrote; anything before it is the client's own claim.
  const address = hops[hops.length - trustProxy];
  return address && /^[0-9A-Fa-f:.]{2,45}$/.test(address) ? address : peer;
}

/**
 * What per-address limits count a client by: an IPv4 address as it is; an IPv6 address by its
 * /64, since one host is routinely given a whole /64 and could take a new address for every
 * connection; an IPv4-mapped one (::ffff:a.b.c.d, from a dual-stack socket) as its IPv4 address.
 * Anything that is not an address stays as it is.
 */
export function addressKey(address) {
  const plain = String(address).split('%')[0]; // a zone (fe80::1%eth0) names an interface, not a host
  if (!isIPv6(plain)) return address;
  const groups = ipv6Groups(plain);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
  }
  const prefix = groups.slice(0, 4).map((group) => group.toString(16));
  return `${prefix.join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address: `::` filled with zeros, a dotted IPv4 tail read as two groups. */
function ipv6Groups(address) {
  const parse = (part) =>
    part
      ? part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number);
          return [(a << 8) | b, (c << 8) | d];
        })
      : [];
  if (!address.includes('::')) return parse(address);
  const [head, tail] = address.split('::').map(parse);
  return [...head, ...Array(8 - head.length - tail.length).fill(0), ...tail];
}

/**
 * Origins allowed to open a WebSocket: the configured list and the server's own public origin
 * (its agent console and demo page), compared exactly. The Host header is never consulted: a
 * client chooses it, so it proves nothing.
 */
export function originChecker(allowedOrigins, ownOrigin) {
  // The list is read at each upgrade, so an embedder may add an origin to it while running.
  return (origin) => typeof origin === 'string' && (origin === ownOrigin || allowedOrigins.includes('*') || allowedOrigins.includes(origin));
}

/** Counts open connections per address and in total; `admit` says whether one more may open. */
export function connectionCaps({ perAddress = 100, total = 10_000 } = {}) {
  const byAddress = new Map();
  let open = 0;
  return {
    /** Counts a connection in, or returns the reason it is refused ('address' or 'total'). */
    admit(address) {
      if (open >= total) return 'total';
      const count = byAddress.get(address) ?? 0;
      if (count >= perAddress) return 'address';
      byAddress.set(address, count + 1);
      open += 1;
      return undefined;
    },
    release(address) {
      const count = byAddress.get(address) ?? 0;
      if (count <= 1) byAddress.delete(address);
      else byAddress.set(address, count - 1);
      open = Math.max(0, open - 1);
    },
    get open() {
      return open;
    },
  };
}

/**
 * Caps the connections `http` holds, per address and in all (connectionCaps): one over the cap
 * is closed at once, before a byte of it is read.
 */
export function capConnections(http, caps) {
  const counted = connectionCaps(caps);
  http.on('connection', (socket) => {
    const address = addressKey(socket.remoteAddress ?? '');
    if (counted.admit(address)) return socket.destroy();
    socket.once('close', () => counted.release(address));
  });
}

const REASONS = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' };

/** How long a refused upgrade's answer may take to be written before its socket is destroyed anyway. */
const REFUSAL_WRITE_MS = 1000;

/**
 * Answers an upgrade request the server will not take with a plain HTTP status, then closes.
 * `end()` alone only half-closes, and once the HTTP server has emitted 'upgrade' none of its
 * timeouts apply: a client that never sent its FIN held the descriptor for ever. So the socket is
 * destroyed once the answer is written (as ws's own abortHandshake does), or after a second
 * whatever the client does.
 */
export function refuseUpgrade(socket, status) {
  if (!socket.writable) return socket.destroy();
  socket.once('finish', () => socket.destroy());
  setTimeout(() => socket.destroy(), REFUSAL_WRITE_MS).unref();
  socket.end(`HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The path of a request target, or undefined when the target is not a URL path at all. */
export function pathOf(url) {
  if (typeof url !== 'string' || !url.startsWith('/')) return undefined;
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}
