// @ts-check
/**
 * URL checks for the LinkedIn pages the toolbar button works on: profile pages
 * (/in/<vanity>/ and /in/<vanity>/details/<section>/) and the SSI dashboard (/sales/ssi).
 */

const HOST = 'www.linkedin.com';

// /in/<vanity>/ or /in/<vanity>/details/<section>/; LinkedIn adds query strings
// (miniProfileUrn, trk) that do not change the page.
const PROFILE_PATH = /^\/in\/([^/]+)\/?(?:details\/([^/]+)\/?)?$/;
// The Social Selling Index dashboard, with or without the trailing slash (the server's
// /api/audit refuses the same path: server/api.py SSI_PATH).
const SSI_PATH = /^\/sales\/ssi\/?$/;
// LinkedIn sends /in/me/ to the signed-in member's own profile.
export const MY_PROFILE_URL = 'https://www.linkedin.com/in/me/';

/** @typedef {'profile' | 'details' | 'ssi' | 'other'} PageKind */

/**
 * The URL as a LinkedIn https URL, or null.
 * @param {string | undefined | null} url
 */
function linkedInUrl(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' && parsed.hostname === HOST ? parsed : null;
}

/**
 * Parse a profile page URL into its vanity and details section, or null.
 * @param {string | undefined | null} url
 * @returns {{vanity: string, details: string | null} | null}
 */
export function parseProfileUrl(url) {
  const parsed = linkedInUrl(url);
  if (!parsed) return null;
  const match = PROFILE_PATH.exec(parsed.pathname);
  if (!match) return null;
  let vanity = match[1];
  try {
    vanity = decodeURIComponent(vanity);
  } catch {
    // A malformed escape is still a page LinkedIn served; keep the raw slug.
  }
  return { vanity, details: match[2] ?? null };
}

/**
 * Whether the URL is LinkedIn's SSI dashboard, https://www.linkedin.com/sales/ssi.
 * @param {string | undefined | null} url
 */
export function isSsiUrl(url) {
  const parsed = linkedInUrl(url);
  return parsed !== null && SSI_PATH.test(parsed.pathname);
}

/**
 * What the toolbar button does on this URL: audit a profile or details page, read the
 * SSI dashboard, or nothing.
 * @param {string | undefined | null} url
 * @returns {PageKind}
 */
export function pageKind(url) {
  const profile = parseProfileUrl(url);
  if (profile) return profile.details === null ? 'profile' : 'details';
  return isSsiUrl(url) ? 'ssi' : 'other';
}

/**
 * Whether two URLs show the same profile page or both the SSI dashboard (query, hash
 * and trailing slash ignored).
 * @param {string | undefined | null} a
 * @param {string | undefined | null} b
 */
export function samePage(a, b) {
  const key = (/** @type {string | undefined | null} */ url) => {
    if (isSsiUrl(url)) return 'sales/ssi';
    const page = parseProfileUrl(url);
    return page ? `in/${page.vanity}/${page.details ?? ''}` : null;
  };
  const left = key(a);
  return left !== null && left === key(b);
}
