// @ts-check
/** Formatting of what the panel shows; `t` is chrome.i18n.getMessage or a test double. */

import { DEFAULT_PORT } from './settings.js';

/** @typedef {(key: string, substitutions?: string | string[]) => string} Translate */

/**
 * Points as a person reads them: one decimal at most, halves rounded up (16.25 -> 16.3),
 * in the UI locale, as the reports of the command line write them (auditor/report_i18n.py
 * `one_decimal`: half up on the shortest decimal form, which is what ICU rounds).
 * @param {number} points
 * @param {string} [locale]
 */
export function formatPoints(points, locale = 'en') {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(points);
}

/**
 * A message in the plural form the UI language gives the number as shown (one decimal):
 * `${key}_one` or `${key}_other` (English, Dutch and Italian have these two forms).
 * @param {Translate} t
 * @param {string} key the message's name without its `_one` / `_other` suffix
 * @param {number} count the number the sentence is about
 * @param {string[]} substitutions
 * @param {string} [locale]
 */
export function plural(t, key, count, substitutions, locale = 'en') {
  const shown = Number(formatPoints(count, 'en').replaceAll(',', ''));
  const form = new Intl.PluralRules(locale).select(shown) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, substitutions);
}

/**
 * The exact command that starts the server on this port.
 * @param {number} port
 */
export function serveCommand(port) {
  return port === DEFAULT_PORT
    ? 'profile-audit serve'
    : `profile-audit serve --port ${port}`;
}

/**
 * "12 skills: aim for at least 8, ideally more than 20"; an unchecked criterion has no
 * measured value to set against the threshold, so it keeps its own sentence.
 * @param {{measured: string, threshold: string, status?: string}} criterion
 * @param {Translate} t
 */
export function measuredAgainst(criterion, t) {
  if (!criterion.threshold || criterion.status === 'unknown') return criterion.measured;
  return t('measuredAgainst', [criterion.measured, criterion.threshold]);
}

/**
 * The label of a criterion's status (pass, partial, fail, unknown).
 * @param {string} status
 * @param {Translate} t
 */
export function statusLabel(status, t) {
  const known = ['pass', 'partial', 'fail', 'unknown'];
  return t(`status_${known.includes(status) ? status : 'unknown'}`);
}

/**
 * A date and time in the UI locale, or the raw text when it is not a date.
 * @param {string} iso
 * @param {string} [locale]
 */
export function formatWhen(iso, locale = 'en') {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short'
  }).format(when);
}

/**
 * The gauge's fill, 0..1, clamped.
 * @param {number} score
 * @param {number} max
 */
export function gaugeFraction(score, max) {
  if (!(max > 0) || !Number.isFinite(score)) return 0;
  return Math.min(1, Math.max(0, score / max));
}

/**
 * The band of a score for colour: low under 40 %, high from 75 %.
 * @param {number} score
 * @param {number} max
 * @returns {'low' | 'mid' | 'high'}
 */
export function scoreBand(score, max) {
  const share = gaugeFraction(score, max);
  if (share >= 0.75) return 'high';
  return share >= 0.4 ? 'mid' : 'low';
}
