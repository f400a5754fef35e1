import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorText } from '../lib/errors.js';
import {
  DEFAULT_NAME,
  downloadName,
  keepPage,
  offersRedaction,
  PAGE_NOT_KEPT,
  pageKey,
  requestRedacted,
  saveFile
} from '../lib/redact.js';
import { translator } from './helpers.js';

// The 23 facts of auditor/model.py FACTS, as report.profile carries them.
const FACTS = [
  'ui_language', 'name', 'headline', 'about', 'photo', 'banner', 'vanity', 'custom_url',
  'location', 'industry', 'connections', 'followers', 'current_position', 'positions',
  'education', 'skills_total', 'skills', 'recommendations_received',
  'recommendations_given', 'activity', 'featured', 'open_to_work', 'creator'
];

/**
 * A report whose profile has the given kind, layout and number of unknown facts.
 * @param {{kind?: string, layout?: string, unknown?: number}} options
 */
function report({ kind = 'profile', layout = 'in-2026', unknown = 0 } = {}) {
  const profile = { kind, layout, url: 'https://www.linkedin.com/in/jane-doe-4a1b2c3d/', sources: [] };
  const reasons = {};
  for (const [i, fact] of FACTS.entries()) {
    profile[fact] = i < unknown ? null : 'x';
    if (i < unknown) reasons[fact] = 'a LinkedIn layout this version does not know';
  }
  return { score: 10, profile: { ...profile, unknown: reasons } };
}

/** chrome.storage.session as a Map; set fails past `quota` characters of JSON. */
function storage(quota = Infinity) {
  const items = new Map();
  const size = () => [...items].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  return {
    items,
    async get(keys) {
      if (keys === null) return Object.fromEntries(items);
      const names = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(names.filter((k) => items.has(k)).map((k) => [k, items.get(k)]));
    },
    async set(values) {
      const before = new Map(items);
      for (const [k, v] of Object.entries(values)) items.set(k, v);
      if (size() > quota) {
        items.clear();
        for (const [k, v] of before) items.set(k, v);
        throw new Error('Session storage quota bytes exceeded.');
      }
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) items.delete(k);
    }
  };
}

const PAGE = { url: 'https://www.linkedin.com/in/jane-doe-4a1b2c3d/', html: '<html><h1>Jane Doe</h1></html>' };

test('the offer: an unknown layout, or a whole profile with most facts unknown', () => {
  assert.equal(offersRedaction(report({ layout: 'unknown' })), true);
  assert.equal(offersRedaction(report({ layout: 'unknown', kind: 'details' })), true);
  assert.equal(offersRedaction(report({ unknown: 12 })), true); // 12 of 23: more than half
  assert.equal(offersRedaction(report({ unknown: 11 })), false);
  assert.equal(offersRedaction(report({ kind: 'public_profile', unknown: 16 })), true);
  assert.equal(offersRedaction(report({ kind: 'public_profile', unknown: 5 })), false);
  // A details or activity page states a few facts by design: not a page read badly.
  assert.equal(offersRedaction(report({ kind: 'details', unknown: 18 })), false);
  assert.equal(offersRedaction(report({ kind: 'activity', unknown: 14 })), false);
  for (const odd of [null, undefined, {}, { profile: null }, { profile: 'x' }]) {
    assert.equal(offersRedaction(odd), false);
  }
});

test('the page is kept only when its report makes the offer, and forgotten after', async () => {
  const session = storage();
  const offered = { kind: 'report', url: PAGE.url, at: 1, report: report({ layout: 'unknown' }), history: null };
  assert.equal(await keepPage(session, 7, PAGE, /** @type {any} */ (offered)), true);
  assert.deepEqual(session.items.get(pageKey(7)), PAGE);
  const full = { ...offered, report: report({ unknown: 2 }) };
  assert.equal(await keepPage(session, 7, PAGE, /** @type {any} */ (full)), false);
  assert.equal(session.items.has(pageKey(7)), false);
  await keepPage(session, 7, PAGE, /** @type {any} */ (offered));
  const error = { kind: 'error', url: PAGE.url, at: 2, status: 500, code: 'internal', message: 'x' };
  assert.equal(await keepPage(session, 7, PAGE, /** @type {any} */ (error)), false);
  assert.equal(session.items.size, 0);
});

test('over the quota, other tabs\' pages make room; the tab\'s states stay', async () => {
  const big = { url: PAGE.url, html: 'x'.repeat(600) };
  const session = storage(1000);
  const offered = { kind: 'report', report: report({ layout: 'unknown' }) };
  session.items.set('audit:1', { kind: 'idle' });
  assert.equal(await keepPage(session, 1, big, /** @type {any} */ (offered)), true);
  assert.equal(await keepPage(session, 2, big, /** @type {any} */ (offered)), true);
  assert.deepEqual([...session.items.keys()].sort(), ['audit:1', 'page:2']);
  // A page over the whole quota is not kept, and nothing throws.
  const huge = { url: PAGE.url, html: 'x'.repeat(5000) };
  assert.equal(await keepPage(session, 3, huge, /** @type {any} */ (offered)), false);
  assert.equal(session.items.has('page:3'), false);
});

test('the file name comes from the server, only when it is a plain .html name', () => {
  assert.equal(downloadName('attachment; filename="linkedin-page.redacted.html"'), 'linkedin-page.redacted.html');
  assert.equal(downloadName('attachment; filename=a.html'), 'a.html');
  for (const odd of [null, '', 'attachment', 'attachment; filename="../x.html"', 'attachment; filename="x.exe"',
    'attachment; filename=".html"']) {
    assert.equal(downloadName(odd), DEFAULT_NAME, String(odd));
  }
});

/**
 * A fetch double answering once; it records the request.
 * @param {() => Response | Promise<Response>} answer
 */
function fakeFetch(answer) {
  const calls = [];
  const impl = async (url, init) => {
    calls.push({ url, init });
    return answer();
  };
  return { calls, impl: /** @type {typeof fetch} */ (/** @type {unknown} */ (impl)) };
}

test('the kept page goes to /api/redact with the token; the answer is the file', async () => {
  const session = storage();
  session.items.set(pageKey(4), PAGE);
  const copy = '<html><h1>Xxxx Xxx</h1></html>';
  const server = fakeFetch(() => new Response(copy, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Disposition': 'attachment; filename="linkedin-page.redacted.html"' }
  }));
  const result = await requestRedacted({ tabId: 4, storage: session, base: 'http://127.0.0.1:9310', token: 'tok', fetchImpl: server.impl });
  assert.equal(result.ok, true);
  assert.equal(result.ok && result.name, 'linkedin-page.redacted.html');
  assert.equal(result.ok && (await result.blob.text()), copy);
  const [{ url, init }] = server.calls;
  assert.equal(url, 'http://127.0.0.1:9310/api/redact');
  assert.equal(init.method, 'POST');
  assert.equal(init.headers.Authorization, 'Bearer tok');
  assert.equal(init.headers['Content-Type'], 'application/json');
  assert.deepEqual(JSON.parse(init.body), PAGE);
  assert.equal(init.credentials, 'omit');
});

test('errors carry the codes the panel words, in every language', async () => {
  const session = storage();
  const missing = await requestRedacted({ tabId: 9, storage: session, base: 'http://127.0.0.1:1', token: 't' });
  assert.equal(missing.ok, false);
  assert.equal(!missing.ok && missing.code, PAGE_NOT_KEPT);
  for (const lang of ['en', 'nl', 'it']) {
    const text = errorText(/** @type {any} */ (missing), translator(lang));
    assert.ok(text && !text.includes(PAGE_NOT_KEPT), `${lang}: ${text}`);
  }

  session.items.set(pageKey(9), PAGE);
  const tooComplex = fakeFetch(() => Response.json({ error: 'the page is too complex', code: 'page_too_complex' }, { status: 422 }));
  const answer = await requestRedacted({ tabId: 9, storage: session, base: 'http://127.0.0.1:1', token: 't', fetchImpl: tooComplex.impl });
  assert.deepEqual(answer, { ok: false, status: 422, code: 'page_too_complex', message: 'the page is too complex' });

  const notOurs = fakeFetch(() => new Response('<html>other service</html>', { status: 200, headers: { 'Content-Type': 'application/json' } }));
  const odd = await requestRedacted({ tabId: 9, storage: session, base: 'http://127.0.0.1:1', token: 't', fetchImpl: notOurs.impl });
  assert.equal(!odd.ok && odd.code, 'internal');

  const stopped = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
  const down = await requestRedacted({ tabId: 9, storage: session, base: 'http://127.0.0.1:1', token: 't', fetchImpl: stopped.impl });
  assert.equal(!down.ok && down.code, 'server_stopped');
});

test('saving clicks a hidden <a download> on a Blob URL, then lets it go', async () => {
  const clicked = [];
  const body = { children: [], append(node) { this.children.push(node); } };
  const doc = /** @type {any} */ ({
    body,
    createElement: (tag) => ({
      tag,
      click() { clicked.push({ href: this.href, download: this.download, hidden: this.hidden, inDocument: body.children.includes(this) }); },
      remove() { body.children.splice(body.children.indexOf(this), 1); }
    })
  });
  saveFile(new Blob(['<html></html>'], { type: 'text/html' }), 'linkedin-page.redacted.html', doc, 0);
  assert.equal(clicked.length, 1);
  assert.match(clicked[0].href, /^blob:/);
  assert.equal(clicked[0].download, 'linkedin-page.redacted.html');
  assert.equal(clicked[0].hidden, true);
  assert.equal(clicked[0].inDocument, true);
  assert.equal(body.children.length, 0);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const revoked = await fetch(clicked[0].href).then(() => false, () => true);
  assert.equal(revoked, true);
});
