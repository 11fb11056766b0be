// Starts what WebKit's tests need: a virtual display (Xvfb) and WebKitWebDriver on a free
// port, and stops both afterwards. MiniBrowser needs a display even when nobody looks at it.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on now, chosen by the system. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function freeDisplay() {
  for (let n = 97; n < 200; n += 1) if (!existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('No free X display number between :97 and :199');
}

async function waitForDriver(port, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/** How a child ended, or that it still runs. */
const stateOf = (name, child) =>
  `${name} ${child.exitCode !== null || child.signalCode ? `ended (${child.signalCode ?? `exit code ${child.exitCode}`})` : 'still running'}`;

/**
 * Starts Xvfb and WebKitWebDriver, their output going to `logFile`; resolves to { env, stop,
 * describe } for the test run. `describe()` says whether both still run, with the log's end:
 * what a runner that died without a word leaves to go on.
 */
export async function startWebKitDriver(logFile) {
  const display = freeDisplay();
  const log = openSync(logFile, 'a');
  const output = ['ignore', log, log];
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: output });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: output, env: { ...process.env, DISPLAY: `:${display}` } });
  closeSync(log);
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  const describe = () => {
    const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
    return `${stateOf('Xvfb', xvfb)}; ${stateOf('WebKitWebDriver', driver)}.${tail ? `\nTheir output ended with:\n${tail}` : ''}`;
  };
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return { env: { DISPLAY: `:${display}`, GER_WEBKIT_DRIVER_PORT: String(port) }, stop, describe };
}
