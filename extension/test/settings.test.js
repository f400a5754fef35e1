import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULTS, normalizeSettings, parsePort, serverBase } from '../lib/settings.js';

test('ports are whole numbers in range', () => {
  assert.equal(parsePort('9310'), 9310);
  assert.equal(parsePort(' 8080 '), 8080);
  assert.equal(parsePort(65535), 65535);
  for (const bad of ['', '0', '65536', '80a', '-1', '1.5', null, undefined]) {
    assert.equal(parsePort(bad), null, String(bad));
  }
});

test('settings get defaults and lose bad values', () => {
  assert.deepEqual(normalizeSettings(undefined), DEFAULTS);
  assert.deepEqual(normalizeSettings({ port: 'x', token: 5, autoScroll: 'yes' }), DEFAULTS);
  assert.deepEqual(normalizeSettings({ port: 8080, token: ' abc ', autoScroll: false }), {
    port: 8080,
    token: 'abc',
    autoScroll: false,
    completeAuto: false
  });
  // Completing the audit visits pages: only an explicit true turns it on.
  assert.equal(normalizeSettings({ completeAuto: true }).completeAuto, true);
  assert.equal(normalizeSettings({ completeAuto: 'yes' }).completeAuto, false);
});

test('the server is reached on loopback only', () => {
  assert.equal(serverBase(9310), 'http://127.0.0.1:9310');
});
