// A chat server in its own process, started the way production starts it (bin/ger-chat-server.mjs),
// that a test or a benchmark can kill at any moment and start again on the same port.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, until } from './helpers.mjs';

const BIN = fileURLToPath(new URL('../bin/ger-chat-server.mjs', import.meta.url));
const AGENTS_BIN = fileURLToPath(new URL('../bin/ger-chat-agents.mjs', import.meta.url));

/**
 * Adds an agent account the way an operator does: `ger-chat-agents add NAME --database-url ...`,
 * the password piped on stdin. Resolves with the sign-in details.
 */
export function addAgentByCommand({ databaseUrl, name = 'Saraa', password = `${name}-password-123`, role = 'agent' }) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [AGENTS_BIN, 'add', name, '--role', role, '--database-url', databaseUrl], (error, stdout, stderr) =>
      error ? reject(new Error(`ger-chat-agents failed: ${stderr || error.message}`)) : resolve({ name, password }),
    );
    child.stdin.end(`${password}\n`);
  });
}

/** GET `path` on 127.0.0.1:`port`; resolves to the status code, or 0 when nothing answers. */
export async function statusOf(port, path) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * @param {object} options
 * @param {string} [options.databaseUrl] PostgreSQL; without it the process uses `dbPath` (SQLite).
 * @param {string} [options.dbPath]
 * @param {string} options.origin The page origin clients connect from.
 * @param {number} [options.port] A free one by default; kept across restarts.
 * @param {string[]} [options.args] More ger-chat-server options.
 */
export async function serverProcess({ databaseUrl, dbPath, origin, port, args = [] }) {
  port ??= await freePort();
  let child;
  let stderr = '';
  const host = `127.0.0.1:${port}`;

  async function start() {
    stderr = '';
    const storeArgs = databaseUrl ? ['--database-url', databaseUrl] : ['--db', dbPath];
    child = spawn(process.execPath, [BIN, '--port', String(port), ...storeArgs, '--origin', origin, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const started = child;
    await until(
      async () => {
        if (started.exitCode !== null) throw new Error(`server on ${port} exited (${started.exitCode}): ${stderr}`);
        return (await statusOf(port, '/ready')) === 200;
      },
      20_000,
      `the server on port ${port} to be ready`,
    );
  }

  const exited = (which) => (which.exitCode !== null || which.signalCode !== null ? Promise.resolve() : new Promise((r) => which.once('exit', r)));

  const exitedWithin = (which, ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      exited(which).then(() => (clearTimeout(timer), resolve(true)));
    });

  // A first start that fails leaves no process behind.
  await start().catch(async (error) => {
    child.kill('SIGKILL');
    await exited(child);
    throw error;
  });
  return {
    port,
    url: `ws://${host}/chat`,
    agentUrl: `ws://${host}/agent`,
    get pid() {
      return child.pid;
    },
    /** Ends the process at once, as a crash or an OOM kill would (no clean close). */
    async kill() {
      const which = child;
      which.kill('SIGKILL');
      await exited(which);
    },
    start,
    /**
     * A clean stop (SIGTERM), as a deploy would do; a process that has not ended 10 s later is
     * killed, as an orchestrator would (one that hangs on its database must not hang the test run).
     */
    async stop() {
      const which = child;
      if (which.exitCode !== null || which.signalCode !== null) return;
      which.kill('SIGTERM');
      if (!(await exitedWithin(which, 10_000))) {
        which.kill('SIGKILL');
        await exited(which);
      }
    },
    stderr: () => stderr,
  };
}
