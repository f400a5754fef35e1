// @ts-check
/**
 * The toolbar click opens the panel and audits the tab: capture (injected on demand),
 * then POST to the local server: /api/audit for a profile page, /api/ssi for LinkedIn's
 * SSI dashboard (/sales/ssi). Content scripts cannot reach 127.0.0.1 (Local Network
 * Access, Chromium 2025), so the worker sends. State lives in chrome.storage.session,
 * never in globals: Chrome stops an idle worker.
 */

import { capture, stopCapture } from './capture.js';
import { detailsPlan, initialSteps, withStep } from './lib/complete.js';
import { extensionErrorCode, PAGE_UNREADABLE } from './lib/errors.js';
import { keepPage, pageKey } from './lib/redact.js';
import { pagePost } from './lib/request.js';
import { normalizeSettings, serverBase } from './lib/settings.js';
import {
  auditResponseState,
  completing,
  errorMessage,
  isHealthy,
  ssiResponseState,
  stateKey,
  STALE_LOADING_MS
} from './lib/state.js';
import { pageKind, samePage } from './lib/urls.js';

/** @typedef {import('./lib/state.js').PanelState} PanelState */

// The capture ends as soon as the page's lazy content is in (capture.js); the cap only
// matters when LinkedIn itself is slow. QUIET_MS: how long a page without named lazy parts
// must add nothing before it counts as loaded (LinkedIn's lazy cards answered within half
// a second each, 2025).
const SCROLL_MAX_MS = 8000;
const QUIET_MS = 600;
const HEALTH_TIMEOUT_MS = 3000;
const AUDIT_TIMEOUT_MS = 60000;
// A details page that has not loaded in this time is given up (the visit goes on).
const PAGE_LOAD_TIMEOUT_MS = 30000;

chrome.action.onClicked.addListener((tab) => {
  // Open the panel first and without awaiting anything: open() needs the click's
  // user gesture, which an await would lose.
  openPanel(tab);
  if (tab.id !== undefined) {
    auditTab(tab.id, tab.url).catch((error) => console.error(error));
  }
});

/**
 * Open the side panel (Chrome) or the sidebar (Firefox) for the tab's window.
 * @param {chrome.tabs.Tab} tab
 */
function openPanel(tab) {
  const firefox = /** @type {any} */ (globalThis).browser?.sidebarAction;
  const opening = chrome.sidePanel
    ? chrome.sidePanel.open({ windowId: tab.windowId })
    : firefox?.open();
  Promise.resolve(opening).catch((error) => console.error(error));
}

/**
 * Store a tab's state, where the panel reads it.
 * @param {number} tabId
 * @param {PanelState} state
 */
async function putState(tabId, state) {
  await chrome.storage.session.set({ [stateKey(tabId)]: state });
}

/**
 * Fetch JSON with a timeout; the body is null when it is not JSON.
 * @param {string} url
 * @param {RequestInit} init
 * @param {number} timeoutMs
 * @returns {Promise<{status: number, body: any}>}
 */
async function fetchJson(url, init, timeoutMs) {
  const response = await fetch(url, {
    ...init,
    cache: 'no-store',
    credentials: 'omit',
    signal: AbortSignal.timeout(timeoutMs)
  });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // An HTML error page from something else on the port: keep the status only.
  }
  return { status: response.status, body };
}

/**
 * The headers of an authenticated call.
 * @param {string} token
 */
function authHeaders(token) {
  return {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${token}`
  };
}

/**
 * Audit one tab and store each step's state: loading, then the report or the problem.
 * @param {number} tabId
 * @param {string | undefined} url
 */
async function auditTab(tabId, url) {
  const at = Date.now();
  const kind = pageKind(url);
  if (!url || kind === 'other') {
    await putState(tabId, { kind: 'not-profile', url });
    return;
  }
  const ssi = kind === 'ssi';
  const key = stateKey(tabId);
  const previous = (await chrome.storage.session.get(key))[key];
  if (previous?.kind === 'loading' && at - previous.at < STALE_LOADING_MS) {
    return; // a second click while auditing: the first audit is still running
  }
  if (completing(previous, at)) return; // the tab is on its way through the details pages
  await chrome.storage.session.remove(cancelKey(tabId));
  const settings = normalizeSettings(await chrome.storage.local.get(null));
  const base = serverBase(settings.port);
  // The dashboard renders whole, with nothing lazy to scroll to: never scroll it.
  const autoScroll = settings.autoScroll && !ssi;
  const loading = {
    kind: /** @type {const} */ ('loading'),
    url,
    at,
    autoScroll
  };
  await putState(tabId, { ...loading, phase: 'checking' });
  let complete = false;

  try {
    const health = await fetchJson(`${base}/api/health`, {}, HEALTH_TIMEOUT_MS);
    if (!isHealthy(health.status, health.body)) {
      const detail = `HTTP ${health.status}`;
      // Something answers on the port, but not profile-auditor.
      const down = { kind: /** @type {const} */ ('server-down'), url, at, port: settings.port };
      await putState(tabId, { ...down, detail, reached: true });
      return;
    }
  } catch (error) {
    await putState(tabId, {
      kind: 'server-down',
      url,
      at,
      port: settings.port,
      detail: String(error),
      reached: false
    });
    return;
  }
  if (!settings.token) {
    await putState(tabId, { kind: 'not-paired', url, at, refused: false });
    return;
  }

  try {
    // Pairing checks the token before the page is scrolled, and lets the server learn
    // a Firefox extension's moz-extension:// origin (Chrome's id is pinned by "key").
    const pair = await fetchJson(
      `${base}/api/pair`,
      { method: 'POST', headers: authHeaders(settings.token), body: '{}' },
      HEALTH_TIMEOUT_MS
    );
    if (pair.status !== 200) {
      await putState(tabId, auditResponseState(pair.status, pair.body, { url, at }));
      return;
    }

    await putState(tabId, { ...loading, phase: 'capturing' });
    const page = await capturePage(tabId, {
      mode: 'profile',
      autoScroll,
      maxMs: SCROLL_MAX_MS,
      quietMs: QUIET_MS,
      progress: autoScroll
    });
    if (page.cancelled) {
      await putState(tabId, { kind: 'idle', url });
      return;
    }

    await putState(tabId, { ...loading, phase: 'auditing' });
    if (ssi) {
      await putState(tabId, await readSsi(base, settings.token, page, { url, at }));
      return;
    }
    const audit = await postAudit(base, settings.token, page);
    const state = auditResponseState(audit.status, audit.body, { url, at });
    // Before the report shows: its "Save a redacted copy" sends this page (lib/redact.js).
    await keepPage(chrome.storage.session, tabId, page, state);
    if (state.kind === 'report') {
      state.captureMs = page.ms; // the benchmark's view of where the time went
      await addTrend(base, settings.token, state);
    }
    await putState(tabId, state);
    complete = state.kind === 'report' && kind === 'profile' && settings.completeAuto;
  } catch (error) {
    // The panel words it from the code (the server stopped, a timeout, ...); the
    // exception's own text stays for a bug report.
    await putState(tabId, {
      kind: 'error',
      url,
      at,
      status: 0,
      code: extensionErrorCode(error),
      message: error instanceof Error ? error.message : String(error)
    });
  }
  // The user's option: complete every audit, once its first report is shown.
  if (complete) await completeAudit({ tabId });
}

/**
 * Run the capture function in the tab; the copy of the page.
 * @param {number} tabId
 * @param {import('./capture.js').CaptureOptions} options
 * @returns {Promise<import('./capture.js').Capture>}
 */
async function capturePage(tabId, options) {
  // chrome-types declares func as () => void; args makes the call well-typed at run time.
  const injection = /** @type {any} */ ({
    target: { tabId },
    func: capture,
    args: [options]
  });
  const [result] = await chrome.scripting.executeScript(injection);
  const page = result?.result;
  if (!page || typeof page.html !== 'string') {
    throw new Error(PAGE_UNREADABLE);
  }
  return page;
}

/**
 * POST a captured page to /api/audit (the HTML as the body: lib/request.js).
 * @param {string} base
 * @param {string} token
 * @param {{url: string, html: string}} page
 */
async function postAudit(base, token, page) {
  const lang = chrome.i18n.getUILanguage();
  const { url, init } = pagePost(base, '/api/audit', token, page.html, { url: page.url, lang });
  return fetchJson(url, init, AUDIT_TIMEOUT_MS);
}

/**
 * Add the trend (history) and LinkedIn's measures (progress) to a report state.
 * @param {string} base
 * @param {string} token
 * @param {any} state a report state
 */
async function addTrend(base, token, state) {
  state.history = await fetchHistory(base, token, state.report);
  const vanity = state.report?.profile?.vanity;
  if (typeof vanity === 'string' && vanity) {
    state.progress = await fetchProgress(base, token, vanity);
  }
}

/**
 * The storage.session key of a tab's Cancel.
 * @param {number} tabId
 */
function cancelKey(tabId) {
  return `cancel:${tabId}`;
}

/**
 * Whether the user pressed Cancel for this tab.
 * @param {number} tabId
 */
async function cancelled(tabId) {
  const key = cancelKey(tabId);
  return Boolean((await chrome.storage.session.get(key))[key]);
}

/**
 * Load a URL in the tab, visibly, and wait until it has loaded.
 * @param {number} tabId
 * @param {string} url
 * @returns {Promise<void>}
 */
function navigate(tabId, url) {
  return new Promise((resolve, reject) => {
    const done = (/** @type {Error | null} */ error) => {
      clearTimeout(timer);
      chrome.tabs.onUpdated.removeListener(updated);
      chrome.tabs.onRemoved.removeListener(removed);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => done(new Error(`${url} did not load in ${PAGE_LOAD_TIMEOUT_MS / 1000} s.`)),
      PAGE_LOAD_TIMEOUT_MS
    );
    /** @type {Parameters<typeof chrome.tabs.onUpdated.addListener>[0]} */
    const updated = (id, change, tab) => {
      if (id === tabId && change.status === 'complete' && samePage(tab.url, url)) done(null);
    };
    const removed = (/** @type {number} */ id) => {
      if (id === tabId) done(new Error('The tab was closed.'));
    };
    chrome.tabs.onUpdated.addListener(updated);
    chrome.tabs.onRemoved.addListener(removed);
    chrome.tabs.update(tabId, { url }).catch((error) => done(error));
  });
}

/**
 * Whether an answer of /api/audit is a report of the member's whole profile (the profile
 * page, merged with details pages by the server), not of a details page alone.
 * @param {any} report
 */
function isProfileReport(report) {
  return report?.profile?.kind === 'profile';
}

/**
 * "Complete the audit": visit the member's own details pages that the report lists, in
 * the same tab and visibly; capture each when its list is complete, send it to the
 * server, then bring the tab back to the profile page and show the last (merged) report.
 * Runs only on the user's click, or after an audit when the user set the option.
 * @param {{tabId: number}} message
 */
async function completeAudit({ tabId }) {
  const key = stateKey(tabId);
  const state = (await chrome.storage.session.get(key))[key];
  if (state?.kind !== 'report' || completing(state, Date.now())) return;
  const plan = detailsPlan(state.report);
  if (plan.length === 0) return;
  const settings = normalizeSettings(await chrome.storage.local.get(null));
  const base = serverBase(settings.port);
  await chrome.storage.session.remove(cancelKey(tabId));

  let steps = initialSteps(plan);
  /** @type {any} */
  let current = { ...state, completion: { status: 'running', steps, at: Date.now() } };
  const show = async (/** @type {Partial<import('./lib/complete.js').Completion>} */ change) => {
    current = { ...current, completion: { ...current.completion, ...change } };
    await putState(tabId, current);
  };
  await putState(tabId, current);

  let report = state.report;
  /** @type {string | undefined} */
  let problem;
  let stopped = false;
  for (const [index, page] of plan.entries()) {
    if (await cancelled(tabId)) {
      stopped = true;
      break;
    }
    steps = withStep(steps, index, 'active');
    await show({ steps, at: Date.now() });
    try {
      await navigate(tabId, page.url);
      if (await cancelled(tabId)) {
        stopped = true;
        break;
      }
      const captured = await capturePage(tabId, {
        mode: 'list',
        autoScroll: true,
        maxMs: SCROLL_MAX_MS,
        quietMs: QUIET_MS
      });
      if (captured.cancelled) {
        stopped = true;
        break;
      }
      const answer = await postAudit(base, settings.token, captured);
      if (answer.status === 200 && typeof answer.body?.score === 'number') {
        // The server merges the pages of one member: its last answer is the whole audit.
        if (isProfileReport(answer.body)) report = answer.body;
        steps = withStep(steps, index, 'done');
      } else {
        steps = withStep(steps, index, 'failed');
        problem = errorMessage(answer.body, answer.status);
      }
    } catch (error) {
      steps = withStep(steps, index, 'failed');
      problem = error instanceof Error ? error.message : String(error);
    }
    await show({ steps, at: Date.now() });
  }

  // Back to the profile page, where the visit started.
  try {
    await navigate(tabId, state.url);
  } catch (error) {
    problem ??= error instanceof Error ? error.message : String(error);
  }
  const status = stopped ? 'cancelled' : steps.some((s) => s.status === 'failed') ? 'failed' : 'done';
  const merged = report !== state.report;
  /** @type {any} */
  const final = {
    ...state,
    report,
    completion: { status, steps, at: Date.now(), merged, ...(problem ? { message: problem } : {}) }
  };
  await addTrend(base, settings.token, final);
  await putState(tabId, final);
}

/**
 * The user's Cancel: stop the capture running in the tab, and the visit of details pages.
 * @param {{tabId: number}} message
 */
async function cancelRequest({ tabId }) {
  await chrome.storage.session.set({ [cancelKey(tabId)]: Date.now() });
  await chrome.scripting
    .executeScript({ target: { tabId }, func: stopCapture })
    .catch(() => {}); // nothing running there (the tab is between pages)
}

/**
 * The capture's progress (which cards have loaded), shown by the panel while loading.
 * @param {{sections: unknown, pending: unknown, total: unknown}} message
 * @param {chrome.runtime.MessageSender} sender
 */
async function captureProgress(message, sender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const key = stateKey(tabId);
  const state = (await chrome.storage.session.get(key))[key];
  if (state?.kind !== 'loading' || state.phase !== 'capturing') return;
  const sections = Array.isArray(message.sections) ? message.sections.map(String) : [];
  const count = (/** @type {unknown} */ n) => (typeof n === 'number' ? n : -1);
  const progress = { sections, pending: count(message.pending), total: count(message.total) };
  await putState(tabId, { ...state, progress });
}

/**
 * The server's earlier audits of this profile, for the trend; null when unavailable.
 * @param {string} base
 * @param {string} token
 * @param {any} report
 */
async function fetchHistory(base, token, report) {
  const vanity = report?.profile?.vanity;
  if (typeof vanity !== 'string' || !vanity) return null;
  try {
    const query = new URLSearchParams({ profile: vanity });
    const history = await fetchJson(
      `${base}/api/history?${query}`,
      { headers: authHeaders(token) },
      HEALTH_TIMEOUT_MS
    );
    return history.status === 200 ? history.body : null;
  } catch {
    return null; // the trend is a bonus; the report stands without it
  }
}

/**
 * Send the captured dashboard to POST /api/ssi; the state of its answer, with the brand
 * pillar's days (LinkedIn's measure and the estimate) for the comparison and its trend.
 * @param {string} base
 * @param {string} token
 * @param {{url: string, html: string}} page
 * @param {{url: string, at: number}} where
 * @returns {Promise<PanelState>}
 */
async function readSsi(base, token, page, where) {
  const { url, init } = pagePost(base, '/api/ssi', token, page.html, { url: page.url });
  const answer = await fetchJson(url, init, AUDIT_TIMEOUT_MS);
  const state = ssiResponseState(answer.status, answer.body, where);
  if (state.kind === 'ssi') {
    // The same profile the server compared with (null before any audit: the most audited).
    const profile = state.comparison?.profile;
    state.progress = await fetchProgress(base, token, typeof profile === 'string' ? profile : null);
  }
  return state;
}

/**
 * GET /api/progress: the brand pillar per day, measured and estimated; null when unavailable.
 * @param {string} base
 * @param {string} token
 * @param {string | null} profile whose audits give the estimate (null: the server's choice)
 */
async function fetchProgress(base, token, profile) {
  try {
    const query = profile ? `?${new URLSearchParams({ profile })}` : '';
    const progress = await fetchJson(
      `${base}/api/progress${query}`,
      { headers: authHeaders(token) },
      HEALTH_TIMEOUT_MS
    );
    return progress.status === 200 ? progress.body : null;
  } catch {
    return null; // like the trend: the reading or the report stands without it
  }
}

/**
 * Save a token typed in the panel, then audit the tab with it.
 * @param {{tabId: number, token: string}} message
 */
async function pairAndAudit({ tabId, token }) {
  await chrome.storage.local.set({ token: String(token ?? '').trim() });
  await auditTab(tabId, (await chrome.tabs.get(tabId)).url);
}

/**
 * Audit a tab on the panel's request ("Audit this profile", "Audit again").
 * @param {{tabId: number}} message
 */
async function auditRequest({ tabId }) {
  await auditTab(tabId, (await chrome.tabs.get(tabId)).url);
}

// One name -> handler table for the messages of the panel and of the capture.
/** @type {Record<string, (message: any, sender: chrome.runtime.MessageSender) => Promise<void>>} */
const HANDLERS = {
  audit: auditRequest,
  pair: pairAndAudit,
  complete: completeAudit,
  cancel: cancelRequest,
  'capture-progress': captureProgress
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own pages and injected capture talk to the worker.
  if (sender.id !== chrome.runtime.id) return false;
  const handler = HANDLERS[message?.type];
  if (!handler) {
    console.warn('unknown message', message?.type);
    return false;
  }
  handler(message, sender).then(
    () => sendResponse({ ok: true }),
    (error) => sendResponse({ ok: false, error: String(error) })
  );
  return true; // keeps the channel open: the answer comes after the audit
});

chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove([stateKey(tabId), pageKey(tabId)]).catch(() => {});
});
