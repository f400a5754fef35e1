import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  comparisonLine,
  formatDay,
  formatGap,
  latestMeasured,
  measuredBesideEstimate,
  outOf,
  pillarRows,
  progressDays,
  rankText
} from '../lib/ssi.js';
import { translator } from './helpers.js';

const progress = {
  profile: 'ada-example',
  days: [
    { date: '2026-11-19', estimate: 13.5, measured: null, gap: null },
    { date: '2026-11-20', estimate: null, measured: null, gap: null },
    { date: '2026-11-21', estimate: 14, measured: 16.43217, gap: 2.43 },
    { date: '2026-11-22', estimate: 15.25, measured: null, gap: null }
  ]
};

test('gaps carry their sign, in the locale', () => {
  assert.equal(formatGap(2.4321), '+2.43');
  assert.equal(formatGap(-1.5), '-1.5');
  assert.equal(formatGap(0), '0');
  assert.equal(formatGap(-0.001), '0');
  assert.equal(formatGap(-1.5, 'nl'), '-1,5');
  assert.equal(formatGap(null), '—');
});

test('days are UTC dates in the locale', () => {
  assert.equal(formatDay('2026-11-22', 'en'), 'Nov 22, 2026');
  assert.equal(formatDay('2026-01-01', 'en'), 'Jan 1, 2026'); // never the day before
  assert.match(formatDay('2026-11-22', 'nl'), /22 nov\.? 2026/);
  assert.equal(formatDay('someday', 'en'), 'someday');
});

test('values out of a maximum, unknown as a question mark', () => {
  assert.equal(outOf(16.43217, 25), '16.43 / 25');
  assert.equal(outOf(53, 100), '53 / 100');
  assert.equal(outOf(null, 25), '? / 25');
  assert.equal(outOf(9.87, 25, 'it'), '9,87 / 25');
  // LinkedIn's numbers as its dashboard prints them; the audit's estimate one decimal at most.
  assert.equal(outOf(16.25, 25, 'en', true), '16.3 / 25');
  assert.equal(outOf(null, 25, 'en', true), '? / 25');
});

test('pillars in LinkedIn order, brand first, unknown as null', () => {
  const rows = pillarRows({ pillars: { people: 11.2, brand: 16.4, insights: null, relationships: 'x' } });
  assert.deepEqual(rows, [
    { id: 'brand', value: 16.4 },
    { id: 'people', value: 11.2 },
    { id: 'insights', value: null },
    { id: 'relationships', value: null }
  ]);
  assert.equal(pillarRows(null).length, 4);
});

test('ranks read as on the dashboard', () => {
  assert.equal(rankText(12, translator('en')), 'Top 12%');
  assert.equal(rankText(null, translator('en')), 'not shown on the page');
  assert.equal(rankText(5, translator('it')), 'Primo 5%');
});

test('progress keeps days with a value, oldest first, the last ones only', () => {
  assert.deepEqual(progressDays(progress).map((d) => d.date), ['2026-11-19', '2026-11-21', '2026-11-22']);
  assert.deepEqual(progressDays(progress, 2).map((d) => d.date), ['2026-11-21', '2026-11-22']);
  assert.deepEqual(progressDays(null), []);
  assert.deepEqual(progressDays({ days: [{ date: '2026-11-22', estimate: 'x', measured: 3 }] }), [
    { date: '2026-11-22', estimate: null, measured: 3, gap: null }
  ]);
});

test('the latest measure, and the lines beside an estimate', () => {
  assert.deepEqual(latestMeasured(progress), { date: '2026-11-21', measured: 16.43217 });
  assert.equal(latestMeasured({ days: [progress.days[0]] }), null);
  const t = translator('en');
  assert.deepEqual(measuredBesideEstimate(progress, 15.25, t), {
    measured: 'LinkedIn measured 16.43 / 25 on Nov 21, 2026',
    gap: 'Gap to this estimate: +1.18 (LinkedIn minus estimate)'
  });
  assert.equal(measuredBesideEstimate({ days: [] }, 15, t), null);
  const nl = measuredBesideEstimate(progress, 20, translator('nl'), 'nl');
  assert.equal(nl?.gap, 'Verschil met deze schatting: -3,57 (LinkedIn min schatting)');
});

test('a day of the comparison in one line', () => {
  const t = translator('en');
  assert.equal(
    comparisonLine(progress.days[2], t),
    'LinkedIn measured 16.43 / 25, the audit estimated 14 / 25: gap +2.43'
  );
  assert.equal(
    comparisonLine({ date: 'd', measured: 16, estimate: null, gap: null }, t),
    'LinkedIn measured 16 / 25. No audit that day: audit your profile to compare.'
  );
  assert.equal(comparisonLine(progress.days[0], t), 'The audit estimated 13.5 / 25; no SSI reading that day.');
  assert.equal(
    comparisonLine({ date: 'd', measured: 16.43, estimate: 14.25, gap: 2.18 }, t),
    'LinkedIn measured 16.43 / 25, the audit estimated 14.3 / 25: gap +2.18'
  );
  // The server's rounded gap is shown; without one, it is computed.
  assert.equal(comparisonLine({ date: 'd', measured: 10, estimate: 12.5, gap: null }, t).endsWith('gap -2.5'), true);
});
