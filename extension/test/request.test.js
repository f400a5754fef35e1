import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_CONTENT_TYPE, pagePost } from '../lib/request.js';

const BASE = 'http://127.0.0.1:9310';

test('a page goes as the body, its fields in the query', () => {
  const html = '<html><body><h1>Zoë Example 👋</h1></body></html>';
  const url = 'https://www.linkedin.com/in/zo%C3%AB-example-1a2b3c4d/?trk=a&x=1#top';
  const { url: address, init } = pagePost(BASE, '/api/audit', 'tok', html, { url, lang: 'pt-BR' });
  const parsed = new URL(address);
  assert.equal(parsed.origin + parsed.pathname, `${BASE}/api/audit`);
  assert.deepEqual([...parsed.searchParams], [['url', url], ['lang', 'pt-BR']]);
  assert.equal(parsed.hash, '');
  assert.equal(init.method, 'POST');
  assert.equal(init.body, html);
  assert.deepEqual(init.headers, {
    'Content-Type': 'text/html; charset=utf-8',
    Authorization: 'Bearer tok'
  });
});

test('the content type is one the server reads and a web page cannot send unasked', () => {
  // text/plain would need no CORS preflight; text/html does (server/api.py PAGE_TYPE).
  assert.equal(PAGE_CONTENT_TYPE.split(';')[0], 'text/html');
  const { url } = pagePost(BASE, '/api/ssi', 't', '<p>', { url: '', profile: 'jane-doe' });
  assert.equal(url, `${BASE}/api/ssi?url=&profile=jane-doe`);
});
