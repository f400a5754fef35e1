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
