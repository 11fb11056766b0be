// Takes screenshots of a built Storybook: node .storybook/screenshot.mjs <base-url> <out-dir> <path>...
// Env: WIDTH, HEIGHT (viewport), WAIT (ms), TAB (presses before the shot), FULL=0 (viewport only),
// SCROLL (px), CLIPS=y1,y2 (one HEIGHT-tall shot of the full page from each y).
// e.g. node .storybook/screenshot.mjs http://127.0.0.1:6100 /tmp/shots 'iframe.html?id=components-tag--neutral&globals=theme:night'
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';

const [base, outDir, ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1000), height: Number(process.env.HEIGHT ?? 800) } });
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
page.on('console', (message) => message.type() === 'error' && !message.text().includes('404') && errors.push(message.text()));
for (const path of paths) {
  const name = path
    .replace(/^iframe\.html\?/, '')
    .replace(/[^a-z0-9:-]+/gi, '_')
    .slice(0, 120);
  await page.goto(`${base}/${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(Number(process.env.WAIT ?? 800));
  if (process.env.TAB) for (let i = 0; i < Number(process.env.TAB); i++) await page.keyboard.press('Tab');
  if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL));
  const clips = process.env.CLIPS ? process.env.CLIPS.split(',').map(Number) : [undefined];
  for (const y of clips) {
    const clip = y === undefined ? undefined : { x: 0, y, width: page.viewportSize().width, height: Number(process.env.HEIGHT ?? 800) };
    const file = `${outDir}/${name}${y === undefined ? '' : `@${y}`}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0', clip });
  }
  console.log(`${outDir}/${name}.png`, errors.splice(0).join(' | '));
}
await browser.close();
