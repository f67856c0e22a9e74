// The Content-Security-Policy of every built page (scripts from the site's own origin only, nothing
// inline), and a check for inline scripts. Used by scripts/prerender.mjs and the built-HTML tests.

/** The policy, as the content of `<meta http-equiv="Content-Security-Policy">`. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The opening tags of the `<script>` elements of `html` that have no `src` (inline code, which the
 * policy blocks), plus any inline event handler attribute (`onclick=` ...).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => !/\ssrc\s*=/i.test(tag));
  const handlers = [...html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi)].map((m) => m[0]);
  return [...scripts, ...handlers];
}
