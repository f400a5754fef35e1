import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatPoints,
  formatWhen,
  gaugeFraction,
  measuredAgainst,
  scoreBand,
  serveCommand,
  statusLabel
} from '../lib/format.js';
import { translator } from './helpers.js';

test('serveCommand names the port only when it is not the default', () => {
  assert.equal(serveCommand(9310), 'profile-audit serve');
  assert.equal(serveCommand(12345), 'profile-audit serve --port 12345');
});

test('points keep at most two decimals, in the locale', () => {
  assert.equal(formatPoints(17.5), '17.5');
  assert.equal(formatPoints(3), '3');
  assert.equal(formatPoints(1.6666), '1.67');
  assert.equal(formatPoints(17.5, 'nl'), '17,5');
  assert.equal(formatPoints(17.5, 'it'), '17,5');
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
