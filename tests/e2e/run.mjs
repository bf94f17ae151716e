// End-to-end browser tests of the POP3 Playground.
//
// Drives the built app (served by pop3-proxy with `--web dist`) in Debian's
// Chromium through playwright-core, against the proxy's demo server and a real
// Dovecot. Only the `data-testid` hooks of DESIGN.md (and the few extra ones the
// app has: login-error, proxy-error, cmd-*, msg-picker) are used.
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
//
// Optional: CHROMIUM (default /usr/bin/chromium), E2E_ONLY=name,name (run only
// these scenarios), E2E_HEADED=1 (show the browser).
//
// Each scenario gets a fresh browser context and page and leaves a full-page
// screenshot in tests/e2e/screenshots/<name>.png, pass or fail (and some of
// intermediate steps, <name>-<step>.png). The last line
// is `N passed, M failed` (with `, K skipped` when some could not run); the
// exit status is non-zero when any scenario failed.

import { mkdirSync } from 'node:fs';
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
};

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
  await page.goto(env.appUrl + query, { waitUntil: 'load', timeout: 30_000 });
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

/// Types a line into the raw command input and presses Enter once.
async function typeCommand(page, line) {
  const input = hook(page, 'command-input');
  await input.fill(line);
  await input.press('Enter');
}

/// Waits until the transcript holds a client line starting with `command`
/// followed (later) by a server line: the command was sent and answered.
async function waitForReply(page, command) {
  await waitUntil(
    page,
    `a server reply to ${command} in the transcript`,
    (cmd) => {
      const entries = [...document.querySelectorAll('[data-testid="transcript-entry"]')];
      const raw = (e) => (e.querySelector('[data-testid="raw"]')?.textContent ?? '').trim().toUpperCase();
      const sent = entries.findIndex((e) => e.getAttribute('data-dir') === 'client' && raw(e).startsWith(cmd));
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

/// The annotation of the server's reply to STAT, and the message count it reports.
async function statReply(page) {
  const entries = await transcript(page);
  const at = entries.findIndex((e) => e.dir === 'client' && e.raw.replace(/[␍␊]/g, '').trim() === 'STAT');
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

// ---------------------------------------------------------------------------------
// Scenarios

const needsDovecot = () =>
  env.dovecotPlain && env.dovecotTls ? null : 'DOVECOT_PLAIN_PORT and DOVECOT_TLS_PORT are not set';

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
      // One click per step ("Connect and log in" does both), each waiting for its check.
      for (let i = 0; i < total; i += 1) {
        await waitVisible(page, 'lesson-do');
        if (i === 1) await snap('step-2');
        await hook(page, 'lesson-do').click();
        await waitUntil(
          page,
          `lesson step ${i + 1} of ${total} marked done`,
          (n) => document.querySelectorAll('[data-testid="lesson-step"][data-done="true"]').length > n,
          i,
        );
      }
      await waitVisible(page, 'lesson-complete');
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
    name: 'export-reimport',
    title: 'demo: STAT, LIST; the text export re-imports to the same lines; the sequence diagram renders',
    async run(page, snap) {
      await openApp(page);
      await tryDemo(page);
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
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
    name: 'demo-user-pass',
    title: 'demo: USER/PASS, STAT, LIST, RETR 1 with an annotated transcript and the message shown',
    async run(page) {
      await openApp(page);
      await tryDemo(page);
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
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
      await tryDemo(page);
      await logIn(page, 'user', 'dropper', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
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
      // The mailbox is intact: the demo still has its 5 messages.
      await tryDemo(page);
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
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
      await tryDemo(page);
      await logIn(page, 'user', 'mrose', 'tanstaaf');
      await waitForState(page, 'TRANSACTION');
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
];

// ---------------------------------------------------------------------------------
// Runner

async function runScenario(browser, scenario) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...(scenario.context ?? {}) });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
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
