// Puppeteer (through @web/test-runner-puppeteer, for Firefox) must not download a browser:
// the tests use the system's Chromium and Firefox ESR. See scripts/find-browser.mjs.
module.exports = { skipDownload: true };
