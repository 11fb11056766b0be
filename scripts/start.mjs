#!/usr/bin/env node
// npm start: Storybook on :6006 and Ger's reference chat server on :8787 side by side, so the
// live-chat story talks to a real server. Ctrl+C stops both; if one stops, so does the other.
//   GER_CHAT_PORT, GER_CHAT_DB and STORYBOOK_PORT change the defaults. Agents sign in with
//   accounts made by packages/chat-server/bin/ger-chat-agents.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybookPort = process.env.STORYBOOK_PORT ?? '6006';
const chatPort = process.env.GER_CHAT_PORT ?? '8787';

// Tokens for Storybook; the components' CDN bundle for the chat server's agent console.
for (const script of ['packages/tokens/build.mjs', 'packages/components/scripts/build.mjs']) {
  const built = spawnSync('node', [script], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Storybook's pages, and the console and demo opened as localhost (the server itself is 127.0.0.1).
const origins = [...['localhost', '127.0.0.1'].map((host) => `http://${host}:${storybookPort}`), `http://localhost:${chatPort}`].flatMap((origin) => [
  '--origin',
  origin,
]);
const children = [
  // The instant-answers bot answers from the full catalogue of 1,448 services (@ger/service-data).
  spawn(
    'node',
    [
      'packages/chat-server/bin/ger-chat-server.mjs',
      '--port',
      chatPort,
      '--db',
      process.env.GER_CHAT_DB ?? 'chat.db',
      '--catalogue',
      'packages/service-data/services.json',
      ...origins,
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  ),
  // The binary itself, not `npx`: stopping this script must stop Storybook too, not only a wrapper.
  spawn(join(root, 'node_modules', '.bin', 'storybook'), ['dev', '--port', storybookPort, '--ci'], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
