// Conventions the extension promises: fewest permissions, nothing on LinkedIn's page,
// no remote code, no innerHTML, every UI string translated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { catalogue, ROOT } from './helpers.js';
import { KNOWN_CODES, KNOWN_REASONS } from '../lib/errors.js';

const read = (/** @type {string} */ path) => readFileSync(new URL(path, ROOT), 'utf8');
const manifest = JSON.parse(read('manifest.json'));

/** Every shipped source file (tests and package metadata are not shipped). */
function sources(dir = '') {
  const files = [];
  for (const name of readdirSync(new URL(dir || '.', ROOT))) {
    const path = `${dir}${name}`;
    if (['test', 'node_modules', 'package.json'].includes(name)) continue;
    if (statSync(new URL(path, ROOT)).isDirectory()) files.push(...sources(`${path}/`));
    else if (/\.(js|html)$/.test(name)) files.push(path);
  }
  return files;
}

test('the manifest asks for the fewest permissions', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['scripting', 'sidePanel', 'storage']);
  assert.deepEqual(manifest.host_permissions, ['https://www.linkedin.com/*', 'http://127.0.0.1/*']);
  for (const key of ['web_accessible_resources', 'externally_connectable', 'content_scripts', 'optional_host_permissions']) {
    assert.equal(manifest[key], undefined, key);
  }
});

test('the extension id is pinned by the agreed key', () => {
  assert.match(manifest.key, /^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAs46I29CbRlkf/);
  assert.ok(manifest.key.endsWith('LHLBeIEwIDAQAB'));
});

test('no remote code and no HTML injection of data', () => {
  const files = sources();
  assert.ok(files.includes('service-worker.js') && files.includes('lib/urls.js'));
  for (const file of files) {
    const text = read(file);
    assert.doesNotMatch(text, /\.innerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, file);
    assert.doesNotMatch(text, /<script[^>]+src=["']?(https?:)?\/\//i, file);
    assert.doesNotMatch(text, /import\(\s*['"`]https?:/, file);
  }
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self'/);
});

test('the only network target is the local server', () => {
  for (const file of sources()) {
    for (const [url] of read(file).matchAll(/https?:\/\/[^\s'"`)]+/g)) {
      const allowed = url.startsWith('http://127.0.0.1') || url.startsWith('https://www.linkedin.com') ||
        url.startsWith('http://www.w3.org/2000/svg');
      assert.ok(allowed, `${file}: ${url}`);
    }
  }
});

test('every locale has the same keys and placeholders', () => {
  const en = catalogue('en');
  for (const lang of ['nl', 'it']) {
    const other = catalogue(lang);
    assert.deepEqual(Object.keys(other).sort(), Object.keys(en).sort(), lang);
    for (const [key, entry] of Object.entries(en)) {
      assert.deepEqual(other[key].placeholders, entry.placeholders, `${lang} ${key}`);
    }
  }
  for (const lang of ['en', 'nl', 'it']) {
    for (const [key, entry] of Object.entries(catalogue(lang))) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        assert.ok(entry.placeholders?.[name.toLowerCase()], `${lang} ${key} $${name}$`);
      }
    }
    // Chrome Web Store limits (developer.chrome.com manifest "description": 132 characters).
    assert.ok(catalogue(lang).extDescription.message.length <= 132, lang);
  }
});

test('every message the code uses exists', () => {
  const en = catalogue('en');
  const used = new Set();
  for (const file of [...sources(), 'manifest.json']) {
    const text = read(file);
    for (const pattern of [/\bt\('([A-Za-z_]+)'/g, /data-i18n(?:-[a-z-]+)?="([A-Za-z_]+)"/g, /__MSG_([A-Za-z_]+)__/g]) {
      for (const [, key] of text.matchAll(pattern)) used.add(key);
    }
  }
  // Plural messages: plural(t, 'key', n, ...) picks key_one or key_other.
  for (const file of sources()) {
    for (const [, key] of read(file).matchAll(/\bplural\(t, '([A-Za-z]+)'/g)) {
      used.add(`${key}_one`);
      used.add(`${key}_other`);
    }
  }
  // Built from a status name at run time.
  for (const s of ['pass', 'partial', 'fail', 'unknown']) used.add(`status_${s}`);
  for (const s of ['done', 'missing', 'unknown']) used.add(`check_${s}`);
  for (const s of ['brand', 'people', 'insights', 'relationships']) used.add(`pillar_${s}`);
  for (const s of ['pending', 'active', 'done', 'failed']) used.add(`step_${s}`);
  for (const code of [...KNOWN_CODES, 'generic']) used.add(`error_${code}`);
  for (const reason of KNOWN_REASONS) used.add(`error_not_a_profile_${reason}`);
  assert.ok(used.size > 30);
  for (const key of used) assert.ok(en[key], `missing message ${key}`);
  for (const key of Object.keys(en)) assert.ok(used.has(key), `unused message ${key}`);
});

test('a keyboard shortcut opens the panel and audits, as the toolbar button does', () => {
  // _execute_action is the toolbar button's own action: Chrome and Firefox fire
  // action.onClicked for it, the handler that opens the panel and audits the tab.
  const command = manifest.commands?._execute_action;
  assert.ok(command, 'commands._execute_action');
  assert.equal(command.suggested_key.default, 'Alt+Shift+L');
  const worker = read('service-worker.js');
  assert.match(worker, /chrome\.action\.onClicked\.addListener\(\(tab\) => \{\s*[^]*?openPanel\(tab\);[^]*?auditTab\(tab\.id/);
});
