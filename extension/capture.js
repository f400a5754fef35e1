// @ts-check
/**
 * The functions injected on demand into the LinkedIn tab (chrome.scripting.executeScript
 * serialises each one, so each uses nothing from outside its own body). They run in the
 * extension's isolated world: the page's scripts see none of their variables.
 */

/**
 * @typedef {{
 *   mode?: 'profile' | 'list',
 *   autoScroll: boolean,
 *   maxMs: number,
 *   quietMs: number,
 *   progress?: boolean
 * }} CaptureOptions
 *
 * @typedef {{
 *   url: string, html: string, scrolled: boolean, firstLength: number, ms: number,
 *   complete: boolean, cancelled: boolean, sections: string[]
 * }} Capture
 */

/**
 * Capture the page, bring its lazy content in, capture again, return the user to where
 * they were. Adds nothing to the page.
 *
 * mode "profile": LinkedIn renders the cards below Activity when they come near the
 * viewport (IntersectionObserver, seen 2022-2026). A 2026 page names its lazy parts
 * (empty `profileCards*` containers): each is brought into view for one rendered frame,
 * and the capture ends as soon as every one has filled. A page without named parts is
 * swept a screen per frame, and ends when nothing new was added for `quietMs`.
 *
 * mode "list" (a /details/<section>/ page): the list pages in more items at its end.
 * Scroll to the end, press "Show more results" when LinkedIn shows it (2022-2025), and end
 * when the list stopped growing for `quietMs` with no button and nothing loading.
 *
 * Both are bounded by `maxMs` (only reached when LinkedIn itself is slow) and stop when
 * the worker sets `globalThis.profileAuditorStop` (the user's Cancel).
 * @param {CaptureOptions} options
 * @returns {Promise<Capture>}
 */
export async function capture(options) {
  const started = Date.now();
  const url = location.href;
  const stopKey = 'profileAuditorStop';
  /** @type {any} */ (globalThis)[stopKey] = false;
  // Capture first, before anything here touches the page: if scrolling fails, or the
  // single-page app navigates meanwhile, this is still a faithful copy.
  const first = document.documentElement.outerHTML;
  let complete = false;
  let cancelled = false;
  /** @type {string[]} */
  let sections = [];
  const result = (/** @type {string} */ html, /** @type {boolean} */ scrolled) => ({
    url,
    html,
    scrolled,
    firstLength: first.length,
    ms: Date.now() - started,
    complete,
    cancelled,
    sections
  });
  if (!options.autoScroll) return result(first, false);

  const deadline = started + options.maxMs;
  const stopped = () => Boolean(/** @type {any} */ (globalThis)[stopKey]);
  const late = () => Date.now() >= deadline || stopped();
  // One rendered frame: IntersectionObserver callbacks run after the frame that moved the
  // element into view. A hidden tab runs no frames: the timer keeps the loop going.
  const frame = () =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve(undefined);
        })
      );
    });
  const root = document.querySelector('main') || document.body;
  const scroller = document.scrollingElement || document.documentElement;
  const start = { left: window.scrollX, top: window.scrollY };
  const to = (/** @type {number} */ top) =>
    window.scrollTo({ left: start.left, top, behavior: 'instant' });
  const bottom = () => Math.max(0, scroller.scrollHeight - window.innerHeight);

  // Every change under <main>: the time of the last element added, and a wake-up for the
  // waits below (they end on a change, not on a timer tick).
  let lastAdded = Date.now();
  /** @type {(() => void) | null} */
  let wake = null;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length > 0)) lastAdded = Date.now();
    wake?.();
  });
  observer.observe(root, { childList: true, subtree: true });
  /**
   * Wait for a change under <main>, at most ms.
   * @param {number} ms
   */
  const change = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(done, Math.max(0, Math.min(ms, deadline - Date.now())));
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve(undefined);
      }
      wake = done;
    });

  // The 2026 lazy parts: outermost profileCards* containers but the server-rendered
  // above-activity one; a part has rendered when it holds an SDUI component or a section
  // (the same rule as auditor/selectors/sdui.py PART_RENDERED).
  const parts = () =>
    [...document.querySelectorAll('div[componentkey^="profileCards"]')].filter(
      (part) =>
        !part.getAttribute('componentkey')?.startsWith('profileCardsAboveActivity') &&
        !part.parentElement?.closest('div[componentkey^="profileCards"]')
    );
  const rendered = (/** @type {Element} */ part) =>
    part.querySelector('[data-sdui-component], section') !== null;
  // The names of the cards that are in the page now, for the panel's progress line.
  const CARD_NAMES = /** @type {const} */ ([
    ['experience', 'ExperienceTopLevelSection', '#experience'],
    ['education', 'EducationTopLevelSection', '#education'],
    ['skills', 'Skills', '#skills'],
    ['recommendations', 'Recommendations', '#recommendations']
  ]);
  const present = () =>
    CARD_NAMES.filter(
      ([, key, anchor]) =>
        document.querySelector(`[componentkey$="${key}"]`) !== null ||
        document.querySelector(anchor) !== null
    ).map(([name]) => name);
  let told = '';
  /**
   * Tell the worker what has loaded (the panel shows it); best effort.
   * @param {number} pending lazy parts still empty, -1 when the page names none
   * @param {number} [total] lazy parts in all
   */
  const tell = (pending, total = -1) => {
    sections = present();
    const note = JSON.stringify([sections, pending, total]);
    if (!options.progress || note === told) return;
    told = note;
    try {
      chrome.runtime
        .sendMessage({ type: 'capture-progress', sections, pending, total })
        .catch(() => {});
    } catch {
      // No extension context (a test harness): progress is a bonus.
    }
  };

  let moved = false;
  try {
    if (options.mode === 'list') {
      // Details pages: to the end of the list, again and again, until it stops growing.
      const selectorBusy = '[aria-busy="true"], .artdeco-loader, .scaffold-finite-scroll__loader';
      const BOUNCE_MS = 250;
      while (!late()) {
        to(bottom());
        moved = true;
        await frame();
        const button = /** @type {HTMLButtonElement | null} */ (
          root.querySelector('.scaffold-finite-scroll__load-button')
        );
        if (button && !button.disabled && button.offsetParent !== null) {
          button.click(); // "Show more results", as the member would press it
          lastAdded = Date.now();
          await change(options.quietMs);
          continue;
        }
        // A loader counts only while shown (a hidden one may stay in the page for good).
        const busy = [...root.querySelectorAll(selectorBusy)].some(
          (node) => /** @type {HTMLElement} */ (node).offsetParent !== null
        );
        const atEnd = window.scrollY >= bottom() - 2;
        if (!busy && atEnd && Date.now() - lastAdded >= options.quietMs) {
          complete = true;
          break;
        }
        const mark = lastAdded;
        await change(BOUNCE_MS);
        if (lastAdded === mark) {
          // Nothing came: step back for a frame, so that a loader LinkedIn watches at the
          // end of the list leaves the view and comes back (IntersectionObserver reports
          // changes only; jumping to each new end would keep it in view for good).
          to(Math.max(0, bottom() - 2 * window.innerHeight));
          await frame();
        }
      }
    } else {
      // Profile pages.
      const named = parts();
      if (named.length > 0) {
        // Jump to each empty part for one frame, then wait until every part has filled.
        /** @type {Map<Element, number>} */
        const shown = new Map();
        /** @type {Map<Element, number>} */
        const times = new Map();
        while (!late()) {
          const all = parts();
          const waiting = all.filter((p) => !rendered(p));
          tell(waiting.length, all.length);
          if (waiting.length === 0) {
            complete = true;
            break;
          }
          // Parts shown twice that stay empty while nothing else arrives: LinkedIn has
          // nothing more to render there; stop rather than wait for the cap.
          const tried = waiting.every((p) => (times.get(p) ?? 0) >= 2);
          if (tried && Date.now() - lastAdded >= 2 * options.quietMs) break;
          // A part shown a while ago that has not filled is shown again (LinkedIn may
          // have missed it while another part was loading).
          const due = waiting.filter((p) => Date.now() - (shown.get(p) ?? 0) > 1500);
          for (const part of due) {
            if (late()) break;
            const top = part.getBoundingClientRect().top + window.scrollY;
            to(Math.max(0, top - window.innerHeight / 2));
            moved = true;
            shown.set(part, Date.now());
            times.set(part, (times.get(part) ?? 0) + 1);
            await frame();
          }
          if (due.length === 0) await change(500);
        }
      } else {
        // No named parts (2022-2025, or a layout not seen yet): a screen per frame to the
        // end, then wait until nothing new was added for quietMs.
        let top = 0;
        while (!late()) {
          tell(-1);
          if (top < bottom()) {
            top = Math.min(bottom(), top + window.innerHeight);
            to(top);
            moved = true;
            await frame();
            continue;
          }
          if (Date.now() - lastAdded >= options.quietMs) {
            complete = true;
            break;
          }
          await change(options.quietMs - (Date.now() - lastAdded));
        }
      }
    }
  } catch {
    observer.disconnect();
    to(start.top);
    return result(first, false);
  }
  observer.disconnect();
  cancelled = stopped();
  to(start.top);
  // The app navigated to another page while scrolling: the first copy is the page asked for.
  if (location.href !== url) return result(first, false);
  return result(document.documentElement.outerHTML, moved);
}

/** Ask a running capture to stop (the user's Cancel); injected into the same world. */
export function stopCapture() {
  /** @type {any} */ (globalThis).profileAuditorStop = true;
}
