// @ts-check
/**
 * The toolbar click opens the panel and audits the tab: capture (injected on demand),
 * then POST to the local server: /api/audit for a profile page, /api/ssi for LinkedIn's
 * SSI dashboard (/sales/ssi). Content scripts cannot reach 127.0.0.1 (Local Network
 * Access, Chromium 2025), so the worker sends. State lives in chrome.storage.session,
 * never in globals: Chrome stops an idle worker.
 */

import { capture } from './capture.js';
import { normalizeSettings, serverBase } from './lib/settings.js';
import {
  auditResponseState,
  isHealthy,
  ssiResponseState,
  stateKey,
  STALE_LOADING_MS
} from './lib/state.js';
import { pageKind } from './lib/urls.js';

/** @typedef {import('./lib/state.js').PanelState} PanelState */

// Bounded so a very long page cannot keep the user waiting; LinkedIn's lazy cards
// answer within a second each (2025).
const SCROLL_MAX_MS = 8000;
const SCROLL_STEP_MS = 300;
const HEALTH_TIMEOUT_MS = 3000;
const AUDIT_TIMEOUT_MS = 60000;

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

  try {
    const health = await fetchJson(`${base}/api/health`, {}, HEALTH_TIMEOUT_MS);
    if (!isHealthy(health.status, health.body)) {
      const detail = `HTTP ${health.status}`;
      await putState(tabId, { kind: 'server-down', url, at, port: settings.port, detail });
      return;
    }
  } catch (error) {
    await putState(tabId, {
      kind: 'server-down',
      url,
      at,
      port: settings.port,
      detail: String(error)
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
    // chrome-types declares func as () => void; args makes the call well-typed at run time.
    const injection = /** @type {any} */ ({
      target: { tabId },
      func: capture,
      args: [
        {
          autoScroll,
          maxMs: SCROLL_MAX_MS,
          stepMs: SCROLL_STEP_MS
        }
      ]
    });
    const [result] = await chrome.scripting.executeScript(injection);
    const page = result?.result;
    if (!page || typeof page.html !== 'string') {
      throw new Error('The page could not be read.');
    }

    await putState(tabId, { ...loading, phase: 'auditing' });
    if (ssi) {
      await putState(tabId, await readSsi(base, settings.token, page, { url, at }));
      return;
    }
    const audit = await fetchJson(
      `${base}/api/audit`,
      {
        method: 'POST',
        headers: authHeaders(settings.token),
        body: JSON.stringify({
          url: page.url,
          html: page.html,
          lang: chrome.i18n.getUILanguage()
        })
      },
      AUDIT_TIMEOUT_MS
    );
    const state = auditResponseState(audit.status, audit.body, { url, at });
    if (state.kind === 'report') {
      state.history = await fetchHistory(base, settings.token, state.report);
      const vanity = state.report?.profile?.vanity;
      if (typeof vanity === 'string' && vanity) {
        state.progress = await fetchProgress(base, settings.token, vanity);
      }
    }
    await putState(tabId, state);
  } catch (error) {
    await putState(tabId, {
      kind: 'error',
      url,
      at,
      status: 0,
      code: 'extension',
      message: error instanceof Error ? error.message : String(error)
    });
  }
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
  const answer = await fetchJson(
    `${base}/api/ssi`,
    {
      method: 'POST',
      headers: authHeaders(token),
      body: JSON.stringify({ url: page.url, html: page.html })
    },
    AUDIT_TIMEOUT_MS
  );
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

// One name -> handler table for the panel's messages.
/** @type {Record<string, (message: any) => Promise<void>>} */
const HANDLERS = { audit: auditRequest, pair: pairAndAudit };

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Only this extension's own pages talk to the worker.
  if (sender.id !== chrome.runtime.id) return false;
  const handler = HANDLERS[message?.type];
  if (!handler) {
    console.warn('unknown message', message?.type);
    return false;
  }
  handler(message).then(
    () => sendResponse({ ok: true }),
    (error) => sendResponse({ ok: false, error: String(error) })
  );
  return true; // keeps the channel open: the answer comes after the audit
});

chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove(stateKey(tabId)).catch(() => {});
});
