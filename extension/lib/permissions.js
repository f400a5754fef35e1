// @ts-check
/**
 * Host permissions, which the panel cannot audit without. Chrome grants a manifest's
 * host_permissions at install; Firefox (Manifest V3) lets the member withhold or withdraw
 * them (about:addons → Permissions), so the panel checks them and asks with a button.
 * permissions.request needs the click's user gesture: it is the first call in the handler.
 */

import { el } from './dom.js';

/**
 * @typedef {object} PermissionsApi
 * @property {(p: {origins: string[]}) => Promise<boolean>} contains
 * @property {(p: {origins: string[]}) => Promise<boolean>} request
 */

/**
 * The host a match pattern names, as a person reads it.
 * @param {string} origin e.g. "https://www.linkedin.com/*"
 * @returns {string} e.g. "www.linkedin.com"
 */
export function originHost(origin) {
  const match = /^[a-z*]+:\/\/([^/]+)\//.exec(origin);
  return match ? match[1] : origin;
}

/**
 * The origins not granted, in the manifest's order.
 * @param {string[]} origins
 * @param {Pick<PermissionsApi, 'contains'>} api
 * @returns {Promise<string[]>}
 */
export async function missingOrigins(origins, api) {
  const granted = await Promise.all(origins.map((origin) => api.contains({ origins: [origin] })));
  return origins.filter((_, index) => !granted[index]);
}

/**
 * The notice that says which hosts are missing, with the button that asks for them.
 * @param {string[]} missing
 * @param {(key: string, substitutions?: string | string[]) => string} t
 * @param {() => void} onAllow called synchronously from the click (keeps the gesture)
 */
export function permissionNotice(missing, t, onAllow) {
  const button = el('button', { type: 'button', class: 'primary', text: t('permissionsAllow') });
  button.addEventListener('click', onAllow);
  const hosts = missing.map(originHost).join(', ');
  return el('section', { class: 'message permissions', 'data-missing': hosts }, [
    el('p', { text: t('permissionsNeeded', hosts) }),
    button
  ]);
}

/**
 * Show the notice in `slot` while a host permission is missing, now and after every change.
 * @param {HTMLElement} slot
 * @param {(key: string, substitutions?: string | string[]) => string} t
 * @param {() => void} onGranted e.g. audit the tab again
 */
export function watchPermissions(slot, t, onGranted) {
  const api = chrome.permissions;
  const origins = chrome.runtime.getManifest().host_permissions ?? [];
  let shown = '';
  const check = async () => {
    const missing = await missingOrigins(origins, api);
    // Same hosts, same notice: keep the button (and its focus) in place.
    if (JSON.stringify(missing) === shown) return;
    shown = JSON.stringify(missing);
    slot.hidden = missing.length === 0;
    slot.replaceChildren(
      ...(missing.length === 0
        ? []
        : [
            permissionNotice(missing, t, () => {
              api.request({ origins: missing }).then((granted) => {
                if (granted) onGranted();
              }, console.error);
            })
          ])
    );
  };
  api.onAdded.addListener(() => check().catch(console.error));
  api.onRemoved.addListener(() => check().catch(console.error));
  check().catch(console.error);
}
