// Puppeteer downloads its own Chrome on install. Skip that when a system
// browser is already there (or the user points at one), so that `npm install`
// works on machines that cannot reach the browser download host.
const { existsSync } = require('node:fs');

// The list prep's findBrowser searches too: this file runs during `npm install`,
// before any build, so the two share a plain data file rather than code in dist/.
const systemBrowsers = require('./system-browsers.json');

const explicit = process.env.PUPPETEER_EXECUTABLE_PATH;
const found = explicit && existsSync(explicit) ? explicit : systemBrowsers.find((p) => existsSync(p));

/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: Boolean(found) || process.env.PUPPETEER_SKIP_DOWNLOAD === 'true',
};
