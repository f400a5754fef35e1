// @ts-check
/**
 * "Save a redacted copy to report this page": when the audit could not read a page (its
 * layout is unknown, or most of a profile's facts are), the panel offers a copy of the
 * page that is safe to attach to a bug report. The local server makes it (POST
 * /api/redact: names, the letters of every text, personal URL parts and photos replaced),
 * and the panel saves it as a download. Nothing is sent anywhere else.
 *
 * Where the page waits: the worker keeps the captured page in chrome.storage.session
 * (key page:<tabId>) only when its report makes the offer, so an ordinary audit writes
 * nothing more. storage.session outlives the worker, which Chrome stops when idle, and is
 * gone when the browser closes; the page is dropped when its tab closes or when a later
 * audit of the tab makes no offer.
 */

import { extensionErrorCode } from './errors.js';
import { errorMessage } from './state.js';

// NOTE: the server's name (server/api.py REDACTED_NAME), used when its header is unreadable.
export const DEFAULT_NAME = 'linkedin-page.redacted.html';
export const REDACT_TIMEOUT_MS = 60000;
// How long the Blob URL lives after the click: the download reads it after the click returns.
const REVOKE_AFTER_MS = 60000;
// Fields of report.profile that describe the page, not facts (auditor/model.py FACTS).
const NOT_FACTS = new Set(['kind', 'layout', 'url', 'sources', 'unknown']);
// Pages that state every fact; a details or activity page states a few by design.
const WHOLE_PROFILES = new Set(['profile', 'public_profile']);
// The code of a click whose page is no longer kept (lib/errors.js words it).
export const PAGE_NOT_KEPT = 'page_not_kept';

/**
 * @typedef {{get: (keys: any) => Promise<Record<string, any>>,
 *   set: (items: Record<string, any>) => Promise<void>,
 *   remove: (keys: string | string[]) => Promise<void>}} Storage
 * @typedef {{ok: true, blob: Blob, name: string}
 *   | {ok: false, status: number, code: string, message: string, reason?: string}} RedactResult
 */

/**
 * The storage.session key of a tab's kept page.
 * @param {number} tabId
 */
export function pageKey(tabId) {
  return `page:${tabId}`;
}

/**
 * Whether the report offers a redacted copy: the layout is unknown, or a whole profile
 * page left more than half of its facts unknown.
 * @param {any} report an answer of POST /api/audit
 */
export function offersRedaction(report) {
  const profile = report?.profile;
  if (!profile || typeof profile !== 'object') return false;
  if (profile.layout === 'unknown') return true;
  if (!WHOLE_PROFILES.has(profile.kind)) return false;
  const facts = Object.keys(profile).filter((name) => !NOT_FACTS.has(name));
  const unknown = Object.keys(profile.unknown ?? {}).filter((name) => facts.includes(name));
  return facts.length > 0 && unknown.length * 2 > facts.length;
}

/**
 * After an audit: keep the captured page for the offer when its report makes one, else
 * forget the tab's earlier page. Never throws (the report matters more than the offer);
 * whether the page is kept.
 * @param {Storage} storage chrome.storage.session
 * @param {number} tabId
 * @param {{url: string, html: string}} page the captured page
 * @param {import('./state.js').PanelState} state the audit's state
 */
export async function keepPage(storage, tabId, page, state) {
  const key = pageKey(tabId);
  try {
    if (state.kind !== 'report' || !offersRedaction(state.report)) {
      await storage.remove(key);
      return false;
    }
    const item = { [key]: { url: page.url, html: page.html } };
    try {
      await storage.set(item);
    } catch {
      // Over the quota (10 MB in Chrome): other tabs' pages make room, then one more try.
      const others = Object.keys(await storage.get(null)).filter(
        (name) => name.startsWith('page:') && name !== key
      );
      await storage.remove(others);
      await storage.set(item);
    }
    return true;
  } catch (error) {
    console.warn('the page could not be kept for a redacted copy', error);
    await storage.remove(key).catch(() => {});
    return false;
  }
}

/**
 * The file name from the server's Content-Disposition, or the default one. Only a plain
 * name ending in .html is taken.
 * @param {string | null} header
 */
export function downloadName(header) {
  const match = /filename="?([A-Za-z0-9._-]+\.html)"?/.exec(header ?? '');
  return match && !match[1].startsWith('.') ? match[1] : DEFAULT_NAME;
}

/**
 * Send the tab's kept page to POST /api/redact; the copy and its file name, or the error
 * with the code lib/errors.js words.
 * @param {{tabId: number, storage: Storage, base: string, token: string,
 *   fetchImpl?: typeof fetch, timeoutMs?: number}} options
 * @returns {Promise<RedactResult>}
 */
export async function requestRedacted({
  tabId,
  storage,
  base,
  token,
  fetchImpl = fetch,
  timeoutMs = REDACT_TIMEOUT_MS
}) {
  const key = pageKey(tabId);
  const page = (await storage.get(key))[key];
  if (!page || typeof page.html !== 'string') {
    const message = 'The captured page is no longer kept: audit the page again.';
    return { ok: false, status: 0, code: PAGE_NOT_KEPT, message };
  }
  try {
    const response = await fetchImpl(`${base}/api/redact`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ url: typeof page.url === 'string' ? page.url : '', html: page.html }),
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs)
    });
    const type = response.headers.get('Content-Type') ?? '';
    if (response.status === 200 && /^text\/html\b/i.test(type)) {
      const name = downloadName(response.headers.get('Content-Disposition'));
      return { ok: true, blob: await response.blob(), name };
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON (something else on the port): the status says enough.
    }
    return {
      ok: false,
      status: response.status,
      code: typeof body?.code === 'string' ? body.code : 'internal',
      message: errorMessage(body, response.status),
      ...(typeof body?.reason === 'string' ? { reason: body.reason } : {})
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, status: 0, code: extensionErrorCode(error), message };
  }
}

/**
 * Save a Blob as a download on this computer: a Blob URL and an <a download>, clicked
 * (no downloads permission needed).
 * @param {Blob} blob
 * @param {string} name
 * @param {Document} doc
 * @param {number} revokeAfterMs
 */
export function saveFile(blob, name, doc = document, revokeAfterMs = REVOKE_AFTER_MS) {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link); // Firefox clicks only a link in the document
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
}
