// @ts-check
/**
 * The user's settings (chrome.storage.local): server port, pairing token, auto-scroll, and
 * whether "Complete the audit" runs after every audit.
 */

// NOTE: keep in sync with the server's default port (server/cli.py, PROFILE_AUDITOR_PORT).
export const DEFAULT_PORT = 9310;

/** @typedef {{port: number, token: string, autoScroll: boolean, completeAuto: boolean}} Settings */

/** @type {Settings} */
export const DEFAULTS = Object.freeze({
  port: DEFAULT_PORT,
  token: '',
  autoScroll: true,
  completeAuto: false
});

/**
 * A port number from user input, or null when it is not a usable TCP port.
 * @param {unknown} value
 * @returns {number | null}
 */
export function parsePort(value) {
  const text = String(value ?? '').trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

/**
 * Settings with defaults filled in and bad stored values replaced.
 * @param {Record<string, unknown> | undefined} raw
 * @returns {Settings}
 */
export function normalizeSettings(raw) {
  const stored = raw ?? {};
  return {
    port: parsePort(stored.port) ?? DEFAULT_PORT,
    token: typeof stored.token === 'string' ? stored.token.trim() : '',
    autoScroll: typeof stored.autoScroll === 'boolean' ? stored.autoScroll : true,
    completeAuto: stored.completeAuto === true
  };
}

/**
 * The server's base URL; the server binds 127.0.0.1 only.
 * @param {number} port
 */
export function serverBase(port) {
  return `http://127.0.0.1:${port}`;
}
