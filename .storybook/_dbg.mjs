import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://127.0.0.1:6100/iframe.html?id=' + process.argv[2], { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
console.log(await page.evaluate(() => {
  const hosts = [...document.querySelectorAll('ger-skip-link, ger-button, ger-tag, ger-notification-banner')];
  return JSON.stringify(hosts.map(h => [h.localName, !!h.shadowRoot, !!customElements.get(h.localName)]));
}));
await browser.close();
