#!/usr/bin/env node
// The chat server under 500 concurrent clients: messages per second and delivery latency (from a
// user's `send` to its echo coming back live, which on PostgreSQL goes through LISTEN/NOTIFY), on
// one process (SQLite, the default; and PostgreSQL) and on three PostgreSQL processes side by side.
// Each client keeps one message in flight, like the widget's outbox, for a fixed time. Everything
// runs on 127.0.0.1 and the clients share the machine's cores with the servers, so the figures are
// for comparing setups, not a capacity plan. All 500 clients share one address, so the servers run
// with per-address limits raised for a load test; any refusal or close the clients still meet is
// counted and fails the run (chatFailures): a figure of refusals must never pass for one of deliveries.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { ORIGIN } from '../packages/chat-server/test/helpers.mjs';
import { postgresMissing, startPostgres } from '../packages/chat-server/test/private-postgres.mjs';
import { serverProcess } from '../packages/chat-server/test/server-process.mjs';
import { percentile } from './lib/harness.mjs';

export const CLIENTS = 500;
const WARM_UP_MS = 3000;
const MEASURE_MS = 8000;

/** One user: hello, then send; the next send goes when the echo of the previous came back. */
function startClient(url, index, record) {
  const socket = new WebSocket(url, { origin: ORIGIN });
  let n = 0;
  let sentAt = 0;
  let running = true;
  let hasWelcome = false;
  const sendNext = () => {
    if (!running || socket.readyState !== WebSocket.OPEN) return;
    n += 1;
    sentAt = performance.now();
    socket.send(JSON.stringify({ type: 'send', id: `b${index}-${n}`, text: `benchmark message ${n} from ${index}` }));
  };
  const welcomed = new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', v: 1, lang: 'en', name: `Bench ${index}` })));
    // A close the bench did not ask for ends that client's sending: it is counted, never silent.
    socket.on('close', (code) => {
      if (!running) return;
      record.refused[`close ${code}`] = (record.refused[`close ${code}`] ?? 0) + 1;
      if (!hasWelcome) reject(new Error(`client ${index} closed (${code}) before its welcome`));
    });
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'welcome') {
        hasWelcome = true;
        resolve();
      } else if (frame.type === 'message' && frame.id === `b${index}-${n}`) {
        record(performance.now() - sentAt);
        sendNext();
      } else if (frame.type === 'error') {
        record.refused[frame.code] = (record.refused[frame.code] ?? 0) + 1;
        setTimeout(() => {
          n -= 1;
          sendNext();
        }, 1000);
      }
    });
  });
  return {
    welcomed,
    start: sendNext,
    stop() {
      running = false;
      socket.terminate();
    },
  };
}

/** User messages the servers at `urls` have stored, from their /metrics (each process counts its own). */
async function storedByServers(urls) {
  let total = 0;
  for (const url of urls) {
    const text = await (await fetch(`${url.replace(/^ws/, 'http').replace(/\/chat$/, '')}/metrics`)).text();
    total += Number(/^ger_chat_messages_stored_total\{from="user"\} (\d+)$/m.exec(text)[1]);
  }
  return total;
}

/**
 * Clients spread round-robin over `urls`; returns throughput (echoes the clients saw, and user
 * messages the servers stored) and latency of the measured window, and every refusal or close of the run.
 */
async function load(urls) {
  let measuring = false;
  const latencies = [];
  const record = (ms) => measuring && latencies.push(ms);
  record.refused = {};
  const clients = [];
  // Connect in batches: 500 handshakes at once would measure the accept queue, not chat.
  for (let i = 0; i < CLIENTS; i += 50) {
    const batch = Array.from({ length: Math.min(50, CLIENTS - i) }, (_, k) => startClient(urls[(i + k) % urls.length], i + k, record));
    await Promise.all(batch.map((c) => c.welcomed));
    clients.push(...batch);
  }
  clients.forEach((c) => c.start());
  await new Promise((r) => setTimeout(r, WARM_UP_MS));
  const storedBefore = await storedByServers(urls);
  measuring = true;
  const started = performance.now();
  await new Promise((r) => setTimeout(r, MEASURE_MS));
  measuring = false;
  const seconds = (performance.now() - started) / 1000;
  const stored = (await storedByServers(urls)) - storedBefore;
  clients.forEach((c) => c.stop());
  return {
    perSecond: latencies.length / seconds,
    storedPerSecond: stored / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    refused: record.refused,
  };
}

async function measureSetup(name, processesOf) {
  const processes = await processesOf();
  try {
    const figures = await load(processes.map((p) => p.url));
    return { name, processes: processes.length, ...figures, load: loadavg()[0] };
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
  }
}

export async function measureChat({ log = () => {} } = {}) {
  const rows = [];
  const dir = mkdtempSync(join(tmpdir(), 'ger-chat-bench-'));
  // Every client comes from 127.0.0.1: the per-address limits are raised to let 500 of them in.
  // Each client sends in its own conversation as fast as the server answers, and no agent signs in,
  // so every conversation waits in the queue.
  const base = {
    origin: ORIGIN,
    args: [
      '--queue-length',
      String(CLIENTS + 10),
      '--connections-per-address',
      String(CLIENTS + 10),
      '--conversations-per-address',
      String(CLIENTS + 10),
      '--conversation-messages-per-minute',
      '1000000',
      // One address's text budget (4 MiB at once) is about 7,700 of these messages: seconds here.
      // 1 GiB is about 2 million, more than a run sends.
      '--text-bytes-at-once',
      String(1024 ** 3),
    ],
  };
  try {
    log('  1 process, SQLite…');
    rows.push(await measureSetup('1 process, SQLite', async () => [await serverProcess({ ...base, dbPath: join(dir, 'chat.db') })]));
    const missing = postgresMissing();
    if (missing) {
      rows.push({ name: `PostgreSQL not measured: ${missing}` });
      return rows;
    }
    for (const count of [1, 3]) {
      log(`  ${count} process${count > 1 ? 'es' : ''}, PostgreSQL…`);
      // A fresh database each time: the second run does not start with the first one's rows.
      const database = await startPostgres();
      try {
        const name = `${count} process${count > 1 ? 'es' : ''}, PostgreSQL`;
        rows.push(await measureSetup(name, () => Promise.all(Array.from({ length: count }, () => serverProcess({ ...base, databaseUrl: database.url })))));
      } finally {
        database.stop();
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const refusals = (row) => Object.values(row.refused ?? {}).reduce((sum, count) => sum + count, 0);

/** What went wrong in a run: each setup whose clients were refused or closed, by code. */
export function chatFailures(rows) {
  return rows.filter((row) => refusals(row)).map((row) => `${row.name}: refused or closed: ${JSON.stringify(row.refused)}`);
}

export function formatChat(rows) {
  const lines = [
    `Live chat, ${CLIENTS} concurrent clients, one message in flight each, ${MEASURE_MS / 1000} s measured (send -> live echo):`,
    `${'setup'.padEnd(26)}${'messages/s'.padStart(12)}${'stored/s'.padStart(10)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'refused'.padStart(9)}${'load'.padStart(8)}`,
  ];
  for (const row of rows) {
    if (row.perSecond === undefined) lines.push(row.name);
    else
      lines.push(
        `${row.name.padEnd(26)}${row.perSecond.toFixed(0).padStart(12)}${row.storedPerSecond.toFixed(0).padStart(10)}${row.p50.toFixed(1).padStart(10)}${row.p95.toFixed(1).padStart(10)}${String(refusals(row)).padStart(9)}${row.load.toFixed(1).padStart(8)}`,
      );
  }
  lines.push(...chatFailures(rows));
  lines.push('(messages/s: echoes the clients saw; stored/s: user messages the servers stored, from their /metrics)');
  // The clients, the servers and PostgreSQL share the machine: its load says how far to trust this.
  lines.push(`(load: the 1-minute load average after each run, on ${availableParallelism()} cores)`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureChat({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log(formatChat(rows));
  if (chatFailures(rows).length) process.exitCode = 1;
}
