// @ts-check
/** The options page: server port, pairing token, the auto-scroll and auto-complete switches. */

import { localize } from './lib/dom.js';
import { normalizeSettings, parsePort } from './lib/settings.js';

/** @param {string} key */
const t = (key) => chrome.i18n.getMessage(key) || key;
const form = /** @type {HTMLFormElement} */ (document.getElementById('settings'));
const port = /** @type {HTMLInputElement} */ (document.getElementById('port'));
const token = /** @type {HTMLInputElement} */ (document.getElementById('token'));
const autoScroll = /** @type {HTMLInputElement} */ (document.getElementById('autoScroll'));
const completeAuto = /** @type {HTMLInputElement} */ (document.getElementById('completeAuto'));
const portError = /** @type {HTMLElement} */ (document.getElementById('port-error'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));

/** Show the stored settings in the form. */
async function load() {
  const settings = normalizeSettings(await chrome.storage.local.get(null));
  port.value = String(settings.port);
  token.value = settings.token;
  autoScroll.checked = settings.autoScroll;
  completeAuto.checked = settings.completeAuto;
}

/**
 * Validate and store the form.
 * @param {SubmitEvent} event
 */
async function save(event) {
  event.preventDefault();
  status.textContent = '';
  const number = parsePort(port.value);
  if (number === null) {
    portError.textContent = t('portInvalid');
    port.setAttribute('aria-invalid', 'true');
    port.focus();
    return;
  }
  portError.textContent = '';
  port.removeAttribute('aria-invalid');
  await chrome.storage.local.set({
    port: number,
    token: token.value.trim(),
    autoScroll: autoScroll.checked,
    completeAuto: completeAuto.checked
  });
  status.textContent = t('saved');
}

localize(document, t);
document.documentElement.lang = chrome.i18n.getUILanguage();
form.addEventListener('submit', (event) => save(event).catch(console.error));
load().catch(console.error);
