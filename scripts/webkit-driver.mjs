// Starts what WebKit's tests need: a virtual display (Xvfb) and WebKitWebDriver on a free
// port, and stops both afterwards. MiniBrowser needs a display even when nobody looks at it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

/** Starts Xvfb and WebKitWebDriver; resolves to { env, stop } for the test run. */
export async function startWebKitDriver() {
  const display = freeDisplay();
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: `:${display}` } });
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    stop();
    throw error;
  }
  return { env: { DISPLAY: `:${display}`, GER_WEBKIT_DRIVER_PORT: String(port) }, stop };
}
