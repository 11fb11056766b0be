// A private PostgreSQL for tests and benchmarks: a throwaway cluster in a temporary directory,
// on a free 127.0.0.1 port, removed afterwards. Uses the server binaries of Debian's `postgresql`
// package (or GER_PG_BIN). PostgreSQL refuses to run as root, so as root it runs as the
// `postgres` system user the package creates.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './helpers.mjs';

/** The directory holding initdb and pg_ctl, or undefined when PostgreSQL is not installed. */
export function findPostgresBin() {
  // An explicit choice is the only one looked at (and a wrong one reads as "not installed").
  if (process.env.GER_PG_BIN) return existsSync(join(process.env.GER_PG_BIN, 'initdb')) ? process.env.GER_PG_BIN : undefined;
  const candidates = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // No pg_config (only the client tools ship it on some systems): look in Debian's layout.
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(join(debian, version, 'bin'));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
}

/** Why a PostgreSQL test cannot run here, or undefined when it can. */
export function postgresMissing() {
  if (findPostgresBin()) return undefined;
  return 'PostgreSQL server binaries not found (install Debian package `postgresql`, or set GER_PG_BIN)';
}

/**
 * Starts a cluster and resolves to `{ url, stop }`. Tuned for throwaway data (no fsync): it is
 * the server processes that are killed in tests, never the database.
 */
export async function startPostgres({ maxConnections = 200 } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresMissing());
  const dir = mkdtempSync(join(tmpdir(), 'ger-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool, args) => {
    const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-2000) : '';
      throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout}\n${log}`);
    }
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'ger', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    `-c max_connections=${maxConnections}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    url: `postgres://ger@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
