import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detailsPlan,
  estimateSeconds,
  initialSteps,
  onTheWay,
  reportSources,
  sourcePage,
  withStep
} from '../lib/complete.js';
import { completing, selectView, STALE_LOADING_MS } from '../lib/state.js';

const VANITY = 'jane-doe-4a1b2c3d';
const PROFILE = `https://www.linkedin.com/in/${VANITY}/`;

/** A report as the server answers once it merges pages (synthetic member). */
function report(details_pages, sources = []) {
  return { score: 12, profile: { vanity: VANITY, kind: 'profile', sources }, details_pages };
}

test('no details pages before the server lists them', () => {
  assert.deepEqual(detailsPlan({ score: 10, profile: { vanity: VANITY } }), []);
  assert.deepEqual(detailsPlan(null), []);
  assert.deepEqual(detailsPlan(report('skills')), []);
});

test('the plan follows details_pages, the member\'s own pages only, each once', () => {
  const plan = detailsPlan(
    report([
      { section: 'skills', path: `/in/${VANITY}/details/skills/`, facts: ['skills_total'], reason: 'x' },
      { section: 'recommendations', path: `/in/${VANITY}/details/recommendations/`, facts: [], reason: '' },
      { section: 'skills', path: `/in/${VANITY}/details/skills/`, facts: [], reason: '' },
      { section: 'experience', path: '/in/someone-else/details/experience/', facts: [], reason: '' },
      { section: 'skills', path: `/in/${VANITY}/details/experience/`, facts: [], reason: '' },
      { section: 'featured', path: `/in/${VANITY}/details/featured/`, facts: [], reason: '' },
      { section: 'experience', path: `/in/${VANITY}/details/experience/?x=1`, facts: [], reason: '' },
      { section: 'experience', path: `//evil.example/in/${VANITY}/details/experience/`, facts: [], reason: '' },
      null
    ])
  );
  assert.deepEqual(plan, [
    {
      section: 'skills',
      path: `/in/${VANITY}/details/skills/`,
      url: `https://www.linkedin.com/in/${VANITY}/details/skills/`
    },
    {
      section: 'recommendations',
      path: `/in/${VANITY}/details/recommendations/`,
      url: `https://www.linkedin.com/in/${VANITY}/details/recommendations/`
    }
  ]);
});

test('the time it takes grows with the pages', () => {
  assert.equal(estimateSeconds(0), 0);
  assert.ok(estimateSeconds(2) > estimateSeconds(1));
  assert.ok(estimateSeconds(1) > 0);
});

test('steps move from pending to done one at a time', () => {
  const plan = detailsPlan(
    report([
      { section: 'skills', path: `/in/${VANITY}/details/skills/` },
      { section: 'recommendations', path: `/in/${VANITY}/details/recommendations/` }
    ])
  );
  const steps = initialSteps(plan);
  assert.deepEqual(steps.map((s) => s.status), ['pending', 'pending']);
  const next = withStep(steps, 0, 'done');
  assert.deepEqual(next.map((s) => s.status), ['done', 'pending']);
  assert.deepEqual(steps.map((s) => s.status), ['pending', 'pending']); // not changed in place
});

test('sources name the page each fact came from, the profile first', () => {
  assert.equal(sourcePage({ page: `/in/${VANITY}/` }), 'profile');
  assert.equal(sourcePage({ page: `/in/${VANITY}/details/skills/` }), 'skills');
  assert.equal(sourcePage({ page: `/in/${VANITY}/details/featured/` }), 'other');
  assert.equal(sourcePage({ page: 42 }), 'other');
  const merged = report([], [
    { page: `/in/${VANITY}/details/skills/`, kind: 'details', captured: '2026-11-29T10:01:00Z' },
    { page: `/in/${VANITY}/`, kind: 'profile', captured: '2026-11-29T10:00:00Z' },
    { page: `/in/${VANITY}/details/skills/`, kind: 'details', captured: null }
  ]);
  assert.deepEqual(reportSources(merged), [
    { page: 'profile', path: `/in/${VANITY}/`, captured: '2026-11-29T10:00:00Z' },
    { page: 'skills', path: `/in/${VANITY}/details/skills/`, captured: '2026-11-29T10:01:00Z' }
  ]);
  // One page alone: nothing to tell apart.
  assert.deepEqual(reportSources(report([], [{ page: `/in/${VANITY}/`, kind: 'profile' }])), []);
  assert.deepEqual(reportSources({ profile: {} }), []);
});

test('the panel keeps the visit in view while the tab is on the member\'s pages', () => {
  const now = 1_000_000;
  const stored = {
    kind: 'report',
    url: PROFILE,
    at: now,
    report: report([]),
    history: null,
    completion: { status: 'running', steps: [], at: now }
  };
  const skills = `https://www.linkedin.com/in/${VANITY}/details/skills/`;
  assert.ok(onTheWay(PROFILE, skills));
  assert.ok(!onTheWay(PROFILE, 'https://www.linkedin.com/in/someone-else/details/skills/'));
  assert.ok(completing(/** @type {any} */ (stored), now));
  assert.equal(selectView({ tabUrl: skills, stored: /** @type {any} */ (stored), now }), stored);
  // Another member's page, a finished visit, or one left by a stopped worker: not kept.
  const other = 'https://www.linkedin.com/in/someone-else/';
  assert.equal(selectView({ tabUrl: other, stored: /** @type {any} */ (stored), now }).kind, 'idle');
  const done = { ...stored, completion: { ...stored.completion, status: 'done' } };
  assert.equal(selectView({ tabUrl: skills, stored: /** @type {any} */ (done), now }).kind, 'idle');
  const later = now + STALE_LOADING_MS + 1;
  assert.ok(!completing(/** @type {any} */ (stored), later));
  assert.equal(selectView({ tabUrl: skills, stored: /** @type {any} */ (stored), now: later }).kind, 'idle');
  // Back on the profile page: the report shows, as for any audit.
  assert.equal(selectView({ tabUrl: PROFILE, stored: /** @type {any} */ (done), now }), done);
  // Back on the profile page after a visit the worker never finished: it says so.
  const left = selectView({ tabUrl: PROFILE, stored: /** @type {any} */ (stored), now: later });
  assert.equal(/** @type {any} */ (left).completion.status, 'failed');
  assert.equal(/** @type {any} */ (selectView({ tabUrl: PROFILE, stored: /** @type {any} */ (stored), now })), stored);
});
