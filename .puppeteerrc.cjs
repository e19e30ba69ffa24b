// Puppeteer downloads its own Chrome on install. Skip that when a system
// browser is already there (or the user points at one), so that `npm install`
// works on machines that cannot reach the browser download host.
const { existsSync } = require('node:fs');

// The same paths as SYSTEM_BROWSERS in src/render/pdf/find-browser.ts: this file runs at
// install time, before dist/ exists, so it cannot import them (a test keeps the two in step).
const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const explicit = process.env.PUPPETEER_EXECUTABLE_PATH;
const found = explicit && existsSync(explicit) ? explicit : systemBrowsers.find((p) => existsSync(p));

/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: Boolean(found) || process.env.PUPPETEER_SKIP_DOWNLOAD === 'true',
};
