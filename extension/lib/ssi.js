// @ts-check
/**
 * The SSI reading and the brand comparison as the panel shows them: pillars, ranks,
 * LinkedIn's measure beside the audit's estimate, and the gap. `t` is chrome.i18n's
 * getMessage or a test double.
 */

import { formatPoints } from './format.js';

/** @typedef {import('./format.js').Translate} Translate */
/** @typedef {{date: string, estimate: number | null, measured: number | null, gap: number | null}} Day */

// LinkedIn's order on the dashboard: brand first, the pillar the audit estimates.
export const PILLARS = /** @type {const} */ (['brand', 'people', 'insights', 'relationships']);
export const PILLAR_MAX = 25;
export const TOTAL_MAX = 100;

/**
 * A number, or null for anything else (the server sends null for what the page lacked).
 * @param {unknown} value
 * @returns {number | null}
 */
export function numberOrNull(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A number LinkedIn measured, as its dashboard prints it: two decimals at most. The
 * audit's own estimates show one decimal at most (`formatPoints`).
 * @param {number} value
 * @param {string} [locale]
 */
export function formatMeasured(value, locale = 'en') {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * Points out of a maximum, "16.43 / 25" (LinkedIn's) or "14.2 / 25" (an estimate);
 * "? / 25" when unknown.
 * @param {number | null} value
 * @param {number} max
 * @param {string} [locale]
 * @param {boolean} [estimate] the audit's estimate: one decimal at most
 */
export function outOf(value, max, locale = 'en', estimate = false) {
  if (value === null) return `? / ${max}`;
  return `${estimate ? formatPoints(value, locale) : formatMeasured(value, locale)} / ${max}`;
}

/**
 * A gap with its sign, "+2.93", "-1.5" or "0"; an em dash when unknown.
 * @param {number | null} gap
 * @param {string} [locale]
 */
export function formatGap(gap, locale = 'en') {
  if (gap === null || !Number.isFinite(gap)) return '—';
  const rounded = Math.round(gap * 100) / 100;
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero'
  }).format(rounded);
}

/**
 * A day of the history, "YYYY-MM-DD" (a UTC date), in the UI locale; raw when malformed.
 * @param {string} date
 * @param {string} [locale]
 */
export function formatDay(date, locale = 'en') {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const when = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(when.getTime())) return date;
  // UTC, as the server dates readings: a local zone west of UTC would show the day before.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(when);
}

/**
 * The four pillars of a reading in LinkedIn's order, brand first.
 * @param {any} reading
 * @returns {{id: string, value: number | null}[]}
 */
export function pillarRows(reading) {
  return PILLARS.map((id) => ({ id, value: numberOrNull(reading?.pillars?.[id]) }));
}

/**
 * A rank as the dashboard words it, "Top 12%"; "not shown" when unknown.
 * @param {unknown} rank the N of "top N%"
 * @param {Translate} t
 */
export function rankText(rank, t) {
  const n = numberOrNull(rank);
  return n === null ? t('rankUnknown') : t('rankTop', [String(n)]);
}

/**
 * The days of GET /api/progress that have a value, oldest first (at most `limit`).
 * @param {{days?: Day[]} | null | undefined} progress
 * @param {number} [limit]
 * @returns {Day[]}
 */
export function progressDays(progress, limit = 14) {
  const days = Array.isArray(progress?.days) ? progress.days : [];
  return days
    .filter((d) => d && typeof d.date === 'string')
    .map((d) => ({
      date: d.date,
      estimate: numberOrNull(d.estimate),
      measured: numberOrNull(d.measured),
      gap: numberOrNull(d.gap)
    }))
    .filter((d) => d.estimate !== null || d.measured !== null)
    .slice(-limit);
}

/**
 * The latest day LinkedIn measured the brand pillar, or null before any reading.
 * @param {{days?: Day[]} | null | undefined} progress
 * @returns {{date: string, measured: number} | null}
 */
export function latestMeasured(progress) {
  const measured = progressDays(progress, Infinity).filter((d) => d.measured !== null);
  const last = measured.at(-1);
  return last ? { date: last.date, measured: /** @type {number} */ (last.measured) } : null;
}

/**
 * The lines the audit view shows beside its estimate: LinkedIn's latest measure and the
 * gap to this audit (measured minus estimate, the server's sign); null before any reading.
 * @param {{days?: Day[]} | null | undefined} progress
 * @param {number} estimate this audit's score out of 25
 * @param {Translate} t
 * @param {string} [locale]
 * @returns {{measured: string, gap: string} | null}
 */
export function measuredBesideEstimate(progress, estimate, t, locale = 'en') {
  const latest = latestMeasured(progress);
  if (!latest || !Number.isFinite(estimate)) return null;
  return {
    measured: t('measuredOn', [outOf(latest.measured, PILLAR_MAX, locale), formatDay(latest.date, locale)]),
    gap: t('gapToEstimate', [formatGap(latest.measured - estimate, locale)])
  };
}

/**
 * One line for a day of the comparison: both values and the gap, or what is missing.
 * @param {Day} day
 * @param {Translate} t
 * @param {string} [locale]
 */
export function comparisonLine(day, t, locale = 'en') {
  const measured = numberOrNull(day.measured);
  const estimate = numberOrNull(day.estimate);
  if (measured === null) return t('comparisonNoReading', [outOf(estimate, PILLAR_MAX, locale, true)]);
  if (estimate === null) return t('comparisonNoAudit', [outOf(measured, PILLAR_MAX, locale)]);
  const gap = numberOrNull(day.gap) ?? measured - estimate;
  return t('comparisonBoth', [
    outOf(measured, PILLAR_MAX, locale),
    outOf(estimate, PILLAR_MAX, locale, true),
    formatGap(gap, locale)
  ]);
}
