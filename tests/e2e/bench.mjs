// The app under load, in Chromium: the longest main-thread task while about
// 20 MB stream from the demo server (`TOP 1 300000` of the `huge` user's 64 MiB
// message). Prints `METRIC app.retr_20mb_longest_task_ms <ms> ms`.
//
// Run by `cargo xtask bench` through tests/e2e.rs (E2E_SCRIPT=bench.mjs), which
// serves the release build and the demo server and sets APP_URL.

import { chromium } from 'playwright-core';

const LINES = 330_000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const hook = (id) => page.locator(`[data-testid="${id}"]`);
const state = async () => (await hook('session-state').textContent()).trim();
const waitFor = (predicate, arg, timeout = 60_000) => page.waitForFunction(predicate, arg, { timeout, polling: 50 });

await page.goto(process.env.APP_URL, { waitUntil: 'load' });
await hook('try-demo').click();
await waitFor(() => document.querySelector('[data-testid="session-state"]')?.textContent.trim() === 'AUTHORIZATION');
await hook('auth-method').selectOption('user');
await hook('username').fill('huge');
await hook('password').fill('tanstaaf');
await hook('login').click();
await waitFor(() => document.querySelector('[data-testid="session-state"]')?.textContent.trim() === 'TRANSACTION');

// From now on: long tasks as Chromium reports them (only those over 50 ms), and
// the longest gap between turns of a MessageChannel ticker, which sees every
// task that blocks the main thread, however short.
await page.evaluate(() => {
  window.__longest = 0;
  window.__tasks = 0;
  window.__gap = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__tasks += 1;
      window.__longest = Math.max(window.__longest, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: false });
  const channel = new MessageChannel();
  let last = performance.now();
  window.__ticking = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    window.__gap = Math.max(window.__gap, now - last);
    last = now;
    if (window.__ticking) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
});
const start = Date.now();
await hook('command-input').fill(`TOP 1 ${LINES}`);
await hook('command-input').press('Enter');
await waitFor(
  () => [...document.querySelectorAll('[data-testid="transcript-entry"][data-dir="server"]')].some((e) => /octets/.test(e.textContent) && /lines/.test(e.textContent) && /TOP|Headers and first lines/.test(e.textContent)),
  null,
  120_000,
);
const seconds = (Date.now() - start) / 1000;
const { longest, tasks, gap } = await page.evaluate(() => {
  window.__ticking = false;
  return { longest: window.__longest, tasks: window.__tasks, gap: window.__gap };
});
const octets = await page.evaluate(() => {
  const rows = [...document.querySelectorAll('[data-testid="transcript-entry"][data-dir="server"]')];
  const last = rows[rows.length - 1]?.textContent ?? '';
  return last;
});
console.log(`TOP 1 ${LINES} took ${seconds.toFixed(1)} s; ${tasks} long tasks (> 50 ms); longest main-thread gap ${gap.toFixed(1)} ms`);
console.log(`last reply: ${octets.slice(0, 160)}`);
console.log(`METRIC app.retr_20mb_longest_task_ms ${Math.max(longest, gap).toFixed(1)} ms`);
await browser.close();
