// The few files the server hands out: the agent console, a demo page, and Ger's CDN bundle and
// tokens CSS for them. Nothing else on disk is reachable.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pathOf } from './guard.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * A file of a package this one depends on, found the way Node finds the package (its `exports`),
 * so the pages work wherever npm put it: in this repository or under an app's node_modules.
 * Undefined when the package is not installed; a package not yet built is found here and
 * reported as the file is read (the page then says to build it).
 */
function packageFile(specifier) {
  try {
    return fileURLToPath(import.meta.resolve(specifier));
  } catch {
    return undefined;
  }
}

/** Each path served: the file (resolved once) and its type. */
const FILES = {
  '/': [here('../public/index.html'), 'text/html'],
  '/agent': [here('../public/agent.html'), 'text/html'],
  '/agent.js': [here('../public/agent.js'), 'text/javascript'],
  '/demo': [here('../public/demo.html'), 'text/html'],
  '/ger/ger.min.js': [packageFile('@ger/components/cdn/ger.min.js'), 'text/javascript'],
  '/ger/ger.css': [packageFile('@ger/tokens/css/ger.css'), 'text/css'],
};

/**
 * The policy for the server's pages: scripts and styles from here only, WebSocket connections to
 * this server only (`socketOrigin`, e.g. wss://chat.example.mn), and no framing by other sites
 * (the agent console must not be clickjacked).
 */
const policy = (socketOrigin) =>
  [
    "default-src 'self'",
    `connect-src 'self'${socketOrigin ? ` ${socketOrigin}` : ''}`,
    "img-src 'self' blob: data:",
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

export async function serveStatic(request, response, { socketOrigin } = {}) {
  const path = pathOf(request.url);
  if (!path) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  if (path === '/health') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const file = FILES[path];
  if (!file || request.method !== 'GET') {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  try {
    if (!file[0]) throw new Error('not built');
    const body = await readFile(file[0]);
    response
      .writeHead(200, {
        'content-type': `${file[1]}; charset=utf-8`,
        'cache-control': 'no-store',
        // Ger works without inline scripts or eval, so the policy can be strict.
        'content-security-policy': policy(socketOrigin),
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
      })
      .end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not built: run npm run build');
  }
}
