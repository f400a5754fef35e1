// @ts-check
/**
 * How a captured page goes to the server: the HTML itself as the body
 * (text/html; charset=utf-8) and its fields (url, lang, profile) in the query string.
 * The server hands the bytes to its audit worker as they come, where a JSON body's 2 MB
 * string would be decoded and encoded again (docs/benchmarks.md). The server still takes
 * JSON {"url", "html", ...} from other clients.
 */

export const PAGE_CONTENT_TYPE = 'text/html; charset=utf-8';

/**
 * The URL and fetch options of a POST of a captured page to the server.
 * @param {string} base the server's base URL (serverBase)
 * @param {'/api/audit' | '/api/ssi'} endpoint
 * @param {string} token
 * @param {string} html the page (fetch sends a string as UTF-8)
 * @param {Record<string, string>} fields the query: url, and lang or profile
 * @returns {{url: string, init: RequestInit}}
 */
export function pagePost(base, endpoint, token, html, fields) {
  return {
    url: `${base}${endpoint}?${new URLSearchParams(fields)}`,
    init: {
      method: 'POST',
      headers: { 'Content-Type': PAGE_CONTENT_TYPE, Authorization: `Bearer ${token}` },
      body: html
    }
  };
}
