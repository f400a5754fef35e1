import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorKey, errorText, extensionErrorCode, PAGE_UNREADABLE } from '../lib/errors.js';
import { translator } from './helpers.js';

test('each server code has its own message, a reason of not_a_profile too', () => {
  assert.equal(errorKey({ code: 'internal' }), 'error_internal');
  assert.equal(errorKey({ code: 'page_too_complex' }), 'error_page_too_complex');
  assert.equal(errorKey({ code: 'history_unavailable' }), 'error_history_unavailable');
  assert.equal(errorKey({ code: 'not_a_profile', reason: 'authwall' }), 'error_not_a_profile_authwall');
  assert.equal(errorKey({ code: 'not_a_profile', reason: 'new-reason' }), 'error_not_a_profile');
  assert.equal(errorKey({ code: 'not_a_profile' }), 'error_not_a_profile');
  assert.equal(errorKey({ code: 'something_new' }), 'error_generic');
  assert.equal(errorKey({}), 'error_generic');
});

test('messages are plain and in the UI language, not the server\'s English', () => {
  for (const lang of ['en', 'nl', 'it']) {
    const t = translator(lang);
    const text = errorText({ code: 'not_a_profile', reason: 'guest_homepage' }, t);
    assert.ok(text && !/saved|pageKey|d_homepage/.test(text), `${lang}: ${text}`);
    assert.match(errorText({ code: 'weird' }, t), /weird/);
  }
  assert.match(errorText({ code: 'server_stopped' }, translator('nl')), /lokale server/);
  assert.match(errorText({ code: 'server_stopped' }, translator('it')), /server locale/);
});

test('the extension\'s own failures are told apart', () => {
  assert.equal(extensionErrorCode(new TypeError('Failed to fetch')), 'server_stopped');
  assert.equal(extensionErrorCode(new DOMException('signal timed out', 'TimeoutError')), 'timeout');
  assert.equal(extensionErrorCode(new Error(PAGE_UNREADABLE)), 'page_unreadable');
  assert.equal(extensionErrorCode(new Error('anything else')), 'extension');
  assert.equal(extensionErrorCode('a string'), 'extension');
});
