import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:6100/iframe.html?' + process.argv[2], { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
await page.locator('.docblock-code-toggle').first().click();
await page.waitForTimeout(500);
console.log(await page.evaluate(() => [...document.querySelectorAll('pre')].map(p => p.textContent).slice(0,2).join('\n----\n')));
await browser.close();
