// @ts-check
/**
 * The side panel: shows the state the worker stored for this window's active tab.
 * Server data goes in with textContent and createElement only, never innerHTML.
 */

import { el, localize, svg } from './lib/dom.js';
import {
  formatPoints,
  formatWhen,
  gaugeFraction,
  measuredAgainst,
  scoreBand,
  serveCommand,
  statusLabel
} from './lib/format.js';
import { normalizeSettings } from './lib/settings.js';
import { selectView, stateKey } from './lib/state.js';
import { trendAudits, trendDelta, trendPoints } from './lib/trend.js';

/** @typedef {import('./lib/state.js').PanelState} PanelState */

/** @type {import('./lib/format.js').Translate} */
const t = (key, substitutions) => chrome.i18n.getMessage(key, substitutions) || key;
const locale = chrome.i18n.getUILanguage();
// Tests and a pinned panel may name the tab (?tabId=N); otherwise follow the active tab.
const fixedTabId = Number(new URLSearchParams(location.search).get('tabId')) || null;

const view = /** @type {HTMLElement} */ (document.getElementById('view'));
const announce = /** @type {HTMLElement} */ (document.getElementById('announce'));
let shownTabId = /** @type {number | null} */ (null);
let shownKey = '';

/** The tab this panel shows: the pinned one, or the window's active tab. */
async function currentTab() {
  if (fixedTabId !== null) return chrome.tabs.get(fixedTabId);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Read the tab and its stored state, and render when something changed. */
async function refresh() {
  const tab = await currentTab();
  const tabId = tab?.id ?? null;
  const key = tabId === null ? '' : stateKey(tabId);
  const stored = key ? (await chrome.storage.session.get(key))[key] : undefined;
  const settings = normalizeSettings(await chrome.storage.local.get(null));
  const state = selectView({ tabUrl: tab?.url, stored, now: Date.now() });
  const renderKey = JSON.stringify([tabId, state, settings.port, settings.autoScroll]);
  if (renderKey === shownKey) return;
  shownKey = renderKey;
  shownTabId = tabId;
  render(state, settings, tabId);
}

/**
 * Replace the view with the state's rendering.
 * @param {PanelState} state
 * @param {import('./lib/settings.js').Settings} settings
 * @param {number | null} tabId
 */
function render(state, settings, tabId) {
  document.body.dataset.state = state.kind;
  view.setAttribute('aria-busy', String(state.kind === 'loading'));
  const renderers = {
    idle: () => renderIdle(tabId),
    'not-profile': () => renderNotProfile(),
    loading: () => renderLoading(/** @type {any} */ (state)),
    'server-down': () => renderServerDown(/** @type {any} */ (state), tabId),
    'not-paired': () => renderNotPaired(/** @type {any} */ (state), tabId),
    error: () => renderError(/** @type {any} */ (state), tabId),
    report: () => renderReport(/** @type {any} */ (state), tabId)
  };
  view.replaceChildren(renderers[state.kind]());
  announce.textContent =
    state.kind === 'report'
      ? t('scoreLabel', [
          formatPoints(state.report.score, locale),
          String(state.report.max_score)
        ])
      : (view.querySelector('h2')?.textContent ?? '');
}

/**
 * A titled message block.
 * @param {string} title
 * @param {(Node | string | null | false)[]} children
 */
function block(title, children) {
  return el('section', { class: 'message' }, [el('h2', { text: title }), ...children]);
}

/**
 * A button that asks the worker to audit the tab.
 * @param {number | null} tabId
 * @param {string} label
 */
function auditButton(tabId, label) {
  const button = el('button', { type: 'button', class: 'primary', text: label });
  button.addEventListener('click', () => {
    if (tabId === null) return;
    button.setAttribute('disabled', '');
    chrome.runtime.sendMessage({ type: 'audit', tabId }).catch(console.error);
  });
  return button;
}

/** @param {number | null} tabId */
function renderIdle(tabId) {
  return block(t('idleTitle'), [
    el('p', { text: t('idleBody') }),
    auditButton(tabId, t('auditButton'))
  ]);
}

function renderNotProfile() {
  return block(t('notProfileTitle'), [el('p', { text: t('notProfileBody') })]);
}

/** @param {{phase: string, autoScroll?: boolean}} state */
function renderLoading(state) {
  /** @type {Record<string, string>} */
  const phases = {
    checking: t('loadingChecking'),
    capturing: state.autoScroll ? t('loadingCapturing') : t('loadingCapturingNoScroll'),
    auditing: t('loadingAuditing')
  };
  return block(t('loadingTitle'), [
    el('progress', { 'aria-label': t('loadingTitle') }),
    el('p', { class: 'phase', text: phases[state.phase] ?? phases.checking })
  ]);
}

/**
 * @param {{port: number, detail?: string}} state
 * @param {number | null} tabId
 */
function renderServerDown(state, tabId) {
  const command = serveCommand(state.port);
  const copy = el('button', { type: 'button', class: 'secondary', text: t('copyCommand') });
  copy.addEventListener('click', () => {
    navigator.clipboard.writeText(command).then(
      () => (copy.textContent = t('copied')),
      () => window.getSelection()?.selectAllChildren(code)
    );
  });
  const code = el('code', { id: 'serve-command', text: command });
  return block(t('serverDownTitle'), [
    el('p', { text: t('serverDownBody') }),
    el('pre', { class: 'command' }, [code]),
    el('div', { class: 'actions' }, [copy, auditButton(tabId, t('tryAgain'))]),
    el('p', {
      class: 'muted',
      text: t('serverDownDetail', [`127.0.0.1:${state.port}`])
    })
  ]);
}

/**
 * @param {{refused: boolean, message?: string}} state
 * @param {number | null} tabId
 */
function renderNotPaired(state, tabId) {
  const input = el('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'token-help'
  });
  const form = el('form', { class: 'pair' }, [
    el('label', { for: 'token', text: t('tokenLabel') }),
    input,
    el('p', { id: 'token-help', class: 'muted', text: t('tokenHelp') }),
    el('button', { type: 'submit', class: 'primary', text: t('pairButton') })
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = /** @type {HTMLInputElement} */ (input).value.trim();
    if (!token || tabId === null) return;
    chrome.runtime.sendMessage({ type: 'pair', tabId, token }).catch(console.error);
  });
  return block(t('notPairedTitle'), [
    el('p', { text: t('notPairedBody') }),
    state.refused && el('p', { class: 'error-message', role: 'alert', text: t('notPairedRefused') }),
    form
  ]);
}

/**
 * @param {{status: number, code: string, message: string}} state
 * @param {number | null} tabId
 */
function renderError(state, tabId) {
  return block(t('errorTitle'), [
    el('p', { class: 'error-message', id: 'error-message', text: state.message }),
    el('p', { class: 'muted', text: t('errorCode', [state.code]) }),
    auditButton(tabId, t('tryAgain'))
  ]);
}

/**
 * The report: gauge, trend, what to fix first, criteria, LinkedIn's checklist.
 * @param {{report: any, history: any, at: number}} state
 * @param {number | null} tabId
 */
function renderReport({ report, history, at }, tabId) {
  const profile = report.profile ?? {};
  return el('article', { class: 'report', 'aria-labelledby': 'profile-name' }, [
    el('header', { class: 'who' }, [
      el('h2', { id: 'profile-name', text: profile.name || t('unnamedProfile') }),
      profile.headline ? el('p', { class: 'headline', text: profile.headline }) : null
    ]),
    renderGauge(report),
    renderTrend(history),
    renderNextSteps(report.next_steps ?? []),
    renderCriteria(report.criteria ?? []),
    renderChecklist(report.checklist ?? []),
    el('footer', { class: 'actions' }, [
      el('p', { class: 'muted', text: t('auditedAt', [formatWhen(new Date(at).toISOString(), locale)]) }),
      auditButton(tabId, t('auditAgain'))
    ])
  ]);
}

/** @param {any} report */
function renderGauge(report) {
  const max = report.max_score || 25;
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const filled = gaugeFraction(report.score, max) * circumference;
  const unknown = gaugeFraction(report.unknown_points, max) * circumference;
  const ring = (/** @type {string} */ cls, /** @type {number} */ length, /** @type {number} */ offset) =>
    svg('circle', {
      class: cls,
      cx: 60,
      cy: 60,
      r: radius,
      'stroke-dasharray': `${length} ${circumference}`,
      'stroke-dashoffset': -offset,
      transform: 'rotate(-90 60 60)'
    });
  const score = formatPoints(report.score, locale);
  return el('section', { class: 'score', 'aria-labelledby': 'score-title' }, [
    el('h3', { id: 'score-title', class: 'visually-hidden', text: t('scoreTitle') }),
    el(
      'div',
      {
        class: `gauge band-${scoreBand(report.score, max)}`,
        role: 'img',
        'aria-label': t('scoreLabel', [score, String(max)])
      },
      [
        svg('svg', { viewBox: '0 0 120 120', 'aria-hidden': 'true' }, [
          ring('track', circumference, 0),
          ring('unknown', unknown, filled),
          ring('fill', filled, 0)
        ]),
        el('div', { class: 'gauge-text', 'aria-hidden': 'true' }, [
          el('span', { id: 'score', class: 'value', text: score }),
          el('span', { class: 'max', text: t('outOf', [String(max)]) })
        ])
      ]
    ),
    el('div', { class: 'score-notes' }, [
      el('p', {
        id: 'unknown-points',
        class: report.unknown_points > 0 ? 'unknown-note' : 'muted',
        text:
          report.unknown_points > 0
            ? t('unknownPoints', [formatPoints(report.unknown_points, locale)])
            : t('allChecked')
      }),
      el('p', { class: 'muted estimate', text: report.estimate_of ?? '' })
    ])
  ]);
}

/** @param {any} history */
function renderTrend(history) {
  const audits = trendAudits(history);
  if (audits.length === 0) return null;
  const width = 240;
  const height = 56;
  const points = trendPoints(audits, width, height);
  const scores = audits.map((a) => formatPoints(a.score, locale));
  const delta = trendDelta(audits);
  const sign = delta > 0 ? '+' : '';
  return el('section', { class: 'trend', 'aria-labelledby': 'trend-title' }, [
    el('h3', { id: 'trend-title', text: t('trendTitle') }),
    svg(
      'svg',
      {
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-label': t('trendLabel', [String(audits.length), scores.join(', ')])
      },
      [
        svg('polyline', { points: points.map((p) => `${p.x},${p.y}`).join(' ') }),
        ...points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 3 }))
      ]
    ),
    el('p', {
      id: 'trend-summary',
      class: 'muted',
      text: t('trendSummary', [
        scores.join(' → '),
        `${sign}${formatPoints(delta, locale)}`,
        formatWhen(audits[0].at, locale)
      ])
    })
  ]);
}

/** @param {{id: string, advice: string, gain: number}[]} steps */
function renderNextSteps(steps) {
  if (steps.length === 0) return null;
  return el('section', { class: 'next-steps', 'aria-labelledby': 'next-title' }, [
    el('h3', { id: 'next-title', text: t('nextStepsTitle') }),
    el(
      'ol',
      {},
      steps.slice(0, 3).map((step) =>
        el('li', { 'data-id': step.id }, [
          el('span', { class: 'advice', text: step.advice }),
          el('span', { class: 'gain', text: t('gain', [formatPoints(step.gain, locale)]) })
        ])
      )
    )
  ]);
}

/** @type {Record<string, string>} */
const STATUS_ICONS = { pass: '✓', partial: '◐', fail: '✗', unknown: '?' };

/** @param {any[]} criteria */
function renderCriteria(criteria) {
  return el('section', { class: 'criteria', 'aria-labelledby': 'criteria-title' }, [
    el('h3', { id: 'criteria-title', text: t('criteriaTitle') }),
    el(
      'ul',
      {},
      criteria.map((c) =>
        el('li', { class: `criterion status-${c.status}`, 'data-id': c.id, 'data-status': c.status }, [
          el('div', { class: 'criterion-head' }, [
            el('span', { class: 'badge' }, [
              el('span', { 'aria-hidden': 'true', text: STATUS_ICONS[c.status] ?? '?' }),
              ` ${statusLabel(c.status, t)}`
            ]),
            el('h4', { text: c.title }),
            el('span', {
              class: 'points',
              text: t('points', [formatPoints(c.points, locale), String(c.max_points)])
            })
          ]),
          el('p', { class: 'measured', text: measuredAgainst(c, t) }),
          el('p', { class: 'advice', text: c.advice }),
          c.source ? el('p', { class: 'source', text: t('sourceLabel', [c.source]) }) : null
        ])
      )
    )
  ]);
}

/** @param {{id: string, title: string, status: string}[]} items */
function renderChecklist(items) {
  if (items.length === 0) return null;
  /** @type {Record<string, string>} */
  const icons = { done: '✓', missing: '✗', unknown: '?' };
  return el('section', { class: 'checklist', 'aria-labelledby': 'checklist-title' }, [
    el('h3', { id: 'checklist-title', text: t('checklistTitle') }),
    el(
      'ul',
      {},
      items.map((item) =>
        el('li', { class: `check-${item.status}`, 'data-id': item.id }, [
          el('span', { class: 'check-icon', 'aria-hidden': 'true', text: icons[item.status] ?? '?' }),
          el('span', { text: item.title }),
          el('span', { class: 'visually-hidden', text: `: ${t(`check_${item.status}`)}` })
        ])
      )
    )
  ]);
}

localize(document, t);
document.documentElement.lang = locale;
document.getElementById('open-options')?.addEventListener('click', () => {
  chrome.runtime.openOptionsPage().catch(console.error);
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' || (shownTabId !== null && stateKey(shownTabId) in changes)) {
    refresh().catch(console.error);
  }
});
chrome.tabs.onActivated.addListener(() => refresh().catch(console.error));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url || change.status === 'complete') refresh().catch(console.error);
});
refresh().catch(console.error);
