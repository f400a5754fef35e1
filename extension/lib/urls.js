// @ts-check
/** URL checks for LinkedIn profile pages: /in/<vanity>/ and /in/<vanity>/details/<section>/. */

const HOST = 'www.linkedin.com';

// /in/<vanity>/ or /in/<vanity>/details/<section>/; LinkedIn adds query strings
// (miniProfileUrn, trk) that do not change the page.
const PROFILE_PATH = /^\/in\/([^/]+)\/?(?:details\/([^/]+)\/?)?$/;

/**
 * Parse a profile page URL into its vanity and details section, or null.
 * @param {string | undefined | null} url
 * @returns {{vanity: string, details: string | null} | null}
 */
export function parseProfileUrl(url) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== HOST) return null;
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
 * Whether the URL is a LinkedIn profile page or one of its /details/ pages.
 * @param {string | undefined | null} url
 */
export function isProfileUrl(url) {
  return parseProfileUrl(url) !== null;
}

/**
 * Whether the URL is a /in/<vanity>/details/<section>/ page.
 * @param {string | undefined | null} url
 */
export function isDetailsUrl(url) {
  return parseProfileUrl(url)?.details != null;
}

/**
 * Whether two URLs show the same profile page (query, hash and trailing slash ignored).
 * @param {string | undefined | null} a
 * @param {string | undefined | null} b
 */
export function samePage(a, b) {
  const key = (/** @type {string | undefined | null} */ url) => {
    const page = parseProfileUrl(url);
    return page ? `${page.vanity}/${page.details ?? ''}` : null;
  };
  const left = key(a);
  return left !== null && left === key(b);
}
