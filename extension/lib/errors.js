// @ts-check
/**
 * What the panel says for each error: the server's codes (server/api.py ERROR_CODES and its
 * handlers; 422 not_a_profile carries a reason from auditor/errors.py NotAProfileReason) and
 * the extension's own (the server stopped, a timeout, an unreadable page), each with its
 * own translated, plain message. The server's English text stays for a bug report.
 */

// Codes with a message of their own; anything else gets the generic one naming the code.
export const KNOWN_CODES = /** @type {const} */ ([
  'bad_request',
  'forbidden',
  'too_large',
  'bad_input',
  'internal',
  'page_too_complex',
  'history_unavailable',
  'ssi_page',
  'not_an_ssi_page',
  'not_a_profile',
  'server_stopped',
  'timeout',
  'page_unreadable',
  'page_not_kept'
]);

// NotAProfileReason values (auditor/errors.py) with a message of their own.
export const KNOWN_REASONS = /** @type {const} */ ([
  'authwall',
  'guest_homepage',
  'profile_not_found',
  'app_shell',
  'fragment',
  'other_linkedin_page',
  'not_linkedin'
]);

/**
 * The catalogue key of an error's message.
 * @param {{code?: unknown, reason?: unknown}} error
 */
export function errorKey({ code, reason }) {
  if (code === 'not_a_profile' && KNOWN_REASONS.includes(/** @type {any} */ (reason))) {
    return `error_not_a_profile_${reason}`;
  }
  return KNOWN_CODES.includes(/** @type {any} */ (code)) ? `error_${code}` : 'error_generic';
}

/**
 * The user's message for an error, in the UI language.
 * @param {{code?: unknown, reason?: unknown}} error
 * @param {import('./format.js').Translate} t
 */
export function errorText(error, t) {
  return t(errorKey(error), [String(error.code ?? '')]);
}

/**
 * The extension's own code for an exception thrown while auditing: the server stopped
 * answering (fetch failed), a timeout, or the page could not be read.
 * @param {unknown} error
 */
export function extensionErrorCode(error) {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError') return 'timeout';
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return 'server_stopped';
  if (error instanceof Error && error.message === PAGE_UNREADABLE) return 'page_unreadable';
  return 'extension';
}

// The worker's message when the injected capture returned nothing.
export const PAGE_UNREADABLE = 'The page could not be read.';
