// @ts-check
/**
 * The function injected on demand into the LinkedIn tab (chrome.scripting.executeScript
 * serialises it, so it must not use anything from outside its own body).
 */

/**
 * Capture the page, scroll through it so lazy sections render, capture again, return
 * the user to where they were. Adds nothing to the page.
 * @param {{autoScroll: boolean, maxMs: number, stepMs: number}} options
 * @returns {Promise<{url: string, html: string, scrolled: boolean, firstLength: number, ms: number}>}
 */
export async function capture(options) {
  const started = Date.now();
  const url = location.href;
  // Capture first, before anything here touches the page: if scrolling fails, or the
  // single-page app navigates meanwhile, this is still a faithful copy.
  const first = document.documentElement.outerHTML;
  const result = (/** @type {string} */ html, /** @type {boolean} */ scrolled) => ({
    url,
    html,
    scrolled,
    firstLength: first.length,
    ms: Date.now() - started
  });
  if (!options.autoScroll) return result(first, false);

  const pause = (/** @type {number} */ ms) =>
    new Promise((resolve) => setTimeout(resolve, ms));
  const scroller = document.scrollingElement || document.documentElement;
  const start = { left: window.scrollX, top: window.scrollY };
  const deadline = started + options.maxMs;
  let moved = false;
  let settled = 0;
  let lastHeight = -1;
  try {
    // LinkedIn renders Experience, Skills and Recommendations when they come near the
    // viewport (IntersectionObserver, seen 2022-2026): step down a screen at a time.
    while (Date.now() < deadline) {
      const height = scroller.scrollHeight;
      const bottom = Math.max(0, height - window.innerHeight);
      if (window.scrollY >= bottom - 2) {
        // At the bottom: wait until no new section makes the page taller.
        settled = height === lastHeight ? settled + 1 : 0;
        lastHeight = height;
        if (settled >= 2) break;
      } else {
        const top = Math.min(bottom, window.scrollY + window.innerHeight * 0.8);
        window.scrollTo({ left: start.left, top, behavior: 'instant' });
        moved = true;
      }
      await pause(options.stepMs);
    }
  } catch {
    return result(first, false);
  } finally {
    window.scrollTo({ left: start.left, top: start.top, behavior: 'instant' });
  }
  // The app navigated to another page while scrolling: the first copy is the page asked for.
  if (location.href !== url) return result(first, false);
  return result(document.documentElement.outerHTML, moved);
}
