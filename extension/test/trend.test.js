import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trendAudits, trendChange, trendPoints, twoSeriesPoints, uncheckedPoints } from '../lib/trend.js';

const audit = (score, at = '2026-11-01T10:00:00Z') => ({ at, score, max_score: 25 });

test('a trend needs at least two audits', () => {
  assert.deepEqual(trendAudits(null), []);
  assert.deepEqual(trendAudits({ audits: [audit(10)] }), []);
  assert.equal(trendAudits({ audits: [audit(10), audit(12)] }).length, 2);
});

test('only the last audits are kept', () => {
  const audits = Array.from({ length: 20 }, (_, i) => audit(i));
  const kept = trendAudits({ audits }, 5);
  assert.deepEqual(kept.map((a) => a.score), [15, 16, 17, 18, 19]);
});

test('only full audits make the trend: a details-page or public-page audit is no drop', () => {
  const audits = [
    { ...audit(15, '2026-11-01T10:00:00Z'), full: true },
    { ...audit(4, '2026-11-01T10:05:00Z'), full: false },
    { ...audit(16, '2026-11-02T10:00:00Z'), full: true },
    { ...audit(3, '2026-11-03T10:00:00Z'), full: false }
  ];
  assert.deepEqual(
    trendAudits({ audits }).map((a) => a.score),
    [15, 16]
  );
  assert.equal(trendChange(trendAudits({ audits }))?.delta, 1);
});

test('repeated audits of one day with the same facts are one point, the latest', () => {
  const facts = { skills_total: 12 };
  const audits = [
    { ...audit(15, '2026-11-01T09:00:00Z'), facts },
    { ...audit(15, '2026-11-01T11:00:00Z'), facts: { ...facts } },
    { ...audit(15, '2026-11-02T09:00:00Z'), facts },
    { ...audit(17, '2026-11-02T10:00:00Z'), facts: { skills_total: 20 } }
  ];
  const kept = trendAudits({ audits });
  assert.deepEqual(
    kept.map((a) => a.at),
    ['2026-11-01T11:00:00Z', '2026-11-02T09:00:00Z', '2026-11-02T10:00:00Z']
  );
});

test('points span the box, zero at the bottom and the max at the top', () => {
  const points = trendPoints([audit(0), audit(25)], 100, 50, 0);
  assert.deepEqual(points, [{ x: 0, y: 50 }, { x: 100, y: 0 }]);
});

test('the change is last minus first when every audit checked the same', () => {
  const change = trendChange([audit(10), audit(12), audit(17.5)]);
  assert.equal(change?.delta, 7.5);
  assert.equal(change?.from.score, 10);
  assert.equal(trendChange([audit(10)]), null);
});

test('a drop that only comes from unchecked points is no change of the profile', () => {
  const completed = { ...audit(20, '2026-11-01T10:00:00Z'), unknown_points: 0 };
  const pageOnly = { ...audit(15, '2026-11-02T10:00:00Z'), unknown_points: 5 };
  // The profile page alone after a completed audit: nothing to compare it with.
  assert.equal(trendChange([completed, pageOnly]), null);
  // Compared with the earliest audit that could not check the same points.
  const earlier = { ...audit(13, '2026-10-30T10:00:00Z'), unknown_points: 5 };
  const change = trendChange([earlier, completed, pageOnly]);
  assert.equal(change?.delta, 2);
  assert.equal(change?.from, earlier);
  // An older server's entry without unknown_points counts as everything checked.
  assert.equal(uncheckedPoints(audit(3)), 0);
  assert.equal(trendChange([audit(18), completed])?.delta, 2);
});

test('two series line up by day; a day without a value has no point', () => {
  const days = [
    { measured: 25, estimate: 0 },
    { measured: null, estimate: 12.5 },
    { measured: 0, estimate: null }
  ];
  const { measured, estimate } = twoSeriesPoints(days, 100, 50, { pad: 0 });
  assert.deepEqual(measured, [{ x: 0, y: 0 }, { x: 100, y: 50 }]);
  assert.deepEqual(estimate, [{ x: 0, y: 50 }, { x: 50, y: 25 }]);
});

test('two series clamp to the box and centre a single day', () => {
  const { measured, estimate } = twoSeriesPoints([{ measured: 40, estimate: -3 }], 100, 50, { pad: 0 });
  assert.deepEqual(measured, [{ x: 50, y: 0 }]);
  assert.deepEqual(estimate, [{ x: 50, y: 50 }]);
  assert.deepEqual(twoSeriesPoints([], 100, 50), { measured: [], estimate: [] });
});
