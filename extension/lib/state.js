// @ts-check
/**
 * The panel's states and how they are chosen. The worker stores one state per tab in
 * chrome.storage.session; the panel shows the state of its window's active tab.
 */

import { onTheWay } from './complete.js';
import { pageKind, samePage } from './urls.js';

// A "loading" state older than this was left by a worker that Chrome stopped mid-audit.
export const STALE_LOADING_MS = 2 * 60 * 1000;

/**
 * @typedef {{kind: 'idle', url?: string}
 *   | {kind: 'not-profile', url?: string}
 *   | {kind: 'loading', url: string, at: number, phase: 'checking' | 'capturing' | 'auditing', autoScroll?: boolean, progress?: {sections: string[], pending: number, total: number}}
 *   | {kind: 'server-down', url: string, at: number, port: number, detail?: string, reached?: boolean}
 *   | {kind: 'not-paired', url: string, at: number, refused: boolean, message?: string}
 *   | {kind: 'error', url: string, at: number, status: number, code: string, message: string, reason?: string}
 *   | {kind: 'report', url: string, at: number, report: any, history: any, progress?: any, completion?: import('./complete.js').Completion, captureMs?: number}
 *   | {kind: 'ssi', url: string, at: number, reading: any, comparison: any, progress: any}} PanelState
 */

/**
 * The storage.session key of a tab's state.
 * @param {number} tabId
 */
export function stateKey(tabId) {
  return `audit:${tabId}`;
}

/**
 * What the panel shows for a tab, from its URL and its stored state.
 * @param {{tabUrl: string | undefined, stored: PanelState | undefined, now: number}} input
 * @returns {PanelState}
 */
export function selectView({ tabUrl, stored, now }) {
  // The toolbar button works on profile and details pages and on the SSI dashboard.
  if (pageKind(tabUrl) === 'other') return { kind: 'not-profile', url: tabUrl };
  // "Complete the audit" takes the tab through the member's details pages and back: the
  // panel keeps showing the visit's progress on the way.
  if (completing(stored, now) && stored && 'url' in stored && onTheWay(stored.url, tabUrl)) {
    return stored;
  }
  // A state belongs to the page it was made on: LinkedIn is a single-page app, so the
  // tab may have moved to another profile since (seen 2025).
  if (!stored || !('url' in stored) || !samePage(stored.url, tabUrl)) {
    return { kind: 'idle', url: tabUrl };
  }
  if (stored.kind === 'loading' && now - stored.at > STALE_LOADING_MS) {
    return { kind: 'idle', url: tabUrl };
  }
  if (stored.kind === 'report' && stored.completion?.status === 'running' && !completing(stored, now)) {
    // A visit left behind by a worker that Chrome stopped: it did not finish.
    return { ...stored, completion: { ...stored.completion, status: 'failed' } };
  }
  return stored;
}

/**
 * Whether the stored state is a report whose "Complete the audit" visit is running (and
 * was not left behind by a worker that Chrome stopped).
 * @param {PanelState | undefined} stored
 * @param {number} now
 */
export function completing(stored, now) {
  return (
    stored?.kind === 'report' &&
    stored.completion?.status === 'running' &&
    now - stored.completion.at < STALE_LOADING_MS
  );
}

/**
 * The state for the server's answer to POST /api/audit.
 * @param {number} status HTTP status
 * @param {any} body the parsed JSON body, or null when it was not JSON
 * @param {{url: string, at: number}} where
 * @returns {PanelState}
 */
export function auditResponseState(status, body, { url, at }) {
  if (status === 200 && body && typeof body.score === 'number') {
    return { kind: 'report', url, at, report: body, history: null };
  }
  if (status === 401) {
    return {
      kind: 'not-paired',
      url,
      at,
      refused: true,
      message: errorMessage(body, status)
    };
  }
  return {
    kind: 'error',
    url,
    at,
    status,
    code: typeof body?.code === 'string' ? body.code : 'internal',
    message: errorMessage(body, status),
    ...(typeof body?.reason === 'string' ? { reason: body.reason } : {})
  };
}

/**
 * The state for the server's answer to POST /api/ssi (the dashboard's reading).
 * @param {number} status HTTP status
 * @param {any} body the parsed JSON body, or null when it was not JSON
 * @param {{url: string, at: number}} where
 * @returns {PanelState}
 */
export function ssiResponseState(status, body, { url, at }) {
  if (status === 200 && body?.reading && typeof body.reading === 'object') {
    return {
      kind: 'ssi',
      url,
      at,
      reading: body.reading,
      comparison: body.comparison ?? null,
      progress: null
    };
  }
  if (status === 200) {
    const message = 'The server answered without a reading.';
    return { kind: 'error', url, at, status, code: 'internal', message };
  }
  // 401 asks for the token, anything else is the server's error: as for an audit.
  return auditResponseState(status, body, { url, at });
}

/**
 * The server's own error message, or a plain one naming the HTTP status.
 * @param {any} body
 * @param {number} status
 */
export function errorMessage(body, status) {
  if (typeof body?.error === 'string' && body.error.trim()) return body.error;
  return status === 200
    ? 'The server answered without an audit.'
    : `The server answered HTTP ${status}.`;
}

/**
 * Whether GET /api/health answered as profile-auditor (and not some other local service).
 * @param {number} status
 * @param {any} body
 */
export function isHealthy(status, body) {
  return status === 200 && body?.name === 'profile-auditor' && body?.status === 'ok';
}
