/** Test helpers: a chrome.i18n.getMessage double that reads the real catalogue. */

import { readFileSync } from 'node:fs';

export const ROOT = new URL('../', import.meta.url);

/**
 * The messages.json of a locale.
 * @param {string} lang
 */
export function catalogue(lang) {
  return JSON.parse(readFileSync(new URL(`_locales/${lang}/messages.json`, ROOT), 'utf8'));
}

/**
 * getMessage as Chrome does it: named placeholders whose content is $1..$9.
 * @param {string} lang
 */
export function translator(lang = 'en') {
  const messages = catalogue(lang);
  return (/** @type {string} */ key, /** @type {string | string[]} */ subs = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const values = Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n) => values[Number(n) - 1] ?? '');
    });
  };
}
