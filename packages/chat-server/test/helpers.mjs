// Test helpers: the real browser transport (bundled from the components' TypeScript source with
// esbuild) running in Node over `ws`, a raw client for protocol-level checks, and small waits.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { addAgent } from '../src/accounts.mjs';

export const ORIGIN = 'http://127.0.0.1:9';

let transportModule;
/** `WebSocketTransport` and friends from packages/components/src/live-chat, as the browser runs them. */
export async function loadTransport() {
  if (transportModule) return transportModule;
  const entry = fileURLToPath(new URL('../../components/src/live-chat/websocket-transport.ts', import.meta.url));
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, target: 'es2022' });
  const file = join(mkdtempSync(join(tmpdir(), 'ger-transport-')), 'transport.mjs');
  writeFileSync(file, outputFiles[0].text);
  transportModule = await import(pathToFileURL(file).href);
  return transportModule;
}

/** A `WebSocket` class for the transport that sends an allowed Origin, as a browser would. */
export const socketClassFor = (origin = ORIGIN) =>
  class extends WebSocket {
    constructor(url) {
      super(url, { origin });
      // A browser reports a refused connection as a close; ws also emits 'error', which must be heard.
      this.on('error', () => {});
    }
  };

/** A Storage stand-in that outlives the transport using it (a "reload" makes a new transport). */
export function memoryStorage() {
  const map = new Map();
  return { getItem: (k) => (map.has(k) ? map.get(k) : null), setItem: (k, v) => map.set(k, String(v)), removeItem: (k) => map.delete(k), map };
}

/** A raw protocol client: `frames` collects what the server sent; `next(type)` waits for one. */
export async function rawClient(url, { origin = ORIGIN, hello, headers, localAddress } = {}) {
  const socket = new WebSocket(url, { origin, headers, localAddress });
  const frames = [];
  const waiters = [];
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data));
    frames.push(frame);
    for (const waiter of [...waiters]) if (waiter.test(frame)) (waiter.resolve(frame), waiters.splice(waiters.indexOf(waiter), 1));
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  const client = {
    socket,
    frames,
    send: (frame) => socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    next(test, timeoutMs = 3000) {
      const match = typeof test === 'string' ? (f) => f.type === test : test;
      const seen = frames.find(match);
      if (seen) {
        frames.splice(frames.indexOf(seen), 1);
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no frame ${String(test)} in ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ test: match, resolve: (f) => (clearTimeout(timer), frames.splice(frames.indexOf(f), 1), resolve(f)) });
      });
    },
    close: () => socket.close(),
  };
  if (hello) {
    client.send({ type: 'hello', v: 1, ...hello });
    client.welcome = await client.next('welcome');
  }
  return client;
}

/** Resolves when `check()` is true; fails after `timeoutMs`. Polls, so loops stay bounded. */
export async function until(check, timeoutMs = 10_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const quietLogger = () => {
  const entries = [];
  return {
    entries,
    info: (message, fields) => entries.push({ level: 'info', message, ...fields }),
    warn: (message, fields) => entries.push({ level: 'warn', message, ...fields }),
  };
};

/** Adds an agent account to `server` and returns its sign-in details. */
export async function addTestAgent(server, { name = 'Saraa', role = 'agent', password = `${name}-password-123` } = {}) {
  await addAgent(server.store, { name, password, role });
  return { name, password };
}

/** A user with one message waiting, and the conversation's number; `options` as rawClient takes them. */
export async function waitingUser(server, name, text, options = {}) {
  const user = await rawClient(server.url, { ...options, hello: { name, lang: 'mn' } });
  user.send({ type: 'send', id: `first-${Date.now()}`, text });
  await user.next('ack');
  return { user, conversation: (await server.store.findByToken(user.welcome.token)).id };
}

/** An agent client signed in with `credentials` (from addTestAgent). */
export async function signedInAgent(server, credentials) {
  const agent = await rawClient(server.agentUrl);
  agent.send({ type: 'agent-hello', ...credentials });
  agent.welcome = await agent.next('agent-welcome', 15_000);
  return agent;
}
/** A TCP port free on 127.0.0.1 right now (for a process that must keep its port across restarts). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
