import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatPoints,
  formatWhen,
  gaugeFraction,
  measuredAgainst,
  plural,
  scoreBand,
  serveCommand,
  statusLabel
} from '../lib/format.js';
import { translator } from './helpers.js';

test('serveCommand names the port only when it is not the default', () => {
  assert.equal(serveCommand(9310), 'profile-audit serve');
  assert.equal(serveCommand(12345), 'profile-audit serve --port 12345');
});

test('points keep one decimal at most, halves up as the reports do, in the locale', () => {
  // The same numbers as auditor.report_i18n.one_decimal's doctest: 16.4, 16.3, 0.7, 3.
  assert.equal(formatPoints(16.42), '16.4');
  assert.equal(formatPoints(16.25), '16.3');
  assert.equal(formatPoints(0.67, 'nl'), '0,7');
  assert.equal(formatPoints(16), '16');
  assert.equal(formatPoints(3), '3');
  // Half up on the shortest decimal form (Python's Decimal(str(x))), not the binary value.
  assert.equal(formatPoints(0.15), '0.2');
  assert.equal(formatPoints(8.45), '8.5');
  assert.equal(formatPoints(1.6666), '1.7');
  assert.equal(formatPoints(17.5, 'nl'), '17,5');
  assert.equal(formatPoints(17.5, 'it'), '17,5');
});

test('plural picks the form of the number as shown, in each language', () => {
  for (const lang of ['en', 'nl', 'it']) {
    const t = translator(lang);
    const one = plural(t, 'gain', 1, ['1'], lang);
    const other = plural(t, 'gain', 2, ['2'], lang);
    assert.equal(one, t('gain_one', ['1']), lang);
    assert.equal(other, t('gain_other', ['2']), lang);
    assert.notEqual(one.replace('1', ''), other.replace('2', ''), lang);
    // 0.96 shows as "1": the singular; 1.5 is plural in all three.
    assert.equal(plural(t, 'unknownPoints', 0.96, ['1'], lang), t('unknownPoints_one', ['1']), lang);
    assert.equal(plural(t, 'unknownPoints', 1.5, ['1.5'], lang), t('unknownPoints_other', ['1.5']), lang);
  }
  assert.equal(plural(translator('en'), 'gain', 1, ['1'], 'en'), '+1 pt');
  assert.equal(plural(translator('en'), 'trendLabel', 3, ['3', 'a, b, c'], 'en'), 'Scores of the last 3 audits: a, b, c');
  assert.equal(plural(translator('it'), 'unknownPoints', 1, ['1'], 'it'), '1 punto non verificabile su questa pagina');
});

test('measured value against the threshold reads as one sentence', () => {
  const c = { measured: '12 skills', threshold: 'at least 8, ideally more than 20' };
  assert.equal(measuredAgainst(c, translator('en')), '12 skills: aim for at least 8, ideally more than 20');
  assert.equal(measuredAgainst(c, translator('nl')), '12 skills: streef naar at least 8, ideally more than 20');
  assert.equal(measuredAgainst({ measured: 'No photo', threshold: '' }, translator('en')), 'No photo');
  const unknown = { measured: 'Skills total not shown on this page', threshold: 'at least 8', status: 'unknown' };
  assert.equal(measuredAgainst(unknown, translator('en')), 'Skills total not shown on this page');
});

test('status labels exist for every status and fall back to unknown', () => {
  const t = translator('en');
  assert.equal(statusLabel('pass', t), 'Pass');
  assert.equal(statusLabel('partial', t), 'Partly');
  assert.equal(statusLabel('fail', t), 'To do');
  assert.equal(statusLabel('unknown', t), 'Not checked');
  assert.equal(statusLabel('bogus', t), 'Not checked');
});

test('gauge fraction and band are clamped', () => {
  assert.equal(gaugeFraction(12.5, 25), 0.5);
  assert.equal(gaugeFraction(30, 25), 1);
  assert.equal(gaugeFraction(-1, 25), 0);
  assert.equal(gaugeFraction(5, 0), 0);
  assert.equal(gaugeFraction(Number.NaN, 25), 0);
  assert.equal(scoreBand(20, 25), 'high');
  assert.equal(scoreBand(10, 25), 'mid');
  assert.equal(scoreBand(9.9, 25), 'low');
});

test('formatWhen formats ISO dates and passes other text through', () => {
  assert.match(formatWhen('2026-11-22T10:30:00Z', 'en'), /Nov 22, 2026/);
  assert.equal(formatWhen('yesterday', 'en'), 'yesterday');
});
