// The few files the server hands out: the agent console, a demo page, and Ger's CDN bundle and
// tokens CSS for them. Nothing else on disk is reachable.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const FILES = {
  '/': ['../public/index.html', 'text/html'],
  '/agent': ['../public/agent.html', 'text/html'],
  '/agent.js': ['../public/agent.js', 'text/javascript'],
  '/demo': ['../public/demo.html', 'text/html'],
  '/ger/ger.min.js': ['../../components/dist/cdn/ger.min.js', 'text/javascript'],
  '/ger/ger.css': ['../../tokens/dist/css/ger.css', 'text/css'],
};

export async function serveStatic(request, response) {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
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
        // The pages run under a strict policy: Ger works without inline scripts or eval.
        'content-security-policy': "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      })
      .end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not built: run npm run build');
  }
}
