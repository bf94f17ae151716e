// The app in Chromium: what a visit costs on the wire, and the longest
// main-thread task while it works.
//
//   app.first_visit_kib   bytes received (headers and bodies, as sent: compressed)
//                         to load the page and render the connection form, cache empty
//   app.repeat_visit_kib  the same after a reload with the HTTP cache warm
//
// both summed from the DevTools protocol's Network.loadingFinished
// encodedDataLength, and each printed as `METRIC <name> <KiB> KiB` with one line
// per resource before it. The app is served by the proxy's static server from the
// release build with its precompressed copies (`cargo xtask bench` writes them as
// `cargo xtask dist` does).
//
// Each longest-task measure logs in to the demo server as one user, starts watching the main
// thread, does one thing and waits for it to finish:
//
//   app.retr_20mb_longest_task_ms   `TOP 1 330000` of the `huge` user's 64 MiB message (~20 MB)
//   app.retr_64mib_longest_task_ms  `RETR 1` of the same message, all of it
//   app.list_10k_longest_task_ms    "Load mailbox" for the `many` user's 10,000 messages
//   app.inpage_retr_20mb_longest_task_ms
//                                   `TOP 1 330000` of `huge` on the demo inside the
//                                   page (dist/ on a static host, STATIC_URL: no proxy)
//   app.inpage_huge_login_longest_task_ms
//                                   the login itself, there: the page makes the 64 MiB
//                                   message when `huge` first logs in
//
// and prints `METRIC <name> <ms> ms`. Run by `cargo xtask bench` through
// tests/e2e.rs (E2E_SCRIPT=bench.mjs), which serves the release build and the
// demo server and sets APP_URL. BENCH_ONLY=name,name runs some of them.

import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/// The longest main-thread task while `act` runs and `done` becomes true: long
/// tasks as Chromium reports them (over 50 ms), and the longest gap between
/// turns of a MessageChannel ticker, which sees every task that blocks the main
/// thread, however short.
async function measure(name, user, act, done, timeout, url = process.env.APP_URL, watchLogin = false) {
  if (!url) {
    console.log(`${name}: skipped, STATIC_URL is not set (python3 is not installed)`);
    return;
  }
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const hook = (id) => page.locator(`[data-testid="${id}"]`);
  const waitFor = (predicate, arg, ms = 60_000) => page.waitForFunction(predicate, arg, { timeout: ms, polling: 50 });
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(url, { waitUntil: 'load' });
  await hook('try-demo').click();
  await waitFor(() => document.querySelector('[data-testid="session-state"]')?.textContent.trim() === 'AUTHORIZATION');
  await hook('auth-method').selectOption('user');
  await hook('username').fill(user);
  await hook('password').fill('tanstaaf');
  const loggedIn = () => document.querySelector('[data-testid="session-state"]')?.textContent.trim() === 'TRANSACTION';
  if (!watchLogin) {
    await hook('login').click();
    await waitFor(loggedIn);
  }
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
  if (watchLogin) {
    await hook('login').click();
    await waitFor(loggedIn, null, timeout);
  }
  await act(page, hook);
  await waitFor(done, null, timeout);
  const seconds = (Date.now() - start) / 1000;
  const { longest, tasks, gap } = await page.evaluate(() => {
    window.__ticking = false;
    return { longest: window.__longest, tasks: window.__tasks, gap: window.__gap };
  });
  console.log(`${name}: ${seconds.toFixed(1)} s; ${tasks} long tasks (> 50 ms); longest main-thread gap ${gap.toFixed(1)} ms; ` +
    `${sockets.length ? `through the proxy (${sockets.length} WebSocket)` : 'in the page (no WebSocket)'}`);
  console.log(`METRIC ${name} ${Math.max(longest, gap).toFixed(1)} ms`);
  await page.close();
}

/// A server reply in the transcript with a body of `lines` lines or more.
const bodyArrived = (command) => () =>
  [...document.querySelectorAll('[data-testid="transcript-entry"][data-dir="server"]')]
    .some((e) => /octets/.test(e.textContent) && /lines/.test(e.textContent));

const typed = (line) => async (page, hook) => {
  await hook('command-input').fill(line);
  await hook('command-input').press('Enter');
};

const measures = [
  ['app.retr_20mb_longest_task_ms', 'huge', typed('TOP 1 330000'), bodyArrived(), 120_000],
  ['app.retr_64mib_longest_task_ms', 'huge', typed('RETR 1'), bodyArrived(), 300_000],
  ['app.inpage_retr_20mb_longest_task_ms', 'huge', typed('TOP 1 330000'), bodyArrived(), 120_000, process.env.STATIC_URL],
  ['app.inpage_huge_login_longest_task_ms', 'huge', async () => {}, () => true, 120_000, process.env.STATIC_URL, true],
  [
    'app.list_10k_longest_task_ms',
    'many',
    async (page) => {
      await page.getByRole('button', { name: 'Load mailbox' }).click();
    },
    () => document.querySelectorAll('[data-testid="message-row"]').length > 0
      && /10000|10,000/.test(document.querySelector('[data-testid="mailbox-status"]')?.textContent ?? ''),
    120_000,
  ],
];
/// Bytes on the wire for a first visit (fresh context: empty cache) and for a
/// reload of the same page (warm cache), each until the app has rendered.
async function visits(only) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    requests.set(requestId, {
      url: response.url,
      status: response.status,
      encoding: headers['content-encoding'] ?? '-',
      bytes: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId) ?? { url: requestId, status: '?', encoding: '?', bytes: 0 };
    request.bytes = encodedDataLength;
    requests.set(requestId, request);
  });
  const rendered = () => page.locator('[data-testid="try-demo"]').waitFor({ state: 'visible', timeout: 60_000 });
  const load = async (name, go) => {
    requests.clear();
    await go();
    await rendered();
    // Whatever the page fetches after it rendered counts too.
    await page.waitForLoadState('networkidle');
    let total = 0;
    for (const r of requests.values()) {
      total += r.bytes;
      const path = r.url.replace(/^https?:\/\/[^/]+/, '');
      console.log(`${name}: ${String(r.status).padStart(3)} ${r.encoding.padEnd(4)} ${String(r.bytes).padStart(8)} B  ${path}`);
    }
    console.log(`${name}: ${requests.size} requests, ${total} bytes`);
    if (only.length === 0 || only.includes(name)) console.log(`METRIC ${name} ${(total / 1024).toFixed(1)} KiB`);
  };
  await load('app.first_visit_kib', () => page.goto(process.env.APP_URL, { waitUntil: 'load' }));
  await load('app.repeat_visit_kib', () => page.reload({ waitUntil: 'load' }));
  await context.close();
}

const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
if (only.length === 0 || only.some((name) => name.endsWith('_visit_kib'))) await visits(only);
for (const [name, ...rest] of measures) {
  if (only.length === 0 || only.includes(name)) await measure(name, ...rest);
}
await browser.close();
