// End-to-end browser tests of the POP3 Playground.
//
// Drives the built app (served by pop3-proxy with `--web dist`) in Debian's
// Chromium through playwright-core, against the proxy's demo server and a real
// Dovecot. Only the `data-testid` hooks of DESIGN.md (and the few extra ones the
// app has: login-error, proxy-error, cmd-*, msg-picker, transcript-count) are used.
//
// Normally run by `cargo xtask test` through tests/e2e.rs, which starts Dovecot
// and the proxy and sets:
//
//   APP_URL             the app, served by the proxy (http://127.0.0.1:PORT/)
//   DOVECOT_PLAIN_PORT  Dovecot's POP3 port (plain, with STLS)
//   DOVECOT_TLS_PORT    Dovecot's POP3S port (implicit TLS)
//   DEMO_PLAIN_PORT     the demo server's plain port (where "Try the demo" goes)
//   DEMO_TLS_PORT       the demo server's implicit-TLS port
//   DEMO_EXPIRED_PORT, DEMO_WRONG_NAME_PORT, DEMO_SELF_SIGNED_PORT,
//   DEMO_INCOMPLETE_CHAIN_PORT
//                       the demo's TLS faults (the ports after DEMO_TLS_PORT)
//   CLOSED_PORT         a loopback port nothing listens on (a proxy that is down)
//   STATIC_URL          the same dist/, served by `python3 -m http.server` under a
//                       sub-path with no proxy anywhere (the in-page scenarios)
//
// The `nginx-wss` scenario runs on its own (tests/e2e.rs `nginx_wss`), with
// APP_URL the https:// page of nginx in front of two proxy instances, and
//
//   INSTANCE_METRICS      each instance's /metrics URL, comma-separated
//   FORGED_FORWARDED_FOR  an X-Forwarded-For the browser sends, which nginx replaces
//
// Optional: CHROMIUM (default /usr/bin/chromium), E2E_ONLY=name,name (run only
// these scenarios), E2E_HEADED=1 (show the browser).
//
// Each scenario gets a fresh browser context and page and leaves a full-page
// screenshot in tests/e2e/screenshots/<name>.png, pass or fail (and some of
// intermediate steps, <name>-<step>.png). The last line
// is `N passed, M failed` (with `, K skipped` when some could not run); the
// exit status is non-zero when any scenario failed.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = join(HERE, 'screenshots');

/// How long any single wait may take.
const WAIT_MS = 15_000;
/// How long a whole scenario may take.
const SCENARIO_MS = 120_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const env = {
  appUrl: process.env.APP_URL,
  dovecotPlain: process.env.DOVECOT_PLAIN_PORT,
  dovecotTls: process.env.DOVECOT_TLS_PORT,
  demoPlain: process.env.DEMO_PLAIN_PORT,
  demoTls: process.env.DEMO_TLS_PORT,
  demoExpired: process.env.DEMO_EXPIRED_PORT,
  demoWrongName: process.env.DEMO_WRONG_NAME_PORT,
  demoSelfSigned: process.env.DEMO_SELF_SIGNED_PORT,
  demoIncompleteChain: process.env.DEMO_INCOMPLETE_CHAIN_PORT,
  closedPort: process.env.CLOSED_PORT,
  staticUrl: process.env.STATIC_URL,
  instanceMetrics: process.env.INSTANCE_METRICS,
};

/// Where `openApp` goes: the proxy's page, or the static host's for the
/// scenarios marked `static` (set by runScenario).
let base = env.appUrl;

/// What a TLS library prints for its own errors, which the page must never show.
const DEBUG_TEXT = /Other\(|OtherError|Context \{|DnsName\(|CaUsedAsEndEntity|UnknownIssuer|InvalidCertificate\(/;

// ---------------------------------------------------------------------------------
// Helpers

/// A locator for a test hook.
const hook = (page, id) => page.locator(`[data-testid="${id}"]`);

/// Throws with `message` unless `condition`.
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/// What the page shows, for failure messages: state, errors, the last transcript lines.
async function describePage(page) {
  try {
    return await page.evaluate(() => {
      const text = (id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return el ? el.textContent.replace(/\s+/g, ' ').trim() : null;
      };
      const entries = [...document.querySelectorAll('[data-testid="transcript-entry"]')];
      const last = entries.slice(-8).map((e) => {
        const raw = e.querySelector('[data-testid="raw"]');
        const note = e.querySelector('[data-testid="annotation"]');
        return `  [${e.getAttribute('data-dir')}] ${(raw ? raw.textContent : e.textContent).trim().slice(0, 120)}` +
          (note ? `  -- ${note.textContent.replace(/\s+/g, ' ').trim().slice(0, 120)}` : '');
      });
      return [
        `session-state: ${text('session-state')}`,
        `proxy-error: ${text('proxy-error')}`,
        `login-error: ${text('login-error')}`,
        `cert-panel: ${text('cert-panel') === null ? 'absent' : 'present'}, trust-cert: ${text('trust-cert') === null ? 'absent' : 'present'}`,
        `transcript entries: ${entries.length}${entries.length ? ' (last ones below)' : ''}`,
        ...last,
      ].join('\n');
    });
  } catch (e) {
    return `(could not read the page: ${e.message})`;
  }
}

/// Waits until `predicate(arg)`, evaluated in the page, is truthy; fails with
/// `what` and the page's state after WAIT_MS.
async function waitUntil(page, what, predicate, arg) {
  try {
    return await page.waitForFunction(predicate, arg, { timeout: WAIT_MS, polling: 100 });
  } catch (e) {
    if (e.name !== 'TimeoutError') throw e;
    throw new Error(`timed out after ${WAIT_MS / 1000} s waiting for ${what}\n${await describePage(page)}`);
  }
}

/// Whether `program` is on the PATH.
function hasProgram(program) {
  try {
    execFileSync('sh', ['-c', 'command -v "$1"', 'sh', program], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/// Runs a downloaded script with the demo's password in POP3_PASSWORD; returns
/// its output, or throws with its exit status, output and errors.
function runScript(program, path) {
  try {
    return execFileSync(program, [path], {
      env: { ...process.env, POP3_PASSWORD: 'tanstaaf', POP3_DELAY: '0.2' },
      input: '',
      encoding: 'utf8',
      timeout: 60_000,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  } catch (e) {
    throw new Error(`${program} ${path} failed (status ${e.status}, signal ${e.signal}):\n` +
      `stdout:\n${e.stdout ?? ''}\nstderr:\n${e.stderr ?? ''}`);
  }
}

/// Waits until the session-state badge reads `state`.
async function waitForState(page, state) {
  await waitUntil(
    page,
    `session-state ${state}`,
    (want) => document.querySelector('[data-testid="session-state"]')?.textContent.trim() === want,
    state,
  );
}

/// Waits until a test hook is visible.
async function waitVisible(page, id) {
  try {
    await hook(page, id).first().waitFor({ state: 'visible', timeout: WAIT_MS });
  } catch (e) {
    if (e.name !== 'TimeoutError') throw e;
    throw new Error(`timed out after ${WAIT_MS / 1000} s waiting for [data-testid=${id}]\n${await describePage(page)}`);
  }
}

/// The current session-state text.
const stateOf = async (page) => (await hook(page, 'session-state').textContent()).trim();

/// Sets a text field the way a person does: type, then leave the field (the app
/// reads host and port on `change`).
async function setField(page, id, value) {
  const field = hook(page, id);
  await field.fill(String(value));
  await field.blur();
}

/// Opens the app (with an optional query such as `?lang=ru`) and waits for the
/// WebAssembly to render the connection form.
async function openApp(page, query = '') {
  await page.goto(base + query, { waitUntil: 'load', timeout: 30_000 });
  await waitVisible(page, 'try-demo');
  await waitForState(page, 'DISCONNECTED');
}

/// Clicks "Try the demo server" and waits for the greeting.
async function tryDemo(page) {
  await hook(page, 'try-demo').click();
  await waitForState(page, 'AUTHORIZATION');
}

/// Fills the login form and submits it.
async function logIn(page, method, user, password) {
  await waitVisible(page, 'auth-method');
  await hook(page, 'auth-method').selectOption(method);
  await hook(page, 'username').fill(user);
  await hook(page, 'password').fill(password);
  await hook(page, 'login').click();
}

/// "Try the demo server", USER/PASS as `user` with the demo's password, and
/// waits for TRANSACTION.
async function demoLogIn(page, user) {
  await tryDemo(page);
  await logIn(page, 'user', user, 'tanstaaf');
  await waitForState(page, 'TRANSACTION');
}

/// Types a line into the raw command input and presses Enter once.
async function typeCommand(page, line) {
  const input = hook(page, 'command-input');
  await input.fill(line);
  await input.press('Enter');
}

/// Waits until the transcript's last client line starting with `command` is
/// followed (later) by a server line: the command was sent and answered (an
/// earlier session's same command does not count).
async function waitForReply(page, command) {
  await waitUntil(
    page,
    `a server reply to ${command} in the transcript`,
    (cmd) => {
      const entries = [...document.querySelectorAll('[data-testid="transcript-entry"]')];
      const raw = (e) => (e.querySelector('[data-testid="raw"]')?.textContent ?? '').trim().toUpperCase();
      const sent = entries.findLastIndex((e) => e.getAttribute('data-dir') === 'client' && raw(e).startsWith(cmd));
      return sent >= 0 && entries.slice(sent + 1).some((e) => e.getAttribute('data-dir') === 'server');
    },
    command.toUpperCase(),
  );
}

/// Every transcript entry as { dir, raw, annotation }.
async function transcript(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="transcript-entry"]')].map((e) => ({
      dir: e.getAttribute('data-dir'),
      raw: (e.querySelector('[data-testid="raw"]')?.textContent ?? '').trim(),
      annotation: (e.querySelector('[data-testid="annotation"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      text: e.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/// Waits until some transcript entry's text matches `pattern` (a RegExp source,
/// case-insensitive).
async function waitForTranscriptText(page, what, pattern) {
  await waitUntil(
    page,
    what,
    (source) => {
      const re = new RegExp(source, 'i');
      return [...document.querySelectorAll('[data-testid="transcript-entry"]')].some((e) => re.test(e.textContent));
    },
    pattern,
  );
}

/// Waits until the certificate panel offers "trust this certificate", then
/// (after a screenshot of it) clicks it.
async function trustCertificate(page, snap) {
  await waitVisible(page, 'cert-panel');
  await waitVisible(page, 'trust-cert');
  // The panel says why, by cause, never in the TLS library's words.
  const failure = await page.evaluate(() => {
    const e = document.querySelector('[data-testid="cert-failure"]');
    return e && { cause: e.getAttribute('data-cause'), text: e.textContent };
  });
  check(failure?.cause, `the certificate panel gives no cause: ${failure?.text}`);
  check(!DEBUG_TEXT.test(failure.text), `the certificate panel shows debug text: ${failure.text}`);
  await snap('untrusted');
  await hook(page, 'trust-cert').click();
}

/// After trust-cert: waits until the pinned reconnection is up, i.e. the panel
/// shows the certificate in use (no trust button) and the server greeted.
async function waitForPinnedTls(page) {
  await waitUntil(
    page,
    'the certificate panel of the TLS session in use (no trust-cert button) and AUTHORIZATION',
    () =>
      document.querySelector('[data-testid="cert-panel"]') !== null &&
      document.querySelector('[data-testid="trust-cert"]') === null &&
      document.querySelector('[data-testid="session-state"]')?.textContent.trim() === 'AUTHORIZATION',
  );
}

/// Sets host and port in the connection form, runs the server check with the
/// given user (password tanstaaf) and waits for it to finish.
async function runCheck(page, { host, port, user, fresh = true }) {
  if (fresh) await openApp(page);
  await setField(page, 'host', host);
  await setField(page, 'port', port);
  await hook(page, 'check-user').fill(user);
  await hook(page, 'check-password').fill('tanstaaf');
  await hook(page, 'check-run').click();
  await page.waitForFunction(
    () => /^Finished/.test(document.querySelector('[data-testid="check-status"]')?.textContent.trim() ?? ''),
    null,
    { timeout: 90_000, polling: 200 },
  );
}

/// The findings of the last check: { id, verdict, text }.
async function findings(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="check-finding"]')].map((e) => ({
      id: e.getAttribute('data-id'),
      verdict: (e.getAttribute('data-verdict') ?? '').toLowerCase(),
      text: e.textContent.replace(/\s+/g, ' ').trim(),
    })),
  );
}

/// The `<html lang>` of the page.
const htmlLang = (page) => page.evaluate(() => document.documentElement.getAttribute('lang'));

/// Waits until `<html lang>` is `code` (the catalogs have arrived and apply).
async function waitForLang(page, code) {
  await waitUntil(page, `<html lang="${code}">`, (c) => document.documentElement.getAttribute('lang') === c, code);
}

/// The annotation of the server's reply to the last STAT, and the message
/// count it reports.
async function statReply(page) {
  const entries = await transcript(page);
  const at = entries.findLastIndex((e) => e.dir === 'client' && e.raw.replace(/[␍␊]/g, '').trim() === 'STAT');
  const reply = entries.slice(at + 1).find((e) => e.dir === 'server');
  check(reply, 'no reply to STAT');
  const count = Number(/^\+OK (\d+)/.exec(reply.raw)?.[1]);
  return { annotation: reply.annotation, count };
}

/// A demo session in `code`: login, STAT and LIST, every word checked to be in
/// that language, plural forms by CLDR, and the lessons panel translated.
async function demoInLanguage(page, snap, code, forms) {
  await openApp(page, `?lang=${code}`);
  await waitForLang(page, code);
  const tryDemo = (await hook(page, 'try-demo').textContent()).trim();
  check(tryDemo !== 'Try the demo server' && forms.script.test(tryDemo), `try-demo is not translated: ${tryDemo}`);
  await hook(page, 'try-demo').click();
  await waitForState(page, 'AUTHORIZATION');
  await logIn(page, 'user', 'mrose', 'tanstaaf');
  await waitForState(page, 'TRANSACTION');
  for (const command of ['STAT', 'LIST']) {
    await typeCommand(page, command);
    await waitForReply(page, command);
  }
  const { annotation, count } = await statReply(page);
  const category = new Intl.PluralRules(code).select(count);
  const word = forms[category] ?? forms.other;
  check(annotation.includes(`${count} ${word}`), `STAT of ${count} (${category}) should read "${count} ${word}": ${annotation}`);
  check(/RFC 1939 §5/.test(annotation) && /STAT/.test(annotation), `RFC reference and keyword kept: ${annotation}`);
  const entries = await transcript(page);
  const annotated = entries.filter((e) => e.annotation);
  check(annotated.length > 5, 'the transcript is annotated');
  // Client lines' annotations hold no server text: none may be English.
  const english = annotated.filter((e) => e.dir === 'client' && /\b(the|and|asks|sends|messages)\b/i.test(e.annotation));
  check(english.length === 0, `annotations still in English: ${JSON.stringify(english.map((e) => e.annotation))}`);
  const inScript = annotated.filter((e) => forms.script.test(e.annotation)).length;
  check(inScript * 2 > annotated.length, `most annotations are in the language (${inScript} of ${annotated.length})`);
  // The lessons panel speaks the language too.
  await waitVisible(page, 'lessons');
  const lessons = (await hook(page, 'lessons').textContent()).replace(/\s+/g, ' ');
  check(forms.script.test(lessons) && !/Learn POP3/.test(lessons), `lessons not translated: ${lessons.slice(0, 200)}`);
  await snap('transcript');
}

/// How many entries the transcript holds (the total in its count, filtered or not).
async function entryTotal(page) {
  const text = (await hook(page, 'transcript-count').textContent()).trim();
  const numbers = text.match(/\d[\d,]*/g) ?? [];
  return Number((numbers.at(-1) ?? '0').replace(/,/g, ''));
}

/// Types a command and waits until it and at least one server line more are in
/// the transcript (its rows are virtualised, so the count is what is read).
async function sendAndWait(page, command) {
  const before = await entryTotal(page);
  await typeCommand(page, command);
  await waitUntil(
    page,
    `the reply to ${command}`,
    (n) => {
      const numbers = document.querySelector('[data-testid="transcript-count"]')?.textContent.match(/\d[\d,]*/g) ?? [];
      return Number((numbers.at(-1) ?? '0').replace(/,/g, '')) >= n;
    },
    before + 2,
  );
}

/// Where transcript entry `index` is drawn: null when it is not, else whether it
/// is selected and wholly inside both the list's view and the window.
async function rowPlace(page, index) {
  return page.evaluate((i) => {
    const row = document.querySelector(`[data-testid="transcript-entry"][data-index="${i}"]`);
    if (!row) return null;
    const r = row.getBoundingClientRect();
    const l = document.querySelector('[data-testid="transcript"]').getBoundingClientRect();
    return {
      selected: row.getAttribute('aria-current') === 'true',
      inView: r.top >= l.top - 1 && r.bottom <= l.bottom + 1 && r.top >= 0 && r.bottom <= window.innerHeight,
    };
  }, String(index));
}

/// The data-index of every marked (selected) arrow of the diagram.
const markedArrows = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="diagram-arrow"][aria-current="true"]')].map((a) => a.getAttribute('data-index')),
  );

/// The arrow of transcript entry `index`.
const arrow = (page, index) => page.locator(`[data-testid="diagram-arrow"][data-index="${index}"]`);

/// Waits until transcript entry `index` is drawn, selected and in view.
async function waitForSelectedRow(page, index, why) {
  await waitUntil(
    page,
    `transcript entry ${index} selected and in view (${why})`,
    (i) => {
      const row = document.querySelector(`[data-testid="transcript-entry"][data-index="${i}"]`);
      if (!row || row.getAttribute('aria-current') !== 'true') return false;
      const r = row.getBoundingClientRect();
      const l = document.querySelector('[data-testid="transcript"]').getBoundingClientRect();
      return r.top >= l.top - 1 && r.bottom <= l.bottom + 1 && r.top >= 0 && r.bottom <= window.innerHeight;
    },
    String(index),
  );
}

// ---------------------------------------------------------------------------------
// Scenarios

const needsDovecot = () =>
  env.dovecotPlain && env.dovecotTls ? null : 'DOVECOT_PLAIN_PORT and DOVECOT_TLS_PORT are not set';
const needsStatic = () => (env.staticUrl ? null : 'STATIC_URL is not set (python3 is not installed)');

/// The value of an unlabelled Prometheus series in `text`, or NaN.
function promValue(text, name) {
  const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  return m ? Number(m[1]) : NaN;
}

/// A demo session in `page` through the proxy: the page loaded (its own
/// requests done), "Try the demo server", USER/PASS as `user`, STAT; returns
/// the URLs of the WebSockets the page opened.
async function demoStat(page, user) {
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto(env.appUrl, { waitUntil: 'networkidle', timeout: 30_000 });
  await waitVisible(page, 'try-demo');
  await demoLogIn(page, user);
  await typeCommand(page, 'STAT');
  await waitForReply(page, 'STAT');
  const { count } = await statReply(page);
  check(count > 0, `STAT as ${user} reports ${count} messages`);
  return sockets;
}

/// Completes the open lesson with its "Do it" buttons, one click per step
/// ("Connect and log in" does both), each waiting for its check; `before(i)`
/// runs before step i's click.
async function doEveryStep(page, total, before = () => null) {
  for (let i = 0; i < total; i += 1) {
    await waitVisible(page, 'lesson-do');
    await before(i);
    await hook(page, 'lesson-do').click();
    await waitUntil(
      page,
      `lesson step ${i + 1} of ${total} marked done`,
      (n) => document.querySelectorAll('[data-testid="lesson-step"][data-done="true"]').length > n,
      i,
    );
  }
  await waitVisible(page, 'lesson-complete');
}

/// axe-core's WCAG 2 A/AA violations on the page as it is now: `[]` when clean.
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy
    // (rightly) refuses an injected script tag.
    await page.evaluate(readFileSync(join(HERE, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(0, 2).join(' ')}`),
    }));
  });
}

const scenarios = [
  {
    name: 'lesson-stat-list',
    title: 'Learn POP3: the "STAT and LIST" lesson completed with its Do-it buttons on the demo server',
    async run(page, snap) {
      await openApp(page);
      await waitVisible(page, 'lessons');
      await hook(page, 'lesson-select').selectOption('stat-list');
      const steps = hook(page, 'lesson-step');
      const total = await steps.count();
      check(total === 4, `the STAT and LIST lesson has ${total} steps, not 4`);
      const doneCount = () => page.locator('[data-testid="lesson-step"][data-done="true"]').count();
      check((await doneCount()) === 0, 'no step is done before starting');
      await doEveryStep(page, total, (i) => (i === 1 ? snap('step-2') : null));
      check((await doneCount()) === total, 'every step shows done');
      check((await stateOf(page)) === 'TRANSACTION', 'the lesson left the session logged in');
      const entries = await transcript(page);
      for (const command of ['STAT', 'LIST', 'LIST 1']) {
        check(
          entries.some((e) => e.dir === 'client' && e.raw.replace(/[␍␊]/g, '').trim().toUpperCase() === command),
          `the transcript has no client line ${command}`,
        );
      }
    },
  },
  {
    name: 'lesson-read-reopen',
    title: 'Learn POP3: a step whose evidence came first waits to be read, finished steps reopen, progress survives a reload',
    async run(page, snap) {
      await openApp(page);
      await waitVisible(page, 'lessons');
      await hook(page, 'lesson-select').selectOption('greeting');
      const doneCount = () => page.locator('[data-testid="lesson-step"][data-done="true"]').count();
      check((await doneCount()) === 0, 'no step is done before starting');
      // "Connect": the greeting brings the timestamp too, but the timestamp
      // step is not ticked before it has been read.
      await hook(page, 'lesson-do').click();
      await waitVisible(page, 'lesson-continue');
      check((await doneCount()) === 1, `only "Connect" is done, not ${await doneCount()} steps`);
      const body = await hook(page, 'lesson-step-body').innerText();
      check(/timestamp/i.test(body) && body.includes('<'), `the timestamp step explains and shows it: ${body}`);
      check((await hook(page, 'lesson-do').count()) === 0, 'a step to read offers no "Do it"');
      await snap('to-read');
      await hook(page, 'lesson-continue').click();
      await waitUntil(page, 'the timestamp step ticked', () =>
        document.querySelectorAll('[data-testid="lesson-step"][data-done="true"]').length === 2);
      // Reopen the first step, read it, close it again.
      const reopen = hook(page, 'lesson-reopen').first();
      check((await reopen.getAttribute('aria-expanded')) === 'false', 'closed at first');
      await reopen.click();
      check((await reopen.getAttribute('aria-expanded')) === 'true', 'open after a click');
      check((await hook(page, 'lesson-step-body').count()) === 2, 'the reopened step and the current one show');
      await snap('reopened');
      await reopen.press('Enter');
      check((await reopen.getAttribute('aria-expanded')) === 'false', 'Enter closes it again');
      check((await doneCount()) === 2, 'reading is not undoing');
      // A reload keeps the lesson's progress.
      await page.reload({ waitUntil: 'load' });
      await waitVisible(page, 'lessons');
      await hook(page, 'lesson-select').selectOption('greeting');
      await waitUntil(page, 'the progress came back after a reload', () =>
        document.querySelectorAll('[data-testid="lesson-step"][data-done="true"]').length === 2);
    },
  },
  {
    name: 'learner-pass',
    title: 'a learner: demo credentials shown, focus follows the session, LIST 0 is a bad argument, the stuffed dot is in the raw view',
    async run(page, snap) {
      await openApp(page);
      await hook(page, 'try-demo').click();
      await waitForState(page, 'AUTHORIZATION');
      // The login form says how to get in, and has the keyboard.
      await waitVisible(page, 'demo-credentials');
      const hint = await hook(page, 'demo-credentials').innerText();
      for (const word of ['mrose', 'tanstaaf', 'dropper', 'nostuff']) {
        check(hint.includes(word), `the demo hint names ${word}: ${hint}`);
      }
      await waitUntil(page, 'the user field focused after connecting', () =>
        document.activeElement?.getAttribute('data-testid') === 'username');
      await hook(page, 'demo-fill').click();
      check((await hook(page, 'username').inputValue()) === 'mrose', 'the user was filled in');
      check((await hook(page, 'password').inputValue()) === 'tanstaaf', 'the password was filled in');
      await snap('credentials');
      await hook(page, 'login').click();
      await waitForState(page, 'TRANSACTION');
      await waitUntil(page, 'the command line focused after login', () =>
        document.activeElement?.getAttribute('data-testid') === 'command-input');
      // Typed straight away: the focus is there.
      await page.keyboard.type('LIST 0');
      await page.keyboard.press('Enter');
      // Warned once, as a bad argument; Enter again sends it anyway.
      await waitVisible(page, 'command-warning');
      const warning = await hook(page, 'command-warning').innerText();
      check(/does not take these arguments/.test(warning) && warning.includes('LIST [msg]'), `the warning: ${warning}`);
      await page.keyboard.press('Enter');
      await waitForTranscriptText(page, 'the LIST 0 explanation', 'LIST with arguments it does not take');
      const entries = await transcript(page);
      const list0 = entries.find((e) => e.dir === 'client' && e.raw.startsWith('LIST 0'));
      check(list0 && !/unknown|not a command/i.test(list0.annotation), `LIST 0 is not an unknown command: ${list0?.annotation}`);
      await waitForTranscriptText(page, 'the refusal explained', 'refused the arguments');
      // RETR 1: the raw view shows the doubled dot, the message view the single one.
      await typeCommand(page, 'RETR 1');
      await waitForReply(page, 'RETR 1');
      const retr = page.locator('[data-testid="transcript-entry"][data-dir="server"]').last();
      await retr.click();
      await waitVisible(page, 'detail-body');
      const raw = await hook(page, 'detail-body').innerText();
      check(raw.includes('\n..signature files'), `the raw body has the doubled dot: ${raw.slice(0, 400)}`);
      check(raw.includes('\n...and this line'), 'three dots on the wire for a line that began with two');
      await snap('raw-stuffed');
    },
  },
  {
    name: 'accessibility',
    title: 'axe-core finds no WCAG 2 A/AA violation: landing, logged in with the mailbox, a message, the lessons, the diagram, the check report; light and dark',
    async run(page, snap) {
      const found = [];
      const scan = async (state) => {
        for (const scheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const v of await axeViolations(page)) found.push(`${state} (${scheme}): ${v.impact} ${v.id}\n       ${v.nodes.join('\n       ')}`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      };
      await openApp(page);
      await scan('landing');
      await demoLogIn(page, 'mrose');
      await page.getByRole('button', { name: 'Load mailbox' }).click();
      await waitUntil(page, 'mailbox rows', () => document.querySelectorAll('[data-testid="message-row"]').length > 0);
      await scan('logged in with the mailbox');
      await typeCommand(page, 'RETR 1');
      await waitVisible(page, 'message-view');
      await scan('message view');
      await page.locator('.diagram summary').first().click();
      await scan('lessons and diagram');
      await runCheck(page, { host: '127.0.0.1', port: env.demoPlain, user: 'mrose' });
      await scan('check report');
      check(found.length === 0, `axe-core violations:\n     ${found.join('\n     ')}`);
    },
  },
  {
    name: 'export-reimport',
    title: 'demo: STAT, LIST; the text export re-imports to the same lines; the sequence diagram renders',
    async run(page, snap) {
      await openApp(page);
      await demoLogIn(page, 'mrose');
      for (const command of ['STAT', 'LIST']) {
        await typeCommand(page, command);
        await waitForReply(page, command);
      }
      const exportText = () => page.evaluate(() => document.querySelector('[data-testid="export-text"]')?.value ?? '');
      const wireLines = (text) => text.split('\n').filter((l) => /^[CS]:/.test(l));
      await page.locator('details.export > summary').click();
      await waitUntil(page, 'export-text with the whole LIST reply', () =>
        /\nC: LIST\nS: \+OK.*\n(S: .*\n)*S: \.\n/.test(document.querySelector('[data-testid="export-text"]')?.value ?? ''));
      const exported = await exportText();
      const before = wireLines(exported);
      check(exported.includes('C: PASS ********') && !exported.includes('tanstaaf'), 'the exported PASS line is not masked');
      check(before.some((l) => l.startsWith('S: +OK')) && before.includes('C: STAT'), `unexpected export:\n${exported}`);
      check((await hook(page, 'share-link').textContent()).includes('#host='), 'share-link shows no link');
      await snap('export');

      // The sequence diagram: one arrow per entry, a screenshot of it.
      const diagram = hook(page, 'sequence-diagram');
      await diagram.locator('summary').click();
      await waitUntil(page, 'an SVG with arrows in sequence-diagram', () =>
        document.querySelectorAll('[data-testid="sequence-diagram"] svg g.msg .arrow').length > 0);
      const arrows = await diagram.locator('svg g.msg .arrow').count();
      check(arrows >= before.length - 2, `${arrows} arrows for ${before.length} C:/S: lines (plus notes)`);
      check((await diagram.locator('svg [data-lane]').count()) === 3, 'the diagram has not three lanes');
      await diagram.screenshot({ path: join(SCREENSHOTS, 'export-reimport-diagram.png') });

      // Paste the export into the import panel: the same client and server lines.
      await page.locator('details.import > summary').click();
      await hook(page, 'import-text').fill(exported);
      await hook(page, 'import-run').click();
      await waitUntil(page, 'export-text of the re-imported transcript', (old) => {
        const now = document.querySelector('[data-testid="export-text"]')?.value ?? '';
        return now !== old && now.includes('# proxy: Imported');
      }, exported);
      const after = wireLines(await exportText());
      check(JSON.stringify(after) === JSON.stringify(before),
        `re-imported lines differ:\nbefore:\n${before.join('\n')}\nafter:\n${after.join('\n')}`);
      const shown = (await transcript(page)).filter((e) => e.dir !== 'proxy');
      check(shown.length > 0, 'the transcript shows no client or server line after the import');
      for (const e of shown) {
        const prefix = e.dir === 'client' ? 'C: ' : 'S: ';
        check(before.includes(prefix + e.raw), `the transcript shows ${e.dir} line ${JSON.stringify(e.raw)}, not in the export`);
      }
      check(!(await transcript(page)).some((e) => e.text.includes('tanstaaf')), 'the password shows after re-import');

      // The JSON export pasted back restores the same entries, notes included.
      await hook(page, 'export-json').check();
      await waitUntil(page, 'the JSON export', () =>
        (document.querySelector('[data-testid="export-text"]')?.value ?? '').startsWith('{'));
      const json = await exportText();
      const entriesBefore = await transcript(page);
      await hook(page, 'import-text').fill(json);
      await hook(page, 'import-run').click();
      await page.waitForTimeout(300);
      const entriesAfter = await transcript(page);
      check(JSON.stringify(entriesAfter) === JSON.stringify(entriesBefore),
        `the restored transcript differs: ${entriesAfter.length} rows, was ${entriesBefore.length}`);

      // A share link configures the connection form (a fresh load, not a hash change).
      await page.goto('about:blank');
      await page.goto(`${env.appUrl}#host=pop.example.org&port=995&security=implicit`, { waitUntil: 'load' });
      await waitVisible(page, 'host');
      await waitUntil(page, 'the share link in the connection form', () =>
        document.querySelector('[data-testid="host"]')?.value === 'pop.example.org' &&
        document.querySelector('[data-testid="port"]')?.value === '995' &&
        document.querySelector('[data-testid="security"]')?.value === 'implicit');
    },
  },
  {
    name: 'export-scripts',
    title: 'demo: STAT, LIST, RETR 1; the openssl, curl and poplib scripts download with the password masked and replay the session',
    async run(page, snap) {
      await openApp(page);
      await demoLogIn(page, 'mrose');
      for (const command of ['STAT', 'LIST', 'RETR 1']) {
        await typeCommand(page, command);
        await waitForReply(page, command);
      }
      await page.locator('details.export > summary').click();
      const exportText = () => page.evaluate(() => document.querySelector('[data-testid="export-text"]')?.value ?? '');
      const flavours = [
        { hook: 'export-script-openssl', file: 'pop3-session.sh', start: '#!/usr/bin/env bash', has: "send 'RETR 1'" },
        { hook: 'export-script-curl', file: 'pop3-session-curl.sh', start: '#!/usr/bin/env bash', has: '"$URL/1"' },
        { hook: 'export-script-python', file: 'pop3-session.py', start: '#!/usr/bin/env python3', has: 'step(pop.retr, 1)' },
      ];
      const scripts = {};
      for (const f of flavours) {
        await hook(page, f.hook).check();
        await waitUntil(page, `the ${f.file} script in export-text`, (start) =>
          (document.querySelector('[data-testid="export-text"]')?.value ?? '').startsWith(start), f.start);
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: WAIT_MS }),
          hook(page, 'export-download').click(),
        ]);
        check(download.suggestedFilename() === f.file, `downloaded ${download.suggestedFilename()}, not ${f.file}`);
        const text = readFileSync(await download.path(), 'utf8');
        check(text === await exportText(), `${f.file}: the download differs from the text shown`);
        check(!text.includes('tanstaaf'), `${f.file} holds the password without "include secrets":\n${text}`);
        check(text.includes(f.has) && text.includes('# Server: 127.0.0.1 port ' + env.demoPlain),
          `${f.file} lacks ${f.has} or its header:\n${text}`);
        check(/# Recorded: \d{4}-\d\d-\d\d \d\d:\d\d UTC\./.test(text), `${f.file} does not say when it was recorded`);
        scripts[f.file] = text;
      }
      await snap('python');
      // With "include secrets" the password is in the script; unticked, out again.
      await hook(page, 'export-secrets').check();
      await waitUntil(page, 'the password in the Python script with secrets included', () =>
        (document.querySelector('[data-testid="export-text"]')?.value ?? '').includes("PASSWORD = 'tanstaaf'"));
      await hook(page, 'export-secrets').uncheck();
      await waitUntil(page, 'the password out of the Python script again', () =>
        !(document.querySelector('[data-testid="export-text"]')?.value ?? '').includes('tanstaaf'));

      // The demo locks the maildrop while a session is open: end the browser's first.
      await hook(page, 'disconnect').click();
      await waitForState(page, 'DISCONNECTED');
      await page.waitForTimeout(500);

      const dir = mkdtempSync(join(tmpdir(), 'pop3-scripts-'));
      try {
        for (const [file, text] of Object.entries(scripts)) writeFileSync(join(dir, file), text);
        const subject = 'Welcome to the POP3 Playground';
        if (hasProgram('python3')) {
          const out = runScript('python3', join(dir, 'pop3-session.py'));
          check(out.includes(subject) && out.includes('+OK'), `the poplib replay did not print message 1:\n${out}`);
          console.log(`     poplib replay: ${out.split('\n').length} lines, message 1 retrieved`);
        } else {
          console.log('     (python3 not found: the poplib script was not run)');
        }
        if (!hasProgram('bash')) {
          console.log('     (bash not found: the shell scripts were not run)');
        } else {
          const via = hasProgram('nc') ? 'nc' : "bash's /dev/tcp (no nc here)";
          const out = runScript('bash', join(dir, 'pop3-session.sh'));
          check(out.includes(subject) && /\+OK.*\r?\n/.test(out), `the shell replay (${via}) did not print message 1:\n${out}`);
          console.log(`     shell replay through ${via}: message 1 retrieved`);
          if (hasProgram('curl')) {
            const curlOut = runScript('bash', join(dir, 'pop3-session-curl.sh'));
            check(curlOut.includes(subject), `the curl replay did not print message 1:\n${curlOut}`);
            console.log('     curl replay: message 1 retrieved');
          } else {
            console.log('     (curl not found: the curl script was not run)');
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'demo-user-pass',
    title: 'demo: USER/PASS, STAT, LIST, RETR 1 with an annotated transcript and the message shown',
    async run(page) {
      await openApp(page);
      await demoLogIn(page, 'mrose');
      // The proxy answered beside the page: the demo went through it.
      check((await hook(page, 'no-proxy-note').count()) === 0, 'the page says no proxy answers, beside the proxy');
      await waitForTranscriptText(page, 'the proxy connection in the transcript', 'Connected to 127\\.0\\.0\\.1:');
      for (const command of ['STAT', 'LIST', 'RETR 1']) {
        await typeCommand(page, command);
        await waitForReply(page, command);
      }
      const entries = await transcript(page);
      const client = entries.filter((e) => e.dir === 'client');
      const server = entries.filter((e) => e.dir === 'server');
      check(client.length >= 5, `expected USER, PASS, STAT, LIST and RETR from the client, got ${client.length} client entries`);
      check(server.length >= 5, `expected at least 5 server entries (greeting and replies), got ${server.length}`);
      for (const e of [...client, ...server]) {
        check(e.annotation !== '', `the ${e.dir} entry ${JSON.stringify(e.raw.slice(0, 60))} has no annotation`);
      }
      check(
        entries.some((e) => e.annotation.includes('RFC 1939')),
        'no annotation names RFC 1939',
      );
      check(
        client.some((e) => /^PASS\b/i.test(e.raw)) && !client.some((e) => e.raw.includes('tanstaaf')),
        'the PASS line should be in the transcript with the password masked',
      );
      await waitUntil(
        page,
        'message-view showing "Welcome to the POP3 Playground" (the subject of demo message 1)',
        () => document.querySelector('[data-testid="message-view"]')?.textContent.includes('Welcome to the POP3 Playground'),
      );
    },
  },
  {
    name: 'demo-apop',
    title: 'demo: APOP login',
    async run(page) {
      await openApp(page);
      await tryDemo(page);
      await logIn(page, 'apop', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
      check((await hook(page, 'login-error').count()) === 0, 'login-error is shown after a successful APOP login');
    },
  },
  {
    name: 'dovecot-stls',
    title: 'Dovecot: STLS after the greeting, trust the self-signed certificate, log in',
    skip: needsDovecot,
    async run(page, snap) {
      await openApp(page);
      await setField(page, 'host', '127.0.0.1');
      await setField(page, 'port', env.dovecotPlain);
      await hook(page, 'security').selectOption('stls');
      await hook(page, 'connect').click();
      // The app sends STLS after the greeting; the proxy cannot verify Dovecot's
      // self-signed certificate and reports its chain.
      await trustCertificate(page, snap);
      await waitForPinnedTls(page);
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
      const entries = await transcript(page);
      check(
        entries.some((e) => e.dir === 'client' && /^STLS\b/i.test(e.raw)),
        'the transcript has no STLS command from the client',
      );
      check(
        entries.some((e) => e.dir === 'proxy' && /\bTLS\b/.test(e.text)),
        'no transcript entry from the proxy/app mentions TLS',
      );
    },
  },
  {
    name: 'dovecot-implicit-tls',
    title: 'Dovecot: implicit TLS to localhost, trust the self-signed certificate, log in',
    skip: needsDovecot,
    async run(page, snap) {
      await openApp(page);
      await setField(page, 'host', 'localhost');
      await setField(page, 'port', env.dovecotTls);
      await hook(page, 'security').selectOption('implicit');
      await hook(page, 'connect').click();
      await trustCertificate(page, snap);
      await waitForPinnedTls(page);
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
    },
  },
  {
    name: 'tls-faults',
    title: 'demo TLS faults: each certificate failure is explained by its cause, on the proxy ↔ server hop, with no debug text',
    skip: () => (env.demoExpired ? null : 'DEMO_EXPIRED_PORT and the other fault ports are not set'),
    async run(page, snap) {
      await openApp(page);
      const faults = [
        { preset: 'ui-settings-preset-fault-expired', port: env.demoExpired, cause: 'expired', words: /certificate has expired/ },
        { preset: 'ui-settings-preset-fault-wrong-name', port: env.demoWrongName, cause: 'wrong_name', words: /certificate is for other names/ },
        { preset: 'ui-settings-preset-fault-self-signed', port: env.demoSelfSigned, cause: 'self_signed', words: /certificate is self-signed/ },
        { preset: 'ui-settings-preset-fault-incomplete-chain', port: env.demoIncompleteChain, cause: 'incomplete_chain', words: /chain is incomplete/ },
      ];
      for (const fault of faults) {
        // The "TLS faults" presets fill in the form.
        await hook(page, 'preset').selectOption(fault.preset);
        const port = await hook(page, 'port').inputValue();
        check(port === String(fault.port), `the ${fault.cause} preset sets port ${port}, not ${fault.port}`);
        const security = await hook(page, 'security').inputValue();
        check(security === 'implicit', `the ${fault.cause} preset sets security ${security}, not implicit`);
        await hook(page, 'connect').click();
        await waitUntil(
          page,
          `a transcript entry with the cause ${fault.cause}`,
          (cause) => document.querySelector(`[data-testid="transcript-entry"][data-cause="${cause}"]`) !== null,
          fault.cause,
        );
        const entry = await page.evaluate((cause) => {
          const e = document.querySelector(`[data-testid="transcript-entry"][data-cause="${cause}"]`);
          return { hop: e.getAttribute('data-hop'), text: e.textContent.replace(/\s+/g, ' ').trim() };
        }, fault.cause);
        check(entry.hop === 'proxy-server', `the ${fault.cause} entry is on hop ${entry.hop}, not proxy-server`);
        check(entry.text.includes('Proxy ↔ server'), `the ${fault.cause} entry does not name its hop: ${entry.text}`);
        check(fault.words.test(entry.text), `the ${fault.cause} entry does not explain it: ${entry.text}`);
        // The certificate panel says what failed, in the same words.
        await waitVisible(page, 'cert-failure');
        const panel = await page.evaluate(() => {
          const e = document.querySelector('[data-testid="cert-failure"]');
          return { cause: e.getAttribute('data-cause'), text: e.textContent.replace(/\s+/g, ' ').trim() };
        });
        check(panel.cause === fault.cause, `the certificate panel's cause is ${panel.cause}, not ${fault.cause}`);
        check(fault.words.test(panel.text), `the certificate panel does not explain ${fault.cause}: ${panel.text}`);
        const error = (await hook(page, 'proxy-error').textContent()).replace(/\s+/g, ' ');
        check(fault.words.test(error), `proxy-error does not explain ${fault.cause}: ${error}`);
        await waitVisible(page, 'trust-cert');
        await snap(fault.cause);
        await waitForState(page, 'DISCONNECTED');
      }
      const shown = await page.evaluate(() => document.body.innerText);
      const debug = shown.match(DEBUG_TEXT);
      check(debug === null, `the page shows the TLS library's debug text: ${debug}`);
    },
  },
  {
    name: 'proxy-down',
    title: 'a proxy URL where nothing listens: the 1006 explanation, on the browser ↔ proxy hop',
    skip: () => (env.closedPort ? null : 'CLOSED_PORT is not set'),
    async run(page) {
      await openApp(page);
      await page.locator('details:has([data-testid="proxy-url"]) > summary').click();
      await setField(page, 'proxy-url', `ws://127.0.0.1:${env.closedPort}/ws`);
      await hook(page, 'connect').click();
      await waitUntil(
        page,
        'a transcript entry on the browser ↔ proxy hop',
        () => document.querySelector('[data-testid="transcript-entry"][data-hop="browser-proxy"]') !== null,
      );
      const text = await page.evaluate(() =>
        document.querySelector('[data-testid="transcript-entry"][data-hop="browser-proxy"]').textContent.replace(/\s+/g, ' ').trim(),
      );
      check(text.includes('Browser ↔ proxy'), `the entry does not name its hop: ${text}`);
      check(text.includes('(1006)'), `the entry does not give the close code 1006: ${text}`);
      check(
        /dropped without a close frame: the proxy is not running, the proxy URL is wrong/.test(text),
        `the entry does not explain 1006: ${text}`,
      );
      await waitForState(page, 'DISCONNECTED');
      const status = await page.locator('.connection .status').textContent();
      check(status.includes('(1006)'), `the connection status does not say why: ${status}`);
    },
  },
  {
    name: 'demo-wrong-password',
    title: 'demo: a wrong password shows login-error and stays in AUTHORIZATION',
    async run(page) {
      await openApp(page);
      await tryDemo(page);
      await logIn(page, 'user', 'mrose', 'not-the-password');
      await waitVisible(page, 'login-error');
      const error = (await hook(page, 'login-error').textContent()).trim();
      check(error !== '', 'login-error is empty');
      // Give a wrongly handled reply time to change the state.
      await page.waitForTimeout(500);
      const state = await stateOf(page);
      check(state === 'AUTHORIZATION', `session-state is ${state} after a failed login, not AUTHORIZATION`);
    },
  },
  {
    name: 'transcript-100k',
    title: 'import a 100,000-line log: the transcript renders only what is visible and still scrolls',
    async run(page) {
      await openApp(page);
      const pairs = 50_000;
      const log = ['S: +OK POP3 server ready', 'C: USER alice', 'S: +OK', 'C: PASS secret', 'S: +OK logged in']
        .concat(Array.from({ length: pairs }, (_, i) => `C: NOOP\nS: +OK still here ${i}`))
        .join('\n');
      // Opening <details> reveals the form.
      await page.locator('details.import > summary').click();
      // Pasting 1.6 MB the way a clipboard does: one input event.
      await hook(page, 'import-text').waitFor({ state: 'visible' });
      await page.evaluate((text) => {
        const area = document.querySelector('[data-testid="import-text"]');
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, log);
      await hook(page, 'import-run').click();
      await waitForTranscriptText(page, 'the end of the imported log', 'still here 49999');
      const rows = await hook(page, 'transcript-entry').count();
      check(rows < 300, `only visible rows are in the page, not ${rows}`);
      const total = await page.evaluate(() => document.querySelector('[data-testid="transcript"]').scrollHeight);
      // Scroll to the middle, then near the top, as a person would with the wheel.
      const list = hook(page, 'transcript');
      await list.hover();
      for (const [target, label] of [[0.5, 'middle'], [0.1, 'top']]) {
        await page.evaluate((y) => {
          const el = document.querySelector('[data-testid="transcript"]');
          el.scrollTop = y;
          el.dispatchEvent(new Event('scroll'));
        }, total * target);
        await page.mouse.wheel(0, 200);
        const expected = Math.round(100_000 * target);
        await waitUntil(
          page,
          `rows near entry ${expected} after scrolling to the ${label}`,
          (want) =>
            [...document.querySelectorAll('[data-testid="transcript-entry"]')].some(
              (e) => Math.abs(Number(e.getAttribute('data-index')) - want) < 200,
            ),
          expected,
        );
      }
      // Scrolled back to the top, the PASS line is drawn: masked.
      await page.evaluate(() => {
        const el = document.querySelector('[data-testid="transcript"]');
        el.scrollTop = 0;
        el.dispatchEvent(new Event('scroll'));
      });
      await waitForTranscriptText(page, 'the masked PASS line', 'PASS \\*{8}');
      const text = await page.evaluate(() => document.querySelector('[data-testid="transcript"]').textContent);
      check(!text.includes('secret'), 'the imported password is masked in the transcript');
    },
  },
  {
    name: 'demo-dropper',
    title: 'demo: the connection drops during RETR; the app says so and can connect again',
    async run(page, snap) {
      await openApp(page);
      await demoLogIn(page, 'dropper');
      await typeCommand(page, 'RETR 1');
      await waitForState(page, 'DISCONNECTED');
      await snap('dropped');
      await waitForTranscriptText(
        page,
        'a transcript entry saying the connection ended ("ended unexpectedly" or "closed by the server")',
        'ended unexpectedly|closed by the server',
      );
      // Still usable.
      await tryDemo(page);
    },
  },
  {
    name: 'websockify',
    title: 'through a stock websockify 0.13 (fixed target: the demo): log in, STAT; STLS explained as off',
    skip: () => (process.env.WEBSOCKIFY_URL ? null : 'WEBSOCKIFY_URL is not set (websockify not installed)'),
    async run(page) {
      await openApp(page);
      await page.locator('details:has([data-testid="proxy-url"]) > summary').first().click();
      await hook(page, 'proxy-kind').selectOption('websockify');
      await setField(page, 'proxy-url', process.env.WEBSOCKIFY_URL);
      await waitVisible(page, 'websockify-note');
      await hook(page, 'connect').click();
      await waitForState(page, 'AUTHORIZATION');
      const stls = hook(page, 'cmd-stls');
      check(await stls.isDisabled(), 'STLS is disabled behind websockify');
      check(/websockify/i.test((await stls.getAttribute('title')) ?? ''), 'the STLS button says why');
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
      await typeCommand(page, 'STAT');
      await waitForReply(page, 'STAT');
      const entries = await transcript(page);
      check(entries.some((e) => e.dir === 'server' && /^\+OK \d+ \d+/.test(e.raw)), 'a STAT reply came through websockify');
      check(!entries.some((e) => /Asked the proxy to connect/.test(e.raw)), 'no control messages were used');
    },
  },
  {
    name: 'nginx-wss',
    title: 'behind nginx with TLS: the page over https, two demo sessions over wss:// (one on each proxy instance), log in, STAT',
    skip: () => (env.instanceMetrics ? null : 'runs in its own test, tests/e2e.rs nginx_wss (nginx and two proxy instances)'),
    // Every request also carries a forged X-Forwarded-For, which nginx must
    // replace (tests/e2e.rs checks that no instance believed it).
    context: {
      ignoreHTTPSErrors: true,
      extraHTTPHeaders: process.env.FORGED_FORWARDED_FOR ? { 'X-Forwarded-For': process.env.FORGED_FORWARDED_FOR } : {},
    },
    async run(page, snap) {
      check(env.appUrl.startsWith('https://'), `APP_URL is not an https:// URL: ${env.appUrl}`);
      const wsUrl = `${env.appUrl.replace(/^https:/, 'wss:').replace(/\/?$/, '/')}ws`;
      // The page's own headers pass through nginx.
      const head = await page.request.get(env.appUrl);
      check(head.status() === 200, `GET ${env.appUrl} through nginx: HTTP ${head.status()}`);
      check(/script-src/.test(head.headers()['content-security-policy'] ?? ''), 'the page has its Content-Security-Policy through nginx');
      // The counters are not published through nginx.
      const outside = await page.request.get(`${env.appUrl.replace(/\/?$/, '/')}metrics`);
      check(outside.status() === 404, `/metrics through nginx answers HTTP ${outside.status()}, not 404`);

      // Two sessions at once, each its own WebSocket: nginx sends the second
      // to the instance with fewer connections, the other one.
      const first = await demoStat(page, 'mrose');
      check(
        first.length === 1 && first[0] === wsUrl,
        `the app's WebSocket went to ${JSON.stringify(first)}, not ${wsUrl}`,
      );
      const other = await page.context().newPage();
      try {
        const second = await demoStat(other, 'nostuff');
        check(second.length === 1 && second[0] === wsUrl, `the second WebSocket went to ${JSON.stringify(second)}`);
        await other.screenshot({ path: join(SCREENSHOTS, 'nginx-wss-second.png'), fullPage: true });
      } catch (e) {
        await other.screenshot({ path: join(SCREENSHOTS, 'nginx-wss-second.png'), fullPage: true }).catch(() => {});
        throw new Error(`the second page: ${e.message}\n${await describePage(other)}`);
      }

      const instances = [];
      for (const url of env.instanceMetrics.split(',')) {
        const response = await fetch(url);
        check(response.ok, `GET ${url}: HTTP ${response.status}`);
        const text = await response.text();
        instances.push({
          url,
          active: promValue(text, 'pop3_proxy_sessions_active'),
          demo: promValue(text, 'pop3_proxy_demo_sessions_total'),
        });
      }
      check(instances.length === 2, `two instances' metrics: ${env.instanceMetrics}`);
      check(
        instances.every((i) => i.active === 1 && i.demo === 1),
        `each proxy instance holds one of the two demo sessions: ${JSON.stringify(instances)}`,
      );
      await snap('first');
    },
  },
  {
    name: 'server-check-demo',
    title: 'server check against the demo (mrose): every probe passes, nothing is deleted, the report exports',
    async run(page) {
      await runCheck(page, { host: '127.0.0.1', port: env.demoPlain ?? 1110, user: 'mrose' });
      const verdicts = await findings(page);
      const failed = verdicts.filter((f) => f.verdict === 'fail');
      check(failed.length === 0, `no probe fails on the demo: ${JSON.stringify(failed)}`);
      check(verdicts.filter((f) => f.verdict === 'pass').length >= 15, `most probes pass: ${JSON.stringify(verdicts)}`);
      for (const id of ['greeting', 'capa', 'uidl-stable', 'dele-rset', 'unknown-command', 'stat-list']) {
        check(verdicts.some((f) => f.id === id && f.verdict === 'pass'), `probe ${id} passes`);
      }
      await hook(page, 'check-export').click();
      const report = await hook(page, 'check-report-text').inputValue();
      check(/PASS/.test(report) && /RFC 1939/.test(report), 'the exported report lists verdicts with RFC clauses');
      // The report is words of the reader's language: switching says it again.
      await hook(page, 'lang').selectOption('fr');
      await waitForLang(page, 'fr');
      await waitUntil(page, 'the report in French', () =>
        document.querySelector('[data-testid="check-finding"][data-id="greeting"]')?.textContent.includes('Message d’accueil'));
      check((await hook(page, 'check-user').inputValue()) === 'mrose', 'the check form keeps its user across the switch');
      await hook(page, 'lang').selectOption('en');
      await waitForLang(page, 'en');
      // The mailbox is intact: the demo still has its 5 messages.
      await demoLogIn(page, 'mrose');
      await typeCommand(page, 'STAT');
      await waitForTranscriptText(page, 'STAT still 5 messages', '\\+OK 5 ');
    },
  },
  {
    name: 'server-check-faults',
    title: 'server check against the demo\'s fault users: nostuff fails dot-stuffing, inuse fails login',
    async run(page) {
      await runCheck(page, { host: '127.0.0.1', port: env.demoPlain ?? 1110, user: 'nostuff' });
      let verdicts = await findings(page);
      check(verdicts.some((f) => f.id === 'line-format' && f.verdict === 'fail'), `nostuff: line-format fails: ${JSON.stringify(verdicts)}`);
      await runCheck(page, { host: '127.0.0.1', port: env.demoPlain ?? 1110, user: 'inuse', fresh: false });
      verdicts = await findings(page);
      const login = verdicts.find((f) => f.id === 'login');
      check(login?.verdict === 'fail' && /IN-USE/.test(login.text), `inuse: login fails naming [IN-USE]: ${JSON.stringify(login)}`);
    },
  },
  {
    name: 'server-check-dovecot',
    title: 'server check against the real Dovecot: a report with no failures',
    skip: needsDovecot,
    async run(page) {
      await runCheck(page, { host: '127.0.0.1', port: env.dovecotPlain, user: 'mrose' });
      const verdicts = await findings(page);
      const failed = verdicts.filter((f) => f.verdict === 'fail');
      check(failed.length === 0, `no probe fails on Dovecot: ${JSON.stringify(failed)}`);
      check(verdicts.some((f) => f.id === 'sasl-CRAM-MD5' && f.verdict === 'pass'), `CRAM-MD5 is exercised: ${JSON.stringify(verdicts)}`);
    },
  },
  {
    name: 'import-telnet',
    title: 'paste a telnet log from a textbook: annotated offline, violations flagged, the password masked',
    async run(page) {
      await openApp(page);
      const log = [
        'Here is what happened when I checked my mail by hand:',
        '$ telnet mail.example.com 110',
        'Trying 192.0.2.7...',
        'Connected to mail.example.com.',
        "Escape character is '^]'.",
        '+OK POP3 server ready <7.3@mail.example.com>',
        'user alice',
        '+OK',
        'pass wonderland',
        '+OK Mailbox open, 2 messages',
        'stat',
        '+OK two messages',
        'retr 1',
        '+OK',
        'Subject: dots',
        '',
        '.this line was not stuffed',
        '.',
        'quit',
        '+OK bye',
        'Connection closed by foreign host.',
      ].join('\n');
      await page.locator('details.import > summary').click();
      await hook(page, 'import-text').fill(log);
      await hook(page, 'import-run').click();
      await waitForTranscriptText(page, 'the QUIT reply', 'bye');
      const entries = await transcript(page);
      check(entries.some((e) => e.dir === 'client' && /^STAT/i.test(e.raw)), 'commands are recognised as client lines');
      check(entries.some((e) => /PASS \*{8}/.test(e.raw)) && !entries.some((e) => /wonderland/.test(e.text)), 'the password is masked');
      const flagged = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="transcript-entry"][data-severity="violation"]')].map((e) => e.textContent),
      );
      check(flagged.some((t) => /two messages/.test(t)), `the malformed STAT reply is flagged: ${JSON.stringify(flagged)}`);
      check(flagged.some((t) => /\d+ lines?, \d+ octets/.test(t)), `the unstuffed RETR body is flagged: ${JSON.stringify(flagged)}`);
    },
  },
  {
    name: 'port-follows-security',
    title: 'the connection form: a port the user typed stays when the security changes; a default port follows it',
    async run(page, snap) {
      await openApp(page);
      // What the app will use (not only what the field shows): the share link.
      await page.locator('details.export > summary').click();
      const expect = async (port, security, why) => {
        await waitUntil(
          page,
          `port ${port} and ${security} in the field and in the share link (${why})`,
          ([p, s]) =>
            document.querySelector('[data-testid="port"]')?.value === p &&
            document.querySelector('[data-testid="security"]')?.value === s &&
            (document.querySelector('[data-testid="share-link"]')?.textContent ?? '').includes(`port=${p}&security=${s}`),
          [String(port), security],
        );
      };
      // One's own server on a port of its own: host, then port, then security.
      await setField(page, 'host', 'pop.example.org');
      await setField(page, 'port', 2110);
      await hook(page, 'security').selectOption('implicit');
      await expect(2110, 'implicit', 'a typed port stays');
      await snap('typed-port');
      await hook(page, 'security').selectOption('stls');
      await expect(2110, 'stls', 'a typed port stays');
      // The standard ports follow the security: 995 for implicit TLS, 110 otherwise.
      await hook(page, 'security').selectOption('none');
      await setField(page, 'port', 110);
      await hook(page, 'security').selectOption('implicit');
      await expect(995, 'implicit', 'POP3S has its own port');
      await hook(page, 'security').selectOption('stls');
      await expect(110, 'stls', 'STLS starts on the plain port');
      // The demo's ports follow too, and implicit TLS then really reaches the demo's TLS listener.
      await setField(page, 'host', '127.0.0.1');
      await setField(page, 'port', env.demoPlain ?? 1110);
      await hook(page, 'security').selectOption('implicit');
      await expect(env.demoTls ?? 1995, 'implicit', "the demo's TLS port");
      await hook(page, 'connect').click();
      await waitForState(page, 'AUTHORIZATION');
      const entries = await transcript(page);
      const port = env.demoTls ?? 1995;
      check(entries.some((e) => e.dir === 'proxy' && e.text.includes(`:${port}`) && /TLS/.test(e.text)),
        `connected to ${port} with TLS: ${JSON.stringify(entries.map((e) => e.text))}`);
      check(entries.some((e) => e.dir === 'server' && /^\+OK/.test(e.raw)), 'the demo greeted over implicit TLS');
    },
  },
  {
    name: 'diagram-transcript-link',
    title: 'the sequence diagram and the transcript select each other: an arrow clicked (or Enter, Space) selects its line; a line selected marks its arrow',
    async run(page, snap) {
      await openApp(page);
      await demoLogIn(page, 'mrose');
      // Enough lines that the first ones leave the transcript's view.
      for (const command of ['STAT', 'LIST', 'UIDL', 'NOOP', 'LIST 1', 'UIDL 2', 'RETR 1', 'TOP 2 0', 'NOOP']) {
        await sendAndWait(page, command);
      }
      await hook(page, 'sequence-diagram').locator('summary').click();
      await waitVisible(page, 'diagram-arrow');
      const arrows = await hook(page, 'diagram-arrow').count();
      check(arrows === (await entryTotal(page)), `one arrow per entry: ${arrows} arrows, ${await entryTotal(page)} entries`);
      check((await hook(page, 'diagram-arrow').first().getAttribute('tabindex')) === '0', 'arrows are focusable');

      // The USER line, scrolled out of the transcript by the newer lines.
      const user = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="diagram-arrow"]')]
          .find((a) => /^USER /.test(a.querySelector('title')?.textContent ?? ''))
          ?.getAttribute('data-index'));
      check(user != null, 'the diagram has an arrow for USER');
      const before = await rowPlace(page, user);
      check(!before?.inView, `the USER line starts out of the transcript's view: ${JSON.stringify(before)}`);
      await arrow(page, user).click();
      await waitForSelectedRow(page, user, 'an arrow clicked');
      check(/^USER mrose/.test((await transcript(page)).find((e) => e.raw.startsWith('USER'))?.raw ?? ''), 'the selected line is USER');
      check((await markedArrows(page)).join() === user, `only the clicked arrow is marked: ${await markedArrows(page)}`);
      check((await hook(page, 'toggle-follow').getAttribute('aria-pressed')) === 'false', 'following stops, so the line stays in view');
      const detail = await hook(page, 'transcript-detail').textContent();
      check(/USER mrose/.test(detail), `the inspector shows the USER line: ${detail.slice(0, 200)}`);
      await snap('arrow-clicked');

      // A line clicked in the transcript marks its arrow: the server's answer to USER.
      const answer = String(Number(user) + 1);
      await page.locator(`[data-testid="transcript-entry"][data-index="${answer}"]`).click();
      await waitUntil(page, `the arrow of entry ${answer} marked`, (i) =>
        [...document.querySelectorAll('[data-testid="diagram-arrow"][aria-current="true"]')].map((a) => a.getAttribute('data-index')).join() === i,
      answer);
      // Its arrow was brought into the diagram's view.
      const shown = await page.evaluate((i) => {
        const a = document.querySelector(`[data-testid="diagram-arrow"][data-index="${i}"]`).getBoundingClientRect();
        const box = document.querySelector('.diagram-scroll').getBoundingClientRect();
        return a.top >= box.top - 1 && a.bottom <= box.bottom + 1;
      }, answer);
      check(shown, 'the marked arrow is within the diagram\'s view');
      await hook(page, 'sequence-diagram').screenshot({ path: join(SCREENSHOTS, 'diagram-transcript-link-diagram.png') });

      // The keyboard: Tab reaches arrows; Enter and Space select.
      const stat = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="diagram-arrow"]')]
          .find((a) => /^STAT/.test(a.querySelector('title')?.textContent ?? ''))
          ?.getAttribute('data-index'));
      await arrow(page, stat).focus();
      await page.keyboard.press('Enter');
      await waitForSelectedRow(page, stat, 'Enter on an arrow');
      const pass = String(Number(user) + 2);
      await arrow(page, pass).focus();
      await page.keyboard.press('Space');
      await waitForSelectedRow(page, pass, 'Space on an arrow');
      check((await markedArrows(page)).join() === pass, 'the arrow picked with Space is marked');
      const masked = (await transcript(page)).find((e) => e.raw.startsWith('PASS'));
      check(masked && !masked.text.includes('tanstaaf'), 'the PASS line stays masked');
      await snap('keyboard');
    },
  },
  {
    name: 'filter-problems',
    title: 'demo user "garbage": "Problems only" lists the warnings and violations with their count; an arrow of a hidden line shows every line again',
    async run(page, snap) {
      await openApp(page);
      await demoLogIn(page, 'garbage');
      for (const command of ['STAT', 'LIST', 'NOOP']) {
        await sendAndWait(page, command);
      }
      await waitUntil(page, 'a transcript line flagged by its annotation', () =>
        document.querySelector('[data-testid="transcript-entry"]:not([data-severity="info"])') !== null);
      const total = await entryTotal(page);
      const all = await transcript(page);
      check(/^\d+ entries$/.test((await hook(page, 'transcript-count').textContent()).trim()), 'the count shows the total');

      await hook(page, 'filter-problems').click();
      check((await hook(page, 'filter-problems').getAttribute('aria-pressed')) === 'true', 'the filter is on');
      const severities = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="transcript-entry"]')].map((e) => e.getAttribute('data-severity')));
      check(severities.length >= 3, `a flagged line per command at least: ${severities.length}`);
      check(severities.every((s) => s === 'warning' || s === 'violation'), `only warnings and violations are listed: ${severities}`);
      const count = (await hook(page, 'transcript-count').textContent()).trim();
      check(count === `${severities.length} of ${total} entries`, `the count says shown of total: "${count}"`);
      check(severities.length < total, 'lines without a problem are hidden');
      const problems = await transcript(page);
      check(problems.every((e) => all.some((a) => a.raw === e.raw)), 'the problems are lines of the transcript');
      await snap('filtered');

      // The diagram still has every arrow; picking the STAT command (no problem)
      // turns the filter off and shows its line.
      await hook(page, 'sequence-diagram').locator('summary').click();
      await waitVisible(page, 'diagram-arrow');
      check((await hook(page, 'diagram-arrow').count()) === total, 'the diagram draws every entry');
      const stat = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="diagram-arrow"][data-dir="client"]')]
          .find((a) => /^STAT/.test(a.querySelector('title')?.textContent ?? ''))
          ?.getAttribute('data-index'));
      await arrow(page, stat).click();
      await waitForSelectedRow(page, stat, 'an arrow of a line the filter hid');
      check((await hook(page, 'filter-problems').getAttribute('aria-pressed')) === 'false', 'the filter turned off');
      check((await hook(page, 'transcript-count').textContent()).trim() === `${total} entries`, 'the count shows every entry again');
      await snap('unfiltered');

      // An arrow of a flagged line keeps the filter on.
      await hook(page, 'filter-problems').click();
      const flagged = await page.evaluate(() =>
        document.querySelector('[data-testid="transcript-entry"]:not([data-severity="info"])')?.getAttribute('data-index'));
      await arrow(page, flagged).click();
      await waitForSelectedRow(page, flagged, 'an arrow of a flagged line');
      check((await hook(page, 'filter-problems').getAttribute('aria-pressed')) === 'true', 'the filter stays on');
    },
  },
  {
    name: 'lang-ru',
    title: 'a demo session in Russian: annotations, CLDR plurals ("5 сообщений") and the lessons, with protocol words kept',
    async run(page, snap) {
      await demoInLanguage(page, snap, 'ru', {
        script: /[А-Яа-яЁё]/,
        one: 'сообщение',
        few: 'сообщения',
        many: 'сообщений',
        other: 'сообщения',
      });
    },
  },
  {
    name: 'lang-pl',
    title: 'a demo session in Polish: annotations, CLDR plurals ("5 wiadomości") and the lessons',
    async run(page, snap) {
      await demoInLanguage(page, snap, 'pl', {
        script: /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/,
        one: 'wiadomość',
        few: 'wiadomości',
        many: 'wiadomości',
        other: 'wiadomości',
      });
    },
  },
  {
    name: 'lang-switch',
    title: 'switching the language mid-session re-renders the transcript and panels with no reconnect',
    async run(page, snap) {
      await openApp(page);
      check((await htmlLang(page)) === 'en', 'an English browser gets English');
      await demoLogIn(page, 'mrose');
      await typeCommand(page, 'STAT');
      await waitForReply(page, 'STAT');
      const before = await transcript(page);
      const english = (await statReply(page)).annotation;
      check(/messages?, \d+ octets in total/.test(english), `English STAT annotation: ${english}`);
      await hook(page, 'lang').selectOption('fr');
      await waitForLang(page, 'fr');
      await waitUntil(page, 'the STAT annotation in French', (old) => {
        const entries = [...document.querySelectorAll('[data-testid="transcript-entry"]')];
        return entries.some((e) => e.getAttribute('data-dir') === 'server' &&
          /^\+OK \d+ \d+/.test(e.querySelector('[data-testid="raw"]')?.textContent.trim() ?? '') &&
          (e.querySelector('[data-testid="annotation"]')?.textContent ?? '') !== old);
      }, english);
      const after = await transcript(page);
      check(after.length === before.length, `the transcript kept its ${before.length} entries (now ${after.length})`);
      // What crossed the wire stays as it was; the app's own lines are words, now French.
      check(after.every((e, i) => e.dir === 'proxy' || e.raw === before[i].raw), 'the wire bytes are unchanged');
      check((await stateOf(page)) === 'TRANSACTION', 'still logged in: no reconnect');
      const french = (await statReply(page)).annotation;
      check(/octets/.test(french) && french !== english, `French STAT annotation: ${french}`);
      await snap('french');
      // The choice is remembered.
      await page.reload({ waitUntil: 'load' });
      await waitForLang(page, 'fr');
    },
  },
  {
    name: 'lang-browser-tr',
    title: 'a browser whose language is Turkish gets Turkish with no ?lang',
    context: { locale: 'tr-TR' },
    async run(page, snap) {
      await page.goto(env.appUrl, { waitUntil: 'load', timeout: 30_000 });
      await waitForLang(page, 'tr');
      await waitVisible(page, 'try-demo');
      const label = (await hook(page, 'try-demo').textContent()).trim();
      check(label !== 'Try the demo server', `try-demo is in English: ${label}`);
      check((await hook(page, 'lang').inputValue()) === 'tr', 'the picker shows Turkish');
      await snap('page');
    },
  },
  {
    name: 'inpage-demo',
    static: true,
    title: 'no install: dist/ on a static host under a sub-path, no proxy; the demo runs in the page: login, STAT, LIST, RETR',
    skip: needsStatic,
    async run(page, snap) {
      await openApp(page);
      await waitVisible(page, 'no-proxy-note');
      await tryDemo(page);
      await waitForTranscriptText(page, 'the transcript saying the server is inside the page', 'inside this page');
      await waitVisible(page, 'demo-reset');
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
      for (const command of ['STAT', 'LIST', 'RETR 1']) {
        await typeCommand(page, command);
        await waitForReply(page, command);
      }
      const retr = page.locator('[data-testid="transcript-entry"][data-dir="server"]').last();
      await retr.click();
      await waitVisible(page, 'detail-body');
      const raw = await hook(page, 'detail-body').innerText();
      check(raw.includes('\n..signature files'), `the in-page server dot-stuffs: ${raw.slice(0, 400)}`);
      const { count } = await statReply(page);
      check(count === 5, `STAT in the page reports 5 messages, not ${count}`);
      await waitVisible(page, 'message-view');
      await waitUntil(page, 'the message view of message 1', () =>
        document.querySelector('[data-testid="message-view"]')?.textContent.includes('Welcome to the POP3 Playground'));
      await page.getByRole('button', { name: 'Load mailbox' }).click();
      await waitUntil(page, 'five mailbox rows', () => document.querySelectorAll('[data-testid="message-row"]').length === 5);
      await snap('retr');
      // The export says where the session ran, and imports back.
      await page.locator('details.export > summary').click();
      await waitUntil(page, 'the export of the session', () =>
        (document.querySelector('[data-testid="export-text"]')?.value ?? '').includes('C: RETR 1'));
      const exported = await page.evaluate(() => document.querySelector('[data-testid="export-text"]')?.value ?? '');
      check(/inside this page/.test(exported) && exported.includes('C: RETR 1'), `the export:\n${exported.slice(0, 600)}`);
      await page.locator('details.import > summary').click();
      await hook(page, 'import-text').fill(exported);
      await hook(page, 'import-run').click();
      await waitUntil(page, 'the re-imported session in the export', () =>
        (document.querySelector('[data-testid="export-text"]')?.value ?? '').includes('# proxy: Imported'));
      // TLS needs the proxy, and the page says so instead of trying (the
      // import ended the live session).
      check(await hook(page, 'disconnect').isDisabled(), 'the import leaves no live session');
      await hook(page, 'security').selectOption('implicit');
      await hook(page, 'connect').click();
      await waitForTranscriptText(page, 'the app saying TLS needs the proxy', 'No proxy answers at this page');
    },
  },
  {
    name: 'workers-missing',
    static: true,
    title: "a host that lost the workers' files: the in-page demo and the message reader say so, and the page goes on",
    skip: needsStatic,
    async run(page) {
      await page.route('**/demo-worker*', (route) => route.abort());
      await openApp(page);
      await hook(page, 'try-demo').click();
      await waitForTranscriptText(page, 'the in-page demo naming the script that did not load', 'demo-worker_loader\\.js');
      await waitUntil(page, 'the connection form usable again', () =>
        !document.querySelector('[data-testid="try-demo"]')?.disabled);
      // With its script back, the next try starts a new worker.
      await page.unroute('**/demo-worker*');
      await page.route('**/mime-worker*', (route) => route.abort());
      await demoLogIn(page, 'mrose');
      await typeCommand(page, 'RETR 1');
      await waitForReply(page, 'RETR 1');
      await waitUntil(page, 'the message view saying it could not read the parts', () =>
        [...document.querySelectorAll('.message-problem')].some((p) => p.textContent.includes('mime-worker_loader.js')));
      await page.locator('[data-testid="message-view"] [data-tab="raw"]').click();
      await waitUntil(page, 'the raw source still shown', () =>
        (document.querySelector('.message-raw')?.textContent ?? '').includes('Welcome to the POP3 Playground'));
      // A worker whose script loads but whose WebAssembly does not never says
      // it is ready, and the browser reports nothing: the page's deadline
      // (30 s) says so instead of waiting for ever.
      await page.unroute('**/mime-worker*');
      await page.route('**/mime-worker_bg.wasm', (route) => route.abort());
      await typeCommand(page, 'RETR 2');
      await waitForReply(page, 'RETR 2');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.message-problem')].some((p) => p.textContent.includes('mime-worker_loader.js'))
        && document.querySelector('[data-testid="message-view"]')?.getAttribute('data-msg') === '2',
      null, { timeout: 45_000 });
    },
  },
  {
    name: 'inpage-lesson',
    static: true,
    title: 'no install: the "STAT and LIST" lesson completed on the demo inside the page',
    skip: needsStatic,
    async run(page) {
      await openApp(page);
      // The texts say where this lesson's demo runs.
      await hook(page, 'lesson-select').selectOption('greeting');
      const connect = await hook(page, 'lesson-step-body').first().innerText();
      check(/inside this page/.test(connect) && !/through the proxy/.test(connect), `the connect step: ${connect}`);
      await hook(page, 'lesson-select').selectOption('stat-list');
      await doEveryStep(page, await hook(page, 'lesson-step').count());
      await waitForTranscriptText(page, 'the lesson ran inside the page', 'inside this page');
    },
  },
  {
    name: 'inpage-faults',
    static: true,
    title: 'no install: the dropper drops during RETR and the slow user waits, in the page',
    skip: needsStatic,
    async run(page, snap) {
      await openApp(page);
      await demoLogIn(page, 'dropper');
      await typeCommand(page, 'DELE 2');
      await waitForReply(page, 'DELE 2');
      await typeCommand(page, 'RETR 1');
      await waitForState(page, 'DISCONNECTED');
      await waitForTranscriptText(page, 'the drop explained: no QUIT, no UPDATE', 'UPDATE');
      await snap('dropped');
      // Nothing was deleted: the dropper's DELE never reached UPDATE.
      await demoLogIn(page, 'dropper');
      await typeCommand(page, 'STAT');
      await waitForReply(page, 'STAT');
      check((await statReply(page)).count === 5, 'the dropped session deleted nothing');
      await hook(page, 'disconnect').click();
      await waitForState(page, 'DISCONNECTED');
      // The slow user: every reply waits a second.
      await tryDemo(page);
      await logIn(page, 'user', 'slow', 'tanstaaf');
      const sent = Date.now();
      await waitForState(page, 'TRANSACTION');
      check(Date.now() - sent >= 900, `the slow user's login took ${Date.now() - sent} ms, not a second or more`);
    },
  },
  {
    name: 'inpage-check',
    static: true,
    title: 'no install: the server check against the demo inside the page',
    skip: needsStatic,
    async run(page) {
      await runCheck(page, { host: '127.0.0.1', port: 1110, user: 'mrose' });
      const verdicts = await findings(page);
      const failed = verdicts.filter((f) => f.verdict === 'fail');
      check(failed.length === 0, `no probe fails on the in-page demo: ${JSON.stringify(failed)}`);
      for (const id of ['greeting', 'capa', 'uidl-stable', 'dele-rset', 'stat-list']) {
        check(verdicts.some((f) => f.id === id && f.verdict === 'pass'), `probe ${id} passes: ${JSON.stringify(verdicts)}`);
      }
    },
  },
  {
    name: 'inpage-own-mailboxes',
    static: true,
    title: 'each browser has its own demo mailboxes: DELE 2 + QUIT in one leaves the other untouched; reset restores',
    skip: needsStatic,
    async run(page, snap) {
      // The transcript keeps earlier sessions' STAT: wait for this one's reply.
      const statIn = async (p) => {
        await demoLogIn(p, 'mrose');
        await sendAndWait(p, 'STAT');
        return (await statReply(p)).count;
      };
      await openApp(page);
      check((await statIn(page)) === 5, 'five messages at first');
      await typeCommand(page, 'DELE 2');
      await waitForReply(page, 'DELE 2');
      await typeCommand(page, 'QUIT');
      await waitForState(page, 'DISCONNECTED');
      // Another browser (a fresh context: its own storage).
      const other = await page.context().browser().newContext({ viewport: { width: 1400, height: 900 } });
      const otherSockets = [];
      try {
        const page2 = await other.newPage();
        page2.on('websocket', (ws) => otherSockets.push(ws.url()));
        await openApp(page2);
        check((await statIn(page2)) === 5, 'the other learner still has five messages');
      } finally {
        await other.close();
      }
      check(otherSockets.length === 0, `the other browser opened WebSockets: ${otherSockets.join(', ')}`);
      // The deletion stays real for this learner, across a reload.
      await page.reload({ waitUntil: 'load' });
      await waitVisible(page, 'try-demo');
      check((await statIn(page)) === 4, 'the learner who deleted has four after a reload');
      await hook(page, 'disconnect').click();
      await waitForState(page, 'DISCONNECTED');
      await tryDemo(page);
      await hook(page, 'demo-reset').click();
      await waitVisible(page, 'demo-reset-done');
      await snap('reset');
      await hook(page, 'disconnect').click();
      await waitForState(page, 'DISCONNECTED');
      check((await statIn(page)) === 5, 'a reset brings message 2 back');
    },
  },
  {
    name: 'responsive',
    title: 'readable anywhere: whole lines at 1280 and 1366 px; at 390 px the transcript, its explanations and the diagram\'s three lanes',
    async run(page) {
      const browser = page.context().browser();
      // The greeting (with its timestamp) and each line of the session, whole.
      const cutLines = () => [...document.querySelectorAll('[data-testid="transcript-entry"] [data-testid="raw"]')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent);
      for (const width of [1280, 1366]) {
        const context = await browser.newContext({ viewport: { width, height: 768 } });
        try {
          const wide = await context.newPage();
          await openApp(wide);
          await demoLogIn(wide, 'mrose');
          await typeCommand(wide, 'UIDL');
          await waitForReply(wide, 'UIDL');
          const greeting = await wide.evaluate(() => document.querySelector('[data-testid="transcript-entry"][data-dir="server"] [data-testid="raw"]')?.textContent ?? '');
          check(/<[^>]+@demo\.pop3\.test>/.test(greeting), `the greeting shows its timestamp: ${greeting}`);
          const cut = await wide.evaluate(cutLines);
          check(cut.length === 0, `at ${width} px these lines are cut: ${JSON.stringify(cut)}`);
          await wide.locator('section.transcript').first().screenshot({ path: join(SCREENSHOTS, `responsive-${width}.png`) });
        } finally {
          await context.close();
        }
      }
      // A phone.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      try {
        const phone = await context.newPage();
        await openApp(phone);
        await demoLogIn(phone, 'mrose');
        await typeCommand(phone, 'STAT');
        await waitForReply(phone, 'STAT');
        const layout = await phone.evaluate(() => {
          const inside = (e) => {
            const r = e.getBoundingClientRect();
            return r.width > 20 && r.left >= -1 && r.right <= window.innerWidth + 1;
          };
          const rows = [...document.querySelectorAll('[data-testid="transcript-entry"]:not([data-dir="proxy"])')];
          return {
            pageWidth: document.documentElement.scrollWidth,
            rows: rows.length,
            rawInside: rows.every((r) => inside(r.querySelector('[data-testid="raw"]'))),
            explainInside: rows.every((r) => { const e = r.querySelector('.tx-explain'); return e && inside(e) && e.textContent.trim().length > 0; }),
            // A line too long for one phone line wraps onto a second, whole.
            welcome: (() => {
              const raw = rows.map((r) => r.querySelector('[data-testid="raw"]')).find((e) => /welcome here/.test(e.textContent));
              return raw && { lines: Math.round(raw.getBoundingClientRect().height / parseFloat(getComputedStyle(raw).lineHeight)), clipped: raw.scrollHeight > raw.clientHeight + 1 };
            })(),
          };
        });
        check(layout.pageWidth <= 391, `the page is ${layout.pageWidth} px wide on a 390 px phone`);
        check(layout.rows > 0 && layout.rawInside && layout.explainInside, `each line and its explanation are on screen: ${JSON.stringify(layout)}`);
        check(layout.welcome?.lines === 2 && !layout.welcome.clipped, `"+OK mrose is welcome here, send PASS" on two whole lines: ${JSON.stringify(layout.welcome)}`);
        // A row picked shows its whole explanation below the list.
        await phone.locator('[data-testid="transcript-entry"][data-dir="server"]').last().click();
        await waitVisible(phone, 'detail-body').catch(() => {});
        const detail = await phone.evaluate(() => document.querySelector('.tx-detail')?.textContent ?? '');
        check(/STAT/.test(detail) && /RFC 1939/.test(detail), `the picked line's explanation: ${detail.slice(0, 200)}`);
        await phone.screenshot({ path: join(SCREENSHOTS, 'responsive-390.png'), fullPage: true });
        // The diagram: all three lanes can be scrolled into view.
        const diagram = hook(phone, 'sequence-diagram');
        await diagram.locator('summary').click();
        await waitUntil(phone, 'the diagram drawn', () =>
          document.querySelectorAll('[data-testid="sequence-diagram"] svg [data-lane]').length === 3);
        const lanes = diagram.locator('svg [data-lane]');
        for (let i = 0; i < 3; i += 1) {
          const lane = lanes.nth(i);
          await lane.scrollIntoViewIfNeeded();
          const box = await lane.boundingBox();
          check(box && box.x >= -1 && box.x <= 390, `lane ${i + 1} of 3 can be brought on screen: ${JSON.stringify(box)}`);
        }
        await diagram.screenshot({ path: join(SCREENSHOTS, 'responsive-390-diagram.png') });
      } finally {
        await context.close();
      }
    },
  },
  {
    name: 'inpage-users',
    static: true,
    title: 'no install: garbage, inuse, delay, nostuff and many in the page, each showing what it shows',
    skip: needsStatic,
    async run(page, snap) {
      await openApp(page);
      // Refused logins, with their response codes.
      for (const [user, code] of [['inuse', 'IN-USE'], ['delay', 'LOGIN-DELAY']]) {
        await tryDemo(page);
        await logIn(page, 'user', user, 'tanstaaf');
        await waitForTranscriptText(page, `${user}: -ERR [${code}]`, `-ERR \\[${code}\\]`);
        check((await stateOf(page)) === 'AUTHORIZATION', `${user} stays in AUTHORIZATION`);
        await hook(page, 'disconnect').click();
        await waitForState(page, 'DISCONNECTED');
      }
      // Garbage before each reply, flagged (a fresh page: a fresh transcript).
      await openApp(page);
      await demoLogIn(page, 'garbage');
      await typeCommand(page, 'NOOP');
      await waitForTranscriptText(page, 'the garbage line', 'GARBAGE');
      await waitUntil(page, 'the garbage flagged as a problem', () =>
        document.querySelectorAll('[data-testid="transcript-entry"][data-severity="violation"], [data-testid="transcript-entry"][data-severity="warning"]').length > 0);
      await hook(page, 'disconnect').click();
      await waitForState(page, 'DISCONNECTED');
      // A body sent without dot-stuffing: the lone dot ends it early, which the
      // app flags.
      await openApp(page);
      await demoLogIn(page, 'nostuff');
      await typeCommand(page, 'RETR 1');
      await waitForReply(page, 'RETR 1');
      await waitUntil(page, 'a problem flagged in the unstuffed body', () =>
        document.querySelectorAll('[data-testid="transcript-entry"][data-severity="violation"], [data-testid="transcript-entry"][data-severity="warning"]').length > 0);
      await snap('nostuff');
      await hook(page, 'disconnect').click();
      await waitForState(page, 'DISCONNECTED');
      // Ten thousand messages.
      await demoLogIn(page, 'many');
      await typeCommand(page, 'STAT');
      await waitForReply(page, 'STAT');
      const { count } = await statReply(page);
      check(count === 10000, `many has 10000 messages, not ${count}`);
    },
  },
];

// ---------------------------------------------------------------------------------
// Runner

async function runScenario(browser, scenario) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...(scenario.context ?? {}) });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  base = scenario.static ? env.staticUrl : env.appUrl;
  // On a static host nothing may open a WebSocket: the demo is in the page.
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const console_ = [];
  page.on('console', (m) => {
    if (m.type() === 'error') console_.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => console_.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) console_.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  // A screenshot of an intermediate step: screenshots/<name>-<label>.png.
  const snap = (label) =>
    page.screenshot({ path: join(SCREENSHOTS, `${scenario.name}-${label}.png`), fullPage: true, timeout: WAIT_MS });
  let error = null;
  let timer;
  try {
    await Promise.race([
      scenario.run(page, snap),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the scenario took longer than ${SCENARIO_MS / 1000} s`)), SCENARIO_MS);
      }),
    ]);
    if (scenario.static) check(sockets.length === 0, `WebSockets were opened: ${sockets.join(', ')}`);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  const shot = join(SCREENSHOTS, `${scenario.name}.png`);
  try {
    await page.screenshot({ path: shot, fullPage: true, timeout: WAIT_MS });
  } catch (e) {
    console_.push(`(no screenshot: ${e.message})`);
  }
  // Closing the context closes the page's WebSocket, so the demo server unlocks
  // the maildrop before the next scenario logs in.
  await context.close();
  return { error, console: console_, shot };
}

async function main() {
  if (!env.appUrl) {
    console.error('APP_URL is not set: run `cargo xtask test` (or see the top of this file)');
    process.exit(2);
  }
  const only = (process.env.E2E_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const chosen = only.length ? scenarios.filter((s) => only.includes(s.name)) : scenarios;
  if (only.length && chosen.length !== only.length) {
    console.error(`E2E_ONLY names unknown scenarios; known: ${scenarios.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`e2e: app ${env.appUrl}, demo ports ${env.demoPlain ?? '?'}/${env.demoTls ?? '?'}, ` +
    `Dovecot ports ${env.dovecotPlain ?? '-'}/${env.dovecotTls ?? '-'}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: process.env.E2E_HEADED !== '1',
    args: process.env.E2E_HEADED === '1' ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
  });
  console.log(`e2e: Chromium ${browser.version()}`);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const scenario of chosen) {
    const why = scenario.skip?.();
    if (why) {
      skipped += 1;
      console.log(`SKIP ${scenario.name}: ${why}`);
      continue;
    }
    const start = Date.now();
    const result = await runScenario(browser, scenario);
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    if (result.error) {
      failed += 1;
      console.log(`FAIL ${scenario.name} (${seconds} s): ${scenario.title}`);
      for (const line of String(result.error.message).split('\n')) console.log(`     ${line}`);
      for (const line of result.console) console.log(`     ${line}`);
      console.log(`     screenshot: ${result.shot}`);
    } else {
      passed += 1;
      console.log(`ok   ${scenario.name} (${seconds} s): ${scenario.title}`);
    }
  }
  await browser.close();
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(`e2e: ${e.stack ?? e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
