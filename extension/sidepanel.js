// @ts-check
/**
 * The side panel: shows the state the worker stored for this window's active tab.
 * Server data goes in with textContent and createElement only, never innerHTML.
 */

import { detailsPlan, estimateSeconds, reportSources } from './lib/complete.js';
import { el, localize, svg } from './lib/dom.js';
import { errorText } from './lib/errors.js';
import {
  formatPoints,
  formatWhen,
  gaugeFraction,
  measuredAgainst,
  plural,
  scoreBand,
  serveCommand,
  statusLabel
} from './lib/format.js';
import { watchPermissions } from './lib/permissions.js';
import { offersRedaction, requestRedacted, saveFile } from './lib/redact.js';
import { normalizeSettings, serverBase } from './lib/settings.js';
import {
  comparisonLine,
  formatDay,
  formatGap,
  formatMeasured,
  measuredBesideEstimate,
  numberOrNull,
  outOf,
  PILLAR_MAX,
  pillarRows,
  progressDays,
  rankText,
  TOTAL_MAX
} from './lib/ssi.js';
import { selectView, stateKey } from './lib/state.js';
import { trendAudits, trendChange, trendPoints, twoSeriesPoints, uncheckedPoints } from './lib/trend.js';
import { isSsiUrl, MY_PROFILE_URL } from './lib/urls.js';

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
// A button of the view was pressed (audit, pair): the next view's heading takes the focus.
let focusNextHeading = false;

/** The tab this panel shows: the pinned one, or the window's active tab. */
async function currentTab() {
  if (fixedTabId !== null) return chrome.tabs.get(fixedTabId);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

// Refreshes overlap (a storage change during another's reads): only the latest renders.
let refreshes = 0;

/** Read the tab and its stored state, and render when something changed. */
async function refresh() {
  const generation = ++refreshes;
  const tab = await currentTab();
  const tabId = tab?.id ?? null;
  const key = tabId === null ? '' : stateKey(tabId);
  const stored = key ? (await chrome.storage.session.get(key))[key] : undefined;
  const settings = normalizeSettings(await chrome.storage.local.get(null));
  // A newer refresh started while this one read: it has read a state at least as new, and
  // rendering this one after it would show an older state (a "loading" that never ends).
  if (generation !== refreshes) return;
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
    idle: () => renderIdle(/** @type {any} */ (state), tabId),
    'not-profile': () => renderNotProfile(tabId),
    loading: () => renderLoading(/** @type {any} */ (state), tabId),
    'server-down': () => renderServerDown(/** @type {any} */ (state), tabId),
    'not-paired': () => renderNotPaired(/** @type {any} */ (state), tabId),
    error: () => renderError(/** @type {any} */ (state), tabId),
    report: () => renderReport(/** @type {any} */ (state), tabId),
    ssi: () => renderSsi(/** @type {any} */ (state), tabId)
  };
  // Focus that was in the view (a button pressed: "Audit again", "Pair", "Try again")
  // moves to the new view's heading, so a keyboard or screen-reader user lands on it.
  // A pressed button may have lost the focus already (disabled while the audit runs).
  const hadFocus = view.contains(document.activeElement) || focusNextHeading;
  focusNextHeading = false;
  view.replaceChildren(renderers[state.kind]());
  const heading = /** @type {HTMLElement | null} */ (view.querySelector('h1'));
  heading?.setAttribute('tabindex', '-1');
  if (hadFocus) heading?.focus();
  if (state.kind === 'report') {
    const { score, max_score: max } = state.report;
    announce.textContent = t('scoreLabel', [formatPoints(score, locale), String(max)]);
  } else if (state.kind === 'ssi') {
    const total = numberOrNull(state.reading?.total);
    announce.textContent = t('ssiTotalLabel', [outOf(total, TOTAL_MAX, locale)]);
  } else {
    announce.textContent = view.querySelector('h1')?.textContent ?? '';
  }
}

/**
 * A titled message block.
 * @param {string} title
 * @param {(Node | string | null | false)[]} children
 */
function block(title, children) {
  return el('section', { class: 'message' }, [el('h1', { text: title }), ...children]);
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
    focusNextHeading = true;
    button.setAttribute('disabled', '');
    chrome.runtime.sendMessage({ type: 'audit', tabId }).catch(console.error);
  });
  return button;
}

/**
 * @param {{url?: string}} state
 * @param {number | null} tabId
 */
function renderIdle(state, tabId) {
  if (isSsiUrl(state.url)) {
    return block(t('ssiIdleTitle'), [
      el('p', { text: t('ssiIdleBody') }),
      auditButton(tabId, t('ssiReadButton'))
    ]);
  }
  return block(t('idleTitle'), [
    el('p', { text: t('idleBody') }),
    auditButton(tabId, t('auditButton'))
  ]);
}

/**
 * Not a page the audit reads: say what is, and open the member's own profile in this tab
 * (LinkedIn sends /in/me/ to the signed-in member's profile).
 * @param {number | null} tabId
 */
function renderNotProfile(tabId) {
  const open = el('button', { type: 'button', class: 'primary', id: 'open-my-profile', text: t('openMyProfile') });
  open.addEventListener('click', () => {
    if (tabId === null) return;
    chrome.tabs.update(tabId, { url: MY_PROFILE_URL }).catch(console.error);
  });
  return block(t('notProfileTitle'), [el('p', { text: t('notProfileBody') }), el('div', { class: 'actions' }, [open])]);
}

/**
 * @param {{url: string, phase: string, autoScroll?: boolean,
 *   progress?: {sections: string[], pending: number, total: number}}} state
 * @param {number | null} tabId
 */
function renderLoading(state, tabId) {
  const ssi = isSsiUrl(state.url);
  /** @type {Record<string, string>} */
  const phases = {
    checking: t('loadingChecking'),
    capturing: state.autoScroll ? t('loadingCapturing') : t('loadingCapturingNoScroll'),
    auditing: ssi ? t('loadingRecording') : t('loadingAuditing')
  };
  const scrolling = state.phase === 'capturing' && state.autoScroll;
  const progress = scrolling ? state.progress : undefined;
  // Determinate when the page names its lazy parts (2026): parts filled of all parts.
  const bar =
    progress && progress.total > 0
      ? el('progress', {
          'aria-label': t('loadingTitle'),
          max: String(progress.total),
          value: String(progress.total - Math.max(0, progress.pending))
        })
      : el('progress', { 'aria-label': t('loadingTitle') });
  return block(ssi ? t('loadingSsiTitle') : t('loadingTitle'), [
    bar,
    el('p', { class: 'phase', text: phases[state.phase] ?? phases.checking }),
    progress && progress.sections.length > 0
      ? el('p', { id: 'loaded-sections', class: 'loaded-sections' }, [
          progress.sections.map((name) => `${sectionName(name)} ✓`).join('  '),
          progress.pending !== 0 ? `  ${t('loadingStill')}` : ''
        ])
      : null,
    scrolling ? cancelButton(tabId) : null
  ]);
}

/**
 * A card's name in the UI language.
 * @param {string} name experience, education, skills or recommendations
 */
function sectionName(name) {
  /** @type {Record<string, string>} */
  const names = {
    experience: t('section_experience'),
    education: t('section_education'),
    skills: t('section_skills'),
    recommendations: t('section_recommendations')
  };
  return names[name] ?? name;
}

/**
 * A button that stops the scroll or the visit of the details pages.
 * @param {number | null} tabId
 */
function cancelButton(tabId) {
  const button = el('button', { type: 'button', class: 'secondary', id: 'cancel', text: t('cancel') });
  button.addEventListener('click', () => {
    if (tabId === null) return;
    button.setAttribute('disabled', '');
    chrome.runtime.sendMessage({ type: 'cancel', tabId }).catch(console.error);
  });
  return button;
}

/**
 * The server did not answer as profile-auditor: what was tried, the command that starts
 * it, and Settings (a server on another port is set there; saving retries at once).
 * @param {{port: number, detail?: string, reached?: boolean}} state
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
  const where = `127.0.0.1:${state.port}`;
  const settings = el('button', { type: 'button', class: 'link', id: 'open-settings', text: t('settings') });
  settings.addEventListener('click', () => chrome.runtime.openOptionsPage().catch(console.error));
  return block(t('serverDownTitle'), [
    el('p', {
      id: 'server-tried',
      text: state.reached
        ? t('serverDownOther', [where, state.detail ?? ''])
        : t('serverDownNothing', [where])
    }),
    el('p', { text: t('serverDownBody') }),
    el('pre', { class: 'command' }, [code]),
    el('div', { class: 'actions' }, [copy, auditButton(tabId, t('tryAgain'))]),
    el('p', { class: 'muted' }, [t('serverDownPort'), ' ', settings])
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
    focusNextHeading = true;
    chrome.runtime.sendMessage({ type: 'pair', tabId, token }).catch(console.error);
  });
  return block(t('notPairedTitle'), [
    el('p', { text: t('notPairedBody') }),
    state.refused && el('p', { class: 'error-message', role: 'alert', text: t('notPairedRefused') }),
    form
  ]);
}

/**
 * An error, in the user's language from its code; the server's own text and the code stay
 * in "Details" for a bug report.
 * @param {{url: string, status: number, code: string, message: string, reason?: string}} state
 * @param {number | null} tabId
 */
function renderError(state, tabId) {
  const detail = [`code: ${state.code}`, state.reason ? `reason: ${state.reason}` : '',
    state.status ? `HTTP ${state.status}` : '', state.message].filter(Boolean).join('\n');
  return block(isSsiUrl(state.url) ? t('ssiErrorTitle') : t('errorTitle'), [
    el('p', { class: 'error-message', id: 'error-message', text: errorText(state, t) }),
    el('p', { class: 'muted', text: t('errorCode', [state.code]) }),
    el('details', { class: 'error-details' }, [
      el('summary', { text: t('errorDetails') }),
      el('pre', { id: 'error-detail', text: detail })
    ]),
    auditButton(tabId, t('tryAgain'))
  ]);
}

/**
 * The report: gauge, "Complete the audit", sources, trend, what to fix first, criteria,
 * LinkedIn's checklist.
 * @param {{report: any, history: any, progress?: any, at: number,
 *   completion?: import('./lib/complete.js').Completion}} state
 * @param {number | null} tabId
 */
function renderReport({ report, history, progress, at, completion }, tabId) {
  const profile = report.profile ?? {};
  return el('article', { class: 'report', 'aria-labelledby': 'profile-name' }, [
    el('header', { class: 'who' }, [
      el('h1', { id: 'profile-name', text: profile.name || t('unnamedProfile') }),
      profile.headline ? el('p', { class: 'headline', text: profile.headline }) : null
    ]),
    renderGauge(report, progress),
    renderSummary(report),
    renderRedactOffer(report, tabId),
    renderCompletion(report, completion, tabId),
    renderSources(report),
    // The server's word on a page it did not merge (another member, too old).
    typeof report.merge_note === 'string' && report.merge_note
      ? el('p', { id: 'merge-note', class: 'muted', text: report.merge_note })
      : null,
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

/**
 * "Save a redacted copy to report this page", when the audit could not read the page
 * (lib/redact.js): the server makes the copy of the page the worker kept, the panel saves
 * it as a download. What is replaced, and that nothing is sent anywhere, is said first.
 * @param {any} report
 * @param {number | null} tabId
 */
function renderRedactOffer(report, tabId) {
  if (!offersRedaction(report)) return null;
  const status = el('p', { id: 'redact-status', class: 'muted', role: 'status' });
  const detail = el('pre', { id: 'redact-detail' });
  const details = el('details', { class: 'error-details', hidden: true }, [
    el('summary', { text: t('errorDetails') }),
    detail
  ]);
  const button = el('button', {
    type: 'button',
    class: 'secondary',
    id: 'redact-button',
    'aria-describedby': 'redact-body',
    text: t('redactButton')
  });
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy || tabId === null) return;
    // aria-disabled, not disabled: the button keeps the focus while the copy is made.
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    details.hidden = true;
    status.className = 'muted';
    status.textContent = t('redactSaving');
    try {
      const settings = normalizeSettings(await chrome.storage.local.get(null));
      const result = await requestRedacted({
        tabId,
        storage: chrome.storage.session,
        base: serverBase(settings.port),
        token: settings.token
      });
      if ('blob' in result) {
        saveFile(result.blob, result.name);
        status.textContent = t('redactSaved', [result.name]);
      } else {
        status.className = 'error-message';
        status.dataset.code = result.code;
        status.textContent = errorText(result, t);
        detail.textContent = [`code: ${result.code}`, result.reason ? `reason: ${result.reason}` : '',
          result.status ? `HTTP ${result.status}` : '', result.message].filter(Boolean).join('\n');
        details.hidden = false;
      }
    } finally {
      busy = false;
      button.removeAttribute('aria-disabled');
    }
  });
  return el('section', { class: 'redact', id: 'redact', 'aria-labelledby': 'redact-title' }, [
    el('h2', { id: 'redact-title', text: t('redactTitle') }),
    el('p', { id: 'redact-body', class: 'muted', text: t('redactBody') }),
    button,
    status,
    details
  ]);
}

/** @type {Record<string, string>} */
const STEP_ICONS = { pending: '·', active: '…', done: '✓', failed: '✗' };

/**
 * "Complete the audit": the offer (the pages, the time it takes), the visit's progress
 * with Cancel, or how the last visit ended.
 * @param {any} report
 * @param {import('./lib/complete.js').Completion | undefined} completion
 * @param {number | null} tabId
 */
function renderCompletion(report, completion, tabId) {
  // A page read in the last visit is not offered again (its facts are in this report).
  const read = new Set(completion?.steps.filter((s) => s.status === 'done').map((s) => s.path));
  const plan = detailsPlan(report).filter((page) => !(completion?.merged && read.has(page.path)));
  const running = completion?.status === 'running';
  if (!running && plan.length === 0 && !completion) return null;
  /** @type {Record<string, string>} */
  const pageNames = {
    skills: t('page_skills'),
    recommendations: t('page_recommendations'),
    experience: t('page_experience')
  };
  const steps = completion
    ? el(
        'ol',
        { class: 'steps' },
        completion.steps.map((step) =>
          el('li', { class: `step step-${step.status}`, 'data-section': step.section, 'data-status': step.status }, [
            el('span', { text: pageNames[step.section] ?? step.path }),
            ' ',
            el('span', { 'aria-hidden': 'true', text: STEP_ICONS[step.status] ?? '' }),
            el('span', { class: 'visually-hidden', text: ` ${t(`step_${step.status}`)}` })
          ])
        )
      )
    : null;
  if (running) {
    return el('section', { class: 'complete running', id: 'complete', 'aria-labelledby': 'complete-title' }, [
      el('h2', { id: 'complete-title', text: t('completeRunning') }),
      el('progress', {
        'aria-label': t('completeRunning'),
        max: String(completion.steps.length),
        value: String(completion.steps.filter((s) => s.status === 'done' || s.status === 'failed').length)
      }),
      steps,
      cancelButton(tabId)
    ]);
  }
  /** @type {Record<string, string>} */
  const outcomes = {
    done: completion?.merged === false ? t('completeNotMerged') : t('completeDone'),
    cancelled: t('completeCancelled'),
    failed: t('completeFailed')
  };
  const names = plan.map((p) => pageNames[p.section]);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
  const offer = plan.length > 0 && el('button', {
    type: 'button',
    class: 'primary',
    id: 'complete-button',
    text: t('completeButton', [list, String(estimateSeconds(plan.length))])
  });
  if (offer) {
    offer.addEventListener('click', () => {
      if (tabId === null) return;
      offer.setAttribute('disabled', '');
      chrome.runtime.sendMessage({ type: 'complete', tabId }).catch(console.error);
    });
  }
  return el('section', { class: 'complete', id: 'complete', 'aria-labelledby': 'complete-title' }, [
    el('h2', { id: 'complete-title', text: t('completeTitle') }),
    completion ? el('p', { id: 'complete-outcome', text: outcomes[completion.status] ?? '' }) : null,
    completion?.message ? el('p', { class: 'muted', text: completion.message }) : null,
    completion?.status !== 'done' || completion?.merged === false ? steps : null,
    plan.length > 0 ? el('p', { class: 'muted', text: t('completeBody') }) : null,
    offer
  ]);
}

/**
 * Where the facts of a merged report came from: "from your Skills page".
 * @param {any} report
 */
function renderSources(report) {
  const sources = reportSources(report);
  if (sources.length === 0) return null;
  /** @type {Record<string, string>} */
  const from = {
    profile: t('from_profile'),
    skills: t('from_skills'),
    recommendations: t('from_recommendations'),
    experience: t('from_experience')
  };
  return el('section', { class: 'sources', 'aria-labelledby': 'sources-title' }, [
    el('h2', { id: 'sources-title', text: t('sourcesTitle') }),
    el(
      'ul',
      {},
      sources.map((source) =>
        el('li', { 'data-page': source.page }, [
          from[source.page] ?? t('from_other', [source.path]),
          source.captured
            ? el('span', { class: 'muted', text: ` · ${formatWhen(source.captured, locale)}` })
            : null
        ])
      )
    )
  ]);
}

/**
 * "1 point could not be checked", "1.5 points ...": the plural form the UI language gives
 * the number.
 * @param {number} points
 */
function unknownPointsText(points) {
  return plural(t, 'unknownPoints', points, [formatPoints(points, locale)], locale);
}

/**
 * @param {any} report
 * @param {any} [progress] GET /api/progress of this profile: LinkedIn's measure beside it
 */
function renderGauge(report, progress) {
  const beside = measuredBesideEstimate(progress, report.score, t, locale);
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
    el('h2', { id: 'score-title', class: 'visually-hidden', text: t('scoreTitle') }),
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
          ...(unknown > 0 ? [ring('unknown', unknown, filled)] : []),
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
            ? unknownPointsText(report.unknown_points)
            : t('allChecked')
      }),
      el('p', { class: 'muted estimate', text: report.estimate_of ?? '' }),
      beside &&
        el('div', { class: 'measured-beside' }, [
          el('p', { id: 'measured-note', text: beside.measured }),
          el('p', { id: 'measured-gap', class: 'muted', text: beside.gap })
        ])
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
  // The change is shown only between audits that could not check the same points.
  const change = trendChange(audits);
  const last = audits[audits.length - 1];
  const unchecked = uncheckedPoints(last);
  return el('section', { class: 'trend', 'aria-labelledby': 'trend-title' }, [
    el('h2', { id: 'trend-title', text: t('trendTitle') }),
    svg(
      'svg',
      {
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-label': plural(t, 'trendLabel', audits.length, [String(audits.length), scores.join(', ')], locale)
      },
      [
        svg('polyline', { points: points.map((p) => `${p.x},${p.y}`).join(' ') }),
        // An audit that could not check some points is hollow, and says so on hover.
        ...points.map((p, i) => {
          const missed = uncheckedPoints(audits[i]);
          if (missed === 0) return svg('circle', { cx: p.x, cy: p.y, r: 3 });
          return svg('circle', { class: 'unchecked', cx: p.x, cy: p.y, r: 3 }, [
            svg('title', {}, [document.createTextNode(unknownPointsShort(missed))])
          ]);
        })
      ]
    ),
    el('p', {
      id: 'trend-summary',
      class: 'muted',
      text: change
        ? t('trendSummary', [
            scores.join(' → '),
            `${change.delta > 0 ? '+' : ''}${formatPoints(change.delta, locale)}`,
            formatWhen(change.from.at, locale)
          ])
        : plural(t, 'trendNotComparable', unchecked, [scores.join(' → '), formatPoints(unchecked, locale)], locale)
    })
  ]);
}

/**
 * "5 points could not be checked", for a point of the trend.
 * @param {number} points
 */
function unknownPointsShort(points) {
  return plural(t, 'uncheckedPoints', points, [formatPoints(points, locale)], locale);
}

/**
 * The SSI view: LinkedIn's total, the four pillars (brand highlighted), the ranks, and the
 * brand pillar as LinkedIn measured it beside the audit's estimate, per day, with a trend.
 * @param {{reading: any, comparison: any, progress: any, at: number}} state
 * @param {number | null} tabId
 */
function renderSsi({ reading, comparison, progress, at }, tabId) {
  const total = numberOrNull(reading.total);
  return el('article', { class: 'report ssi', 'aria-labelledby': 'ssi-title' }, [
    el('header', { class: 'who' }, [
      el('h1', { id: 'ssi-title', text: t('ssiTitle') }),
      el('p', { class: 'headline', text: t('ssiSubtitle') })
    ]),
    el('section', { class: 'score', 'aria-labelledby': 'ssi-total-title' }, [
      el('h2', { id: 'ssi-total-title', class: 'visually-hidden', text: t('ssiTotalTitle') }),
      ring(total, TOTAL_MAX, 'ssi-total', t('ssiTotalLabel', [outOf(total, TOTAL_MAX, locale)])),
      renderRanks(reading)
    ]),
    renderPillars(reading),
    renderComparison(comparison, progress),
    el('footer', { class: 'actions' }, [
      el('p', { class: 'muted', text: t('readAt', [formatWhen(new Date(at).toISOString(), locale)]) }),
      auditButton(tabId, t('ssiReadAgain'))
    ])
  ]);
}

/**
 * A ring gauge with the value in its middle.
 * @param {number | null} value
 * @param {number} max
 * @param {string} id the id of the value's text
 * @param {string} label what a screen reader says
 */
function ring(value, max, id, label) {
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const filled = gaugeFraction(value ?? 0, max) * circumference;
  const circle = (/** @type {string} */ cls, /** @type {number} */ length) =>
    svg('circle', {
      class: cls,
      cx: 60,
      cy: 60,
      r: radius,
      'stroke-dasharray': `${length} ${circumference}`,
      transform: 'rotate(-90 60 60)'
    });
  return el(
    'div',
    { class: `gauge band-${scoreBand(value ?? 0, max)}`, role: 'img', 'aria-label': label },
    [
      svg('svg', { viewBox: '0 0 120 120', 'aria-hidden': 'true' }, [
        circle('track', circumference),
        circle('fill', filled)
      ]),
      el('div', { class: 'gauge-text', 'aria-hidden': 'true' }, [
        el('span', { id, class: 'value', text: value === null ? '?' : formatMeasured(value, locale) }),
        el('span', { class: 'max', text: t('outOf', [String(max)]) })
      ])
    ]
  );
}

/** @param {any} reading */
function renderRanks(reading) {
  const ranks = reading.ranks ?? {};
  return el('div', { class: 'score-notes' }, [
    el('dl', { class: 'ranks' }, [
      el('dt', { text: t('rankIndustry') }),
      el('dd', { id: 'rank-industry', text: rankText(ranks.industry, t) }),
      el('dt', { text: t('rankNetwork') }),
      el('dd', { id: 'rank-network', text: rankText(ranks.network, t) })
    ]),
    typeof reading.industry === 'string' && reading.industry
      ? el('p', { id: 'ssi-industry', class: 'muted', text: t('ssiIndustry', [reading.industry]) })
      : null
  ]);
}

/** @param {any} reading */
function renderPillars(reading) {
  return el('section', { class: 'pillars', 'aria-labelledby': 'pillars-title' }, [
    el('h2', { id: 'pillars-title', text: t('pillarsTitle') }),
    el(
      'ul',
      {},
      pillarRows(reading).map(({ id, value }) => {
        const bar = el('span', { class: 'meter-fill' });
        bar.style.width = `${Math.round(gaugeFraction(value ?? 0, PILLAR_MAX) * 100)}%`;
        return el('li', { class: `pillar pillar-${id}`, 'data-id': id }, [
          el('div', { class: 'pillar-head' }, [
            el('span', { class: 'pillar-name', text: t(`pillar_${id}`) }),
            id === 'brand' ? el('span', { class: 'tag', text: t('pillarBrandTag') }) : null,
            el('span', { class: 'pillar-value', text: outOf(value, PILLAR_MAX, locale) })
          ]),
          el('span', { class: 'meter', 'aria-hidden': 'true' }, [bar])
        ]);
      })
    )
  ]);
}

/**
 * The brand pillar as LinkedIn measured it beside the estimate: today's line, the days,
 * and the trend of both series.
 * @param {any} comparison
 * @param {any} progress
 */
function renderComparison(comparison, progress) {
  const days = progressDays(progress ?? (comparison ? { days: [comparison] } : null));
  const profile = typeof comparison?.profile === 'string' ? comparison.profile : null;
  return el('section', { class: 'comparison', 'aria-labelledby': 'comparison-title' }, [
    el('h2', { id: 'comparison-title', text: t('comparisonTitle') }),
    comparison
      ? el('p', { id: 'comparison-today', class: 'comparison-today', text: comparisonLine(comparison, t, locale) })
      : null,
    el('p', {
      class: 'muted',
      text: profile ? t('comparisonProfile', [profile]) : t('comparisonNoProfile')
    }),
    renderTwoSeriesTrend(days),
    days.length > 0 &&
      el('table', { class: 'days' }, [
        el('caption', { class: 'visually-hidden', text: t('comparisonTitle') }),
        el('thead', {}, [
          el('tr', {}, [
            el('th', { scope: 'col', text: t('dayColumn') }),
            el('th', { scope: 'col', text: t('measuredColumn') }),
            el('th', { scope: 'col', text: t('estimateColumn') }),
            el('th', { scope: 'col', text: t('gapColumn') })
          ])
        ]),
        el(
          'tbody',
          {},
          // Newest first: today's row is the one the user looks for.
          [...days].reverse().map((day) =>
            el('tr', { 'data-date': day.date }, [
              el('th', { scope: 'row', text: formatDay(day.date, locale) }),
              el('td', { class: 'measured-cell', text: day.measured === null ? '—' : formatMeasured(day.measured, locale) }),
              el('td', { class: 'estimate-cell', text: day.estimate === null ? '—' : formatPoints(day.estimate, locale) }),
              el('td', { class: 'gap-cell', text: formatGap(day.gap, locale) })
            ])
          )
        )
      ])
  ]);
}

/**
 * Both series over the days, drawn like the score trend: LinkedIn solid, estimate dashed.
 * @param {import('./lib/ssi.js').Day[]} days
 */
function renderTwoSeriesTrend(days) {
  if (days.length < 2) return null;
  const width = 240;
  const height = 56;
  const points = twoSeriesPoints(days, width, height);
  const line = (/** @type {string} */ cls, /** @type {{x: number, y: number}[]} */ pts) => [
    svg('polyline', { class: cls, points: pts.map((p) => `${p.x},${p.y}`).join(' ') }),
    ...pts.map((p) => svg('circle', { class: cls, cx: p.x, cy: p.y, r: 3 }))
  ];
  const values = (/** @type {'measured' | 'estimate'} */ key) =>
    days
      .map((d) => {
        const value = d[key];
        if (value === null) return '—';
        return key === 'measured' ? formatMeasured(value, locale) : formatPoints(value, locale);
      })
      .join(', ');
  return el('div', { class: 'trend two-series' }, [
    svg(
      'svg',
      {
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-label': plural(t, 'comparisonTrendLabel', days.length,
          [String(days.length), values('measured'), values('estimate')], locale)
      },
      [...line('estimate', points.estimate), ...line('measured', points.measured)]
    ),
    el('p', { class: 'legend muted' }, [
      el('span', { class: 'key key-measured', 'aria-hidden': 'true' }),
      ` ${t('measuredColumn')} `,
      el('span', { class: 'key key-estimate', 'aria-hidden': 'true' }),
      ` ${t('estimateColumn')}`
    ])
  ]);
}

/** @param {{id: string, advice: string, gain: number}[]} steps */
function renderNextSteps(steps) {
  if (steps.length === 0) return null;
  return el('section', { class: 'next-steps', 'aria-labelledby': 'next-title' }, [
    el('h2', { id: 'next-title', text: t('nextStepsTitle') }),
    el(
      'ol',
      {},
      steps.slice(0, 3).map((step) =>
        el('li', { 'data-id': step.id }, [
          el('span', { class: 'advice', text: step.advice }),
          el('span', { class: 'gain', text: plural(t, 'gain', step.gain, [formatPoints(step.gain, locale)], locale) })
        ])
      )
    )
  ]);
}

/**
 * The summary under the score, as Lighthouse puts it first: the one thing to fix first
 * and what could not be checked, and why.
 * @param {any} report
 */
function renderSummary(report) {
  /** @type {{id: string, advice: string, gain: number}[]} */
  const steps = report.next_steps ?? [];
  /** @type {any[]} */
  const unchecked = (report.criteria ?? []).filter((/** @type {any} */ c) => c.status === 'unknown');
  const first = steps[0];
  return el('section', { class: 'summary', id: 'summary', 'aria-labelledby': 'summary-title' }, [
    el('h2', { id: 'summary-title', class: 'visually-hidden', text: t('summaryTitle') }),
    first
      ? el('p', { id: 'fix-first', class: 'fix-first', 'data-id': first.id }, [
          el('strong', { text: t('fixFirst') }),
          ' ',
          el('span', { class: 'advice', text: first.advice }),
          el('span', { class: 'gain', text: plural(t, 'gain', first.gain, [formatPoints(first.gain, locale)], locale) })
        ])
      : el('p', { id: 'fix-first', class: 'fix-first', text: t('nothingToFix') }),
    unchecked.length > 0
      ? el('div', { id: 'not-checked', class: 'not-checked' }, [
          el('p', { class: 'not-checked-title', text: t('notCheckedTitle') }),
          el(
            'ul',
            {},
            unchecked.map((c) => el('li', { 'data-id': c.id }, [el('strong', { text: c.title }), `: ${c.measured}`]))
          )
        ])
      : null
  ]);
}

/** @type {Record<string, string>} */
const STATUS_ICONS = { pass: '✓', partial: '◐', fail: '✗', unknown: '?' };

/**
 * Every criterion, collapsed below the summary: its status, title and points in one line
 * (a <summary>, opened with Enter or Space), what was measured, the advice and the source
 * inside.
 * @param {any[]} criteria
 */
function renderCriteria(criteria) {
  return el('section', { class: 'criteria', 'aria-labelledby': 'criteria-title' }, [
    el('h2', { id: 'criteria-title', text: t('criteriaTitle') }),
    el(
      'ul',
      {},
      criteria.map((c) =>
        el('li', { class: `criterion status-${c.status}`, 'data-id': c.id, 'data-status': c.status }, [
          el('details', {}, [
            el('summary', { class: 'criterion-head' }, [
              el('span', { class: 'badge' }, [
                el('span', { 'aria-hidden': 'true', text: STATUS_ICONS[c.status] ?? '?' }),
                ` ${statusLabel(c.status, t)}`
              ]),
              el('span', { class: 'criterion-title', text: c.title }),
              el('span', {
                class: 'points',
                text: t('points', [formatPoints(c.points, locale), String(c.max_points)])
              })
            ]),
            el('p', { class: 'measured', text: measuredAgainst(c, t) }),
            el('p', { class: 'advice', text: c.advice }),
            c.source ? el('p', { class: 'source', text: t('sourceLabel', [c.source]) }) : null
          ])
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
    el('h2', { id: 'checklist-title', text: t('checklistTitle') }),
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
  // New settings (a port, a token) apply at once: a panel that could not reach the
  // server, or was refused, tries again with them.
  const retry = ['server-down', 'not-paired'].includes(document.body.dataset.state ?? '');
  if (area === 'local' && (changes.port || changes.token) && retry && shownTabId !== null) {
    chrome.runtime.sendMessage({ type: 'audit', tabId: shownTabId }).catch(console.error);
  }
  // Before the first render the tab is not known yet: any tab's change may be this one's.
  if (area === 'local' || shownTabId === null || stateKey(shownTabId) in changes) {
    refresh().catch(console.error);
  }
});
chrome.tabs.onActivated.addListener(() => refresh().catch(console.error));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url || change.status === 'complete') refresh().catch(console.error);
});
// Firefox lets the member withhold host permissions: ask for them, then audit the tab.
watchPermissions(/** @type {HTMLElement} */ (document.getElementById('permissions')), t, () => {
  if (shownTabId === null) return;
  chrome.runtime.sendMessage({ type: 'audit', tabId: shownTabId }).catch(console.error);
});
refresh().catch(console.error);
