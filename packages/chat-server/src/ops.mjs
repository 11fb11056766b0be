// Routes for whoever runs the server: a load balancer, an orchestrator, Prometheus.
//   GET /health   liveness: the process answers (restart it when this fails)
//   GET /ready    readiness: the database answers and live delivery is connected (send no
//                 traffic here while this fails; it recovers by itself). The 503 says only
//                 "not ready"; why goes to the log, once each time readiness changes
//   GET /metrics  Prometheus text format, to whoever gives the metrics token (Bearer) when one is
//                 set; without one only to a loopback or private address that no proxy relayed
//                 (the metrics tell anyone how busy the service is and when no agent is online).
//                 With metricsListen it moves to a listener of its own (metricsRoute), where
//                 without a token it is served to whoever reaches that address
// A reverse proxy should not pass /metrics to the internet anyway (docs/chat-deployment.md).

import { createHash, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import { pathOf } from './guard.mjs';

const READY_TIMEOUT_MS = 2000;

const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

/** Loopback, private (RFC 1918, RFC 4193) and link-local networks: the ones Prometheus scrapes from. */
const PRIVATE = new BlockList();
for (const network of ['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '::1/128', 'fc00::/7', 'fe80::/10']) {
  const [address, prefix] = network.split('/');
  PRIVATE.addSubnet(address, Number(prefix), isIPv4(address) ? 'ipv4' : 'ipv6');
}

/** Whether `address` (a socket's peer, IPv4-mapped from a dual-stack socket or not) is in a private network. */
export function isPrivate(address = '') {
  const ipv4 = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  try {
    return PRIVATE.check(ipv4, isIPv4(ipv4) ? 'ipv4' : 'ipv6');
  } catch {
    return false; // not an address at all
  }
}

const digest = (text) => createHash('sha256').update(text).digest();

const text = (response, status, body, type = 'text/plain; charset=utf-8', headers = {}) =>
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);

/**
 * Answers a request for /metrics. `metricsToken`: when given, only `Authorization: Bearer <token>`
 * is served (401 otherwise). Without one, `anyAddress` serves everyone (a listener of its own, at
 * an address the operator chose), else only a private address no proxy relayed (403 otherwise).
 */
function answerMetrics({ metrics, metricsToken, anyAddress = false }) {
  const expected = metricsToken === undefined ? undefined : digest(`Bearer ${metricsToken}`);
  /** 401 or 403 when /metrics is not for this request; undefined when it is. */
  function refusal(request) {
    // Digests of equal length, compared in constant time: the answer's timing tells nothing of the token.
    if (expected) return timingSafeEqual(digest(String(request.headers.authorization ?? '')), expected) ? undefined : 401;
    if (anyAddress) return undefined;
    const relayed = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
    return !relayed && isPrivate(request.socket?.remoteAddress) ? undefined : 403;
  }
  return (request, response) => {
    const refused = refusal(request);
    if (refused === 401) text(response, 401, 'metrics token needed', undefined, { 'www-authenticate': 'Bearer' });
    else if (refused) text(response, 403, 'metrics are served to private addresses only');
    else text(response, 200, metrics.render(), 'text/plain; version=0.0.4; charset=utf-8');
  };
}

/** The request handler of a listener for metrics alone (metricsListen): GET /metrics, and 404 to anything else. */
export function metricsRoute({ metrics, metricsToken }) {
  const answer = answerMetrics({ metrics, metricsToken, anyAddress: true });
  return (request, response) => {
    if (request.method === 'GET' && pathOf(request.url) === '/metrics') answer(request, response);
    else text(response, 404, 'not found');
  };
}

/**
 * Returns a request handler that answers the three routes and returns false for anything else.
 * `metricsToken`: see answerMetrics. `metricsElsewhere`: /metrics has a listener of its own, so
 * here it is not ours (the static routes answer it with a 404).
 */
export function opsRoutes({ store, metrics, isClosing, metricsToken, metricsElsewhere = false, logger }) {
  const serveMetrics = answerMetrics({ metrics, metricsToken });

  // A database error can name its host, role or files: it goes to the log, not to whoever probes,
  // and once each time readiness changes, not at every probe of a load balancer.
  let failing = false;
  const readiness = (error) => {
    if (Boolean(error) === failing) return;
    failing = Boolean(error);
    if (error) logger.warn('not ready', { error: String(error.message ?? error) });
    else logger.info('ready again');
  };

  return (request, response) => {
    if (request.method !== 'GET') return false;
    // A malformed URL is not ours: the static routes answer it with a 400.
    const path = pathOf(request.url);
    if (path === '/health') {
      text(response, 200, 'ok');
      return true;
    }
    if (path === '/ready') {
      if (isClosing()) {
        text(response, 503, 'closing');
        return true;
      }
      withTimeout(store.ping(), READY_TIMEOUT_MS).then(
        () => {
          readiness(undefined);
          text(response, 200, 'ready');
        },
        (error) => {
          readiness(error);
          text(response, 503, 'not ready');
        },
      );
      return true;
    }
    if (path === '/metrics' && !metricsElsewhere) {
      serveMetrics(request, response);
      return true;
    }
    return false;
  };
}
