import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSsiUrl, MY_PROFILE_URL, pageKind, parseProfileUrl, samePage } from '../lib/urls.js';

const PROFILES = [
  ['https://www.linkedin.com/in/jane-doe/', 'jane-doe', null],
  ['https://www.linkedin.com/in/jane-doe', 'jane-doe', null],
  ['https://www.linkedin.com/in/jane-doe/?miniProfileUrn=x#top', 'jane-doe', null],
  ['https://www.linkedin.com/in/jane-doe/details/skills/', 'jane-doe', 'skills'],
  ['https://www.linkedin.com/in/jane-doe/details/experience', 'jane-doe', 'experience'],
  ['https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller-1a2b3c4d/', 'jörg-müller-1a2b3c4d', null],
  ['https://www.linkedin.com/in/bad%E0%A4%A/', 'bad%E0%A4%A', null]
];

const NOT_PROFILES = [
  undefined,
  '',
  'not a url',
  'http://www.linkedin.com/in/jane-doe/', // not https
  'https://linkedin.com.evil.example/in/jane-doe/',
  'https://evil.example/www.linkedin.com/in/jane-doe/',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
  'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
  'https://www.linkedin.com/company/acme/',
  'chrome://extensions/'
];

test('profile and details URLs are recognised', () => {
  for (const [url, vanity, details] of PROFILES) {
    assert.deepEqual(parseProfileUrl(url), { vanity, details }, url);
    assert.equal(pageKind(url), details === null ? 'profile' : 'details', url);
  }
});

test('other URLs are not profiles', () => {
  for (const url of NOT_PROFILES) {
    assert.equal(parseProfileUrl(url), null, String(url));
    assert.notEqual(pageKind(url), 'profile', String(url));
    assert.notEqual(pageKind(url), 'details', String(url));
  }
});

test('samePage ignores query, hash and trailing slash but not the section', () => {
  assert.equal(
    samePage('https://www.linkedin.com/in/a/', 'https://www.linkedin.com/in/a?x=1#y'),
    true
  );
  assert.equal(samePage('https://www.linkedin.com/in/a/', 'https://www.linkedin.com/in/b/'), false);
  assert.equal(
    samePage('https://www.linkedin.com/in/a/', 'https://www.linkedin.com/in/a/details/skills/'),
    false
  );
  assert.equal(samePage(undefined, undefined), false);
});

test('pageKind tells profile, details, the SSI dashboard and anything else apart', () => {
  const kinds = [
    ['https://www.linkedin.com/in/jane-doe/', 'profile'],
    ['https://www.linkedin.com/in/jane-doe/details/skills/', 'details'],
    ['https://www.linkedin.com/sales/ssi', 'ssi'],
    ['https://www.linkedin.com/sales/ssi/', 'ssi'],
    ['https://www.linkedin.com/sales/ssi?src=or-search#x', 'ssi'],
    ['https://www.linkedin.com/sales/ssi/other/', 'other'],
    ['https://www.linkedin.com/sales/', 'other'],
    ['https://www.linkedin.com/sales/ssix', 'other'],
    ['http://www.linkedin.com/sales/ssi', 'other'], // not https
    ['https://linkedin.com.evil.example/sales/ssi', 'other'],
    ['https://evil.example/www.linkedin.com/sales/ssi', 'other'],
    ['https://www.linkedin.com/feed/', 'other'],
    [undefined, 'other'],
    ['not a url', 'other']
  ];
  for (const [url, kind] of kinds) {
    assert.equal(pageKind(url), kind, String(url));
    assert.equal(isSsiUrl(url), kind === 'ssi', String(url));
  }
  assert.equal(parseProfileUrl('https://www.linkedin.com/sales/ssi'), null);
});

test('samePage knows the SSI dashboard, and never mixes it with a profile', () => {
  assert.equal(samePage('https://www.linkedin.com/sales/ssi', 'https://www.linkedin.com/sales/ssi/?x=1'), true);
  assert.equal(samePage('https://www.linkedin.com/sales/ssi', 'https://www.linkedin.com/in/ssi/'), false);
  assert.equal(samePage('https://www.linkedin.com/in/sales/', 'https://www.linkedin.com/sales/ssi'), false);
});

test("the member's own profile is a LinkedIn profile address the button works on", () => {
  assert.equal(MY_PROFILE_URL, 'https://www.linkedin.com/in/me/');
  assert.equal(pageKind(MY_PROFILE_URL), 'profile');
});
