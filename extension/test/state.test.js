import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  auditResponseState,
  errorMessage,
  isHealthy,
  selectView,
  ssiResponseState,
  STALE_LOADING_MS,
  stateKey
} from '../lib/state.js';

const URL_A = 'https://www.linkedin.com/in/ada-example/';
const now = 1_800_000_000_000;

test('a page that is not a profile shows not-profile whatever is stored', () => {
  const stored = { kind: 'report', url: URL_A, at: now, report: {}, history: null };
  assert.equal(selectView({ tabUrl: 'https://www.linkedin.com/feed/', stored, now }).kind, 'not-profile');
  assert.equal(selectView({ tabUrl: undefined, stored: undefined, now }).kind, 'not-profile');
});

test('a profile with no state, or a state of another page, is idle', () => {
  assert.deepEqual(selectView({ tabUrl: URL_A, stored: undefined, now }), { kind: 'idle', url: URL_A });
  const other = { kind: 'report', url: 'https://www.linkedin.com/in/someone-else/', at: now };
  assert.equal(selectView({ tabUrl: URL_A, stored: /** @type {any} */ (other), now }).kind, 'idle');
});

test('the stored state of the same page is shown', () => {
  const stored = { kind: 'error', url: `${URL_A}?trk=x`, at: now, status: 422, code: 'not_a_profile', message: 'm' };
  assert.equal(selectView({ tabUrl: URL_A, stored: /** @type {any} */ (stored), now }), stored);
});

test('a loading state left by a stopped worker goes stale', () => {
  const loading = { kind: 'loading', url: URL_A, at: now, phase: 'capturing' };
  assert.equal(selectView({ tabUrl: URL_A, stored: /** @type {any} */ (loading), now: now + 1000 }).kind, 'loading');
  assert.equal(
    selectView({ tabUrl: URL_A, stored: /** @type {any} */ (loading), now: now + STALE_LOADING_MS + 1 }).kind,
    'idle'
  );
});

test('server answers map to states', () => {
  const where = { url: URL_A, at: now };
  assert.equal(auditResponseState(200, { score: 12 }, where).kind, 'report');
  assert.equal(auditResponseState(200, { nope: 1 }, where).kind, 'error');
  const unauthorized = auditResponseState(401, { error: 'bad token', code: 'unauthorized' }, where);
  assert.deepEqual(unauthorized, { kind: 'not-paired', url: URL_A, at: now, refused: true, message: 'bad token' });
  const notProfile = auditResponseState(422, { error: 'not a LinkedIn profile page', code: 'not_a_profile', reason: 'authwall' }, where);
  assert.deepEqual(notProfile, {
    kind: 'error', url: URL_A, at: now, status: 422, code: 'not_a_profile', message: 'not a LinkedIn profile page',
    reason: 'authwall' // the panel words the message from code and reason
  });
  const html = auditResponseState(502, null, where);
  assert.equal(html.kind, 'error');
  assert.equal(/** @type {any} */ (html).message, 'The server answered HTTP 502.');
});

test('errorMessage prefers the server message', () => {
  assert.equal(errorMessage({ error: 'too large' }, 413), 'too large');
  assert.equal(errorMessage({ error: '   ' }, 413), 'The server answered HTTP 413.');
});

test('health must come from profile-auditor', () => {
  assert.equal(isHealthy(200, { name: 'profile-auditor', version: '0.1.0', status: 'ok' }), true);
  assert.equal(isHealthy(200, { name: 'something-else', status: 'ok' }), false);
  assert.equal(isHealthy(404, null), false);
});

test('state keys are per tab', () => {
  assert.equal(stateKey(7), 'audit:7');
});

const SSI = 'https://www.linkedin.com/sales/ssi';

test('the SSI dashboard is a page of its own: idle, then its stored reading', () => {
  assert.deepEqual(selectView({ tabUrl: SSI, stored: undefined, now }), { kind: 'idle', url: SSI });
  const reading = { kind: 'ssi', url: `${SSI}/`, at: now, reading: { total: 53 }, comparison: null, progress: null };
  assert.equal(selectView({ tabUrl: SSI, stored: /** @type {any} */ (reading), now }), reading);
  // A profile's report is not shown on the dashboard, nor the reading on a profile.
  const report = { kind: 'report', url: URL_A, at: now, report: {}, history: null };
  assert.equal(selectView({ tabUrl: SSI, stored: /** @type {any} */ (report), now }).kind, 'idle');
  assert.equal(selectView({ tabUrl: URL_A, stored: /** @type {any} */ (reading), now }).kind, 'idle');
});

test('answers of POST /api/ssi map to states', () => {
  const where = { url: SSI, at: now };
  const body = { reading: { total: 53, pillars: {} }, comparison: { date: '2026-11-22', measured: 16.4 } };
  assert.deepEqual(ssiResponseState(200, body, where), {
    kind: 'ssi', url: SSI, at: now, reading: body.reading, comparison: body.comparison, progress: null
  });
  const empty = ssiResponseState(200, { score: 12 }, where);
  assert.equal(empty.kind, 'error');
  assert.equal(/** @type {any} */ (empty).message, 'The server answered without a reading.');
  const notSsi = ssiResponseState(422, { error: 'not the SSI dashboard', code: 'not_an_ssi_page' }, where);
  assert.deepEqual(notSsi, {
    kind: 'error', url: SSI, at: now, status: 422, code: 'not_an_ssi_page', message: 'not the SSI dashboard'
  });
  assert.equal(ssiResponseState(401, { error: 'bad token' }, where).kind, 'not-paired');
});
