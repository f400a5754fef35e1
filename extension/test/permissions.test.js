// Host permissions: which are missing, and how the panel names them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingOrigins, originHost } from '../lib/permissions.js';
import { translator } from './helpers.js';

const ORIGINS = ['https://www.linkedin.com/*', 'http://127.0.0.1/*'];

test('originHost names the host of a match pattern', () => {
  assert.equal(originHost('https://www.linkedin.com/*'), 'www.linkedin.com');
  assert.equal(originHost('http://127.0.0.1/*'), '127.0.0.1');
  assert.equal(originHost('<all_urls>'), '<all_urls>');
});

test('missingOrigins keeps the manifest order and only what is not granted', async () => {
  const granted = new Set(['http://127.0.0.1/*']);
  const api = { contains: async ({ origins }) => origins.every((o) => granted.has(o)) };
  assert.deepEqual(await missingOrigins(ORIGINS, api), ['https://www.linkedin.com/*']);
  granted.add('https://www.linkedin.com/*');
  assert.deepEqual(await missingOrigins(ORIGINS, api), []);
});

test('the notice names the hosts in every language', () => {
  for (const lang of ['en', 'nl', 'it']) {
    const text = translator(lang)('permissionsNeeded', 'www.linkedin.com');
    assert.match(text, /www\.linkedin\.com/, lang);
    assert.ok(translator(lang)('permissionsAllow'), lang);
  }
});
