// @ts-check
/** The score trend from the server's history of one profile (oldest first). */

/** @typedef {{at: string, score: number, max_score: number}} HistoryAudit */

/**
 * The audits worth a trend: the last `limit` ones, only when there are at least two.
 * @param {{audits?: HistoryAudit[]} | null | undefined} history
 * @param {number} [limit]
 * @returns {HistoryAudit[]}
 */
export function trendAudits(history, limit = 12) {
  const audits = Array.isArray(history?.audits) ? history.audits : [];
  const usable = audits.filter((a) => Number.isFinite(a?.score));
  return usable.length >= 2 ? usable.slice(-limit) : [];
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
 * The change from the first to the last audit of the trend, in points.
 * @param {HistoryAudit[]} audits
 */
export function trendDelta(audits) {
  if (audits.length < 2) return 0;
  const delta = audits[audits.length - 1].score - audits[0].score;
  return Math.round(delta * 100) / 100;
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
