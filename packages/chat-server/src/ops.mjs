// Routes for whoever runs the server: a load balancer, an orchestrator, Prometheus.
//   GET /health   liveness: the process answers (restart it when this fails)
//   GET /ready    readiness: the database answers and live delivery is connected (send no
//                 traffic here while this fails; it recovers by itself)
//   GET /metrics  Prometheus text format
// A reverse proxy should not pass /metrics to the internet (see docs/deployment.md).

import { pathOf } from './guard.mjs';

const READY_TIMEOUT_MS = 2000;

const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref())]);

/** Returns a request handler that answers the three routes and returns false for anything else. */
export function opsRoutes({ store, metrics, isClosing }) {
  const text = (response, status, body, type = 'text/plain; charset=utf-8') =>
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);

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
        () => text(response, 200, 'ready'),
        (error) => text(response, 503, `not ready: ${error.message}`),
      );
      return true;
    }
    if (path === '/metrics') {
      text(response, 200, metrics.render(), 'text/plain; version=0.0.4; charset=utf-8');
      return true;
    }
    return false;
  };
}
