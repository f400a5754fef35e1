// @ts-check
/**
 * "Complete the audit": the member's own details pages the server says would make unknown
 * facts known (`document.details_pages`), the visit's steps, and where the facts came
 * from (`document.profile.sources`). Pure: the worker and the panel share it.
 */

import { parseProfileUrl } from './urls.js';

// The sections the server may ask for (the contract's details_pages[].section).
export const SECTIONS = /** @type {const} */ (['skills', 'recommendations', 'experience']);

// Seconds a visit takes on this machine: the page's load, scrolling its list to the end,
// the server's answer (docs/benchmarks.md); the way back to the profile is one more load.
export const SECONDS_PER_PAGE = 2;
export const SECONDS_BACK = 1;

/** @typedef {'skills' | 'recommendations' | 'experience'} Section */
/** @typedef {{section: Section, path: string, url: string}} DetailsPage */
/** @typedef {'pending' | 'active' | 'done' | 'failed'} StepStatus */
/** @typedef {{section: Section, path: string, status: StepStatus}} Step */
/**
 * @typedef {{
 *   status: 'running' | 'done' | 'cancelled' | 'failed',
 *   steps: Step[],
 *   at: number,
 *   merged?: boolean,
 *   message?: string
 * }} Completion
 */

/**
 * The details pages to visit, from a report: only the member's own pages
 * (/in/<vanity>/details/<section>/ of the report's vanity), each section once. Absent or
 * malformed `details_pages` (a server before the merge) give none.
 * @param {any} report
 * @returns {DetailsPage[]}
 */
export function detailsPlan(report) {
  const listed = Array.isArray(report?.details_pages) ? report.details_pages : [];
  const vanity = report?.profile?.vanity;
  /** @type {DetailsPage[]} */
  const plan = [];
  for (const entry of listed) {
    const section = entry?.section;
    const path = entry?.path;
    if (!SECTIONS.includes(section) || typeof path !== 'string') continue;
    const url = `https://www.linkedin.com${path}`;
    const page = parseProfileUrl(url);
    // A path to another member, another section, or with a query is not followed.
    if (!page || page.details !== section || new URL(url).pathname !== path) continue;
    if (typeof vanity === 'string' && vanity && page.vanity !== vanity) continue;
    if (plan.some((p) => p.section === section)) continue;
    plan.push({ section, path, url });
  }
  return plan;
}

/**
 * About how long the visit takes, in whole seconds.
 * @param {number} pages
 */
export function estimateSeconds(pages) {
  return pages > 0 ? pages * SECONDS_PER_PAGE + SECONDS_BACK : 0;
}

/**
 * The steps of a visit, all pending.
 * @param {DetailsPage[]} plan
 * @returns {Step[]}
 */
export function initialSteps(plan) {
  return plan.map(({ section, path }) => ({ section, path, status: 'pending' }));
}

/**
 * The steps with one step's status changed.
 * @param {Step[]} steps
 * @param {number} index
 * @param {StepStatus} status
 * @returns {Step[]}
 */
export function withStep(steps, index, status) {
  return steps.map((step, i) => (i === index ? { ...step, status } : step));
}

/**
 * The page kind of a source, for "from your Skills page": "profile", a details section,
 * or "other" (a page this version does not name).
 * @param {any} source an entry of profile.sources: {page, kind, captured}
 * @returns {'profile' | Section | 'other'}
 */
export function sourcePage(source) {
  const path = typeof source?.page === 'string' ? source.page : '';
  const page = parseProfileUrl(`https://www.linkedin.com${path.startsWith('/') ? path : `/${path}`}`);
  if (!page) return 'other';
  if (page.details === null) return 'profile';
  return SECTIONS.includes(/** @type {any} */ (page.details))
    ? /** @type {Section} */ (page.details)
    : 'other';
}

/**
 * The sources of a report worth showing: each page once, the profile page first. Empty
 * when the report came from one page alone (nothing to tell apart).
 * @param {any} report
 * @returns {{page: 'profile' | Section | 'other', path: string, captured: string | null}[]}
 */
export function reportSources(report) {
  const listed = Array.isArray(report?.profile?.sources) ? report.profile.sources : [];
  /** @type {{page: 'profile' | Section | 'other', path: string, captured: string | null}[]} */
  const out = [];
  for (const source of listed) {
    const path = typeof source?.page === 'string' ? source.page : '';
    if (!path || out.some((s) => s.path === path)) continue;
    const captured = typeof source.captured === 'string' ? source.captured : null;
    out.push({ page: sourcePage(source), path, captured });
  }
  out.sort((a, b) => Number(b.page === 'profile') - Number(a.page === 'profile'));
  return out.length > 1 ? out : [];
}

/**
 * Whether the tab, now at `tabUrl`, is on the way of a visit that started on the profile
 * `profileUrl`: one of the same member's pages (the profile or a details page).
 * @param {string | undefined} profileUrl
 * @param {string | undefined} tabUrl
 */
export function onTheWay(profileUrl, tabUrl) {
  const home = parseProfileUrl(profileUrl);
  const here = parseProfileUrl(tabUrl);
  return home !== null && here !== null && home.vanity === here.vanity;
}
