// The few files the server hands out: the agent console, a demo page, and Ger's CDN bundle and
// tokens CSS for them. Nothing else on disk is reachable.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pathOf } from './guard.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const FILES = {
  '/': ['../public/index.html', 'text/html'],
  '/agent': ['../public/agent.html', 'text/html'],
  '/agent.js': ['../public/agent.js', 'text/javascript'],
  '/demo': ['../public/demo.html', 'text/html'],
  '/ger/ger.min.js': ['../../components/dist/cdn/ger.min.js', 'text/javascript'],
  '/ger/ger.css': ['../../tokens/dist/css/ger.css', 'text/css'],
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
    const body = await readFile(here(file[0]));
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
