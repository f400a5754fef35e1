// @ts-check
/** The score trend from the server's history of one profile (oldest first). */

/**
 * @typedef {{at: string, score: number, max_score: number, full?: boolean,
 *   unknown_points?: number, facts?: unknown}} HistoryAudit
 */

/**
 * The audits worth a trend: full audits only (the profile page, merged with its details
 * pages when there were any; a details-page or public-page audit alone is no measure of
 * the profile, so it never shows as a drop), repeated audits of one day with the same
 * score and facts as one point (the last), the last `limit` points, only when there are
 * at least two. An entry without `full` (an older server) counts as full.
 * @param {{audits?: HistoryAudit[]} | null | undefined} history
 * @param {number} [limit]
 * @returns {HistoryAudit[]}
 */
export function trendAudits(history, limit = 12) {
  const audits = Array.isArray(history?.audits) ? history.audits : [];
  const usable = audits.filter((a) => Number.isFinite(a?.score) && a.full !== false);
  /** @type {HistoryAudit[]} */
  const points = [];
  for (const audit of usable) {
    const last = points[points.length - 1];
    if (last && sameDay(last, audit) && sameFacts(last, audit)) {
      points[points.length - 1] = audit; // a repeat: one point, the latest
    } else {
      points.push(audit);
    }
  }
  return points.length >= 2 ? points.slice(-limit) : [];
}

/**
 * Whether two audits were made on the same UTC day (`at` is ISO-8601 UTC).
 * @param {HistoryAudit} a
 * @param {HistoryAudit} b
 */
function sameDay(a, b) {
  return (
    typeof a.at === 'string' &&
    typeof b.at === 'string' &&
    a.at.slice(0, 10) === b.at.slice(0, 10)
  );
}

/**
 * Whether two audits found the same: the same score and the same facts.
 * @param {HistoryAudit} a
 * @param {HistoryAudit} b
 */
function sameFacts(a, b) {
  return (
    a.score === b.score &&
    JSON.stringify(a.facts ?? null) === JSON.stringify(b.facts ?? null)
  );
}

/**
 * SVG polyline points for the audits in a width x height box, score 0 at the bottom.
 * @param {HistoryAudit[]} audits
 * @param {number} width
 * @param {number} height
 * @param {number} [pad]
 * @returns {{x: number, y: number}[]}
 */
export function trendPoints(audits, width, height, pad = 4) {
  const max = Math.max(1, ...audits.map((a) => a.max_score || 25));
  const step = audits.length > 1 ? (width - 2 * pad) / (audits.length - 1) : 0;
  return audits.map((a, i) => ({
    x: Math.round((pad + i * step) * 10) / 10,
    y:
      Math.round(
        (height - pad - (Math.min(a.score, max) / max) * (height - 2 * pad)) *
          10
      ) / 10
  }));
}

/**
 * The points an audit could not check (0 for an entry of an older server without them).
 * @param {HistoryAudit} audit
 */
export function uncheckedPoints(audit) {
  const points = audit.unknown_points;
  return typeof points === 'number' && Number.isFinite(points) ? points : 0;
}

/**
 * The change the trend shows: from the earliest audit that could not check the same points
 * as the last one, to the last. Audits that checked different parts of the profile are not
 * compared (a profile-page audit that could not see the Skills after a completed one is no
 * fall of the profile); null when no earlier audit is comparable.
 * @param {HistoryAudit[]} audits
 * @returns {{delta: number, from: HistoryAudit} | null}
 */
export function trendChange(audits) {
  if (audits.length < 2) return null;
  const last = audits[audits.length - 1];
  const from = audits.slice(0, -1).find((a) => uncheckedPoints(a) === uncheckedPoints(last));
  if (!from) return null;
  return { delta: Math.round((last.score - from.score) * 100) / 100, from };
}

/**
 * Points of two series over the same days (LinkedIn's measure and the audit's estimate),
 * in a width x height box, 0 at the bottom and `max` at the top. A day without a value
 * has no point in that series; x is the day's place among all days, so both series line
 * up by date.
 * @param {{measured: number | null, estimate: number | null}[]} days oldest first
 * @param {number} width
 * @param {number} height
 * @param {{pad?: number, max?: number}} [options]
 * @returns {{measured: {x: number, y: number}[], estimate: {x: number, y: number}[]}}
 */
export function twoSeriesPoints(days, width, height, { pad = 4, max = 25 } = {}) {
  const step = days.length > 1 ? (width - 2 * pad) / (days.length - 1) : 0;
  const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
  const series = (/** @type {'measured' | 'estimate'} */ key) =>
    days.flatMap((day, i) => {
      const value = day[key];
      if (typeof value !== 'number' || !Number.isFinite(value)) return [];
      const share = Math.min(Math.max(value, 0), max) / max;
      const x = days.length > 1 ? pad + i * step : width / 2;
      return [{ x: round(x), y: round(height - pad - share * (height - 2 * pad)) }];
    });
  return { measured: series('measured'), estimate: series('estimate') };
}
