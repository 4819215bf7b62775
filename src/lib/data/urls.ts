/**
 * The one rule for links made from data: a URL becomes a link only when, after the clean-up a
 * browser itself does (trimming, removing tabs, newlines and other control characters), it parses
 * as an absolute `http:` or `https:` URL. Anything else (`javascript:`, `data:`, `java\tscript:`,
 * relative paths) is shown as plain text. The validator and every component that makes a link
 * call this, so the check and the rendering can never disagree.
 */

// Browsers drop C0 controls, DEL and whitespace around a URL, and tabs and newlines inside it,
// before they look at its scheme: `java\tscript:` runs as `javascript:`. Strip them the same way.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/g;

/**
 * The common case, decided without the URL parser (tens of thousands of sources at scale): an
 * explicit http(s) scheme, a host, and no whitespace or control character anywhere. Such a
 * string cannot turn into another scheme, whatever the browser does with the rest.
 */
// eslint-disable-next-line no-control-regex
const PLAIN_HTTP = /^https?:\/\/[^\s/?#\u0000-\u001F\u007F][^\s\u0000-\u001F\u007F]*$/i;

/** The http(s) URL a link may point to (normalised by the URL parser when it needed cleaning); null when it is not one. */
export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  if (PLAIN_HTTP.test(raw)) return raw;
  const cleaned = raw.replace(CONTROL, '').trim();
  if (!cleaned) return null;
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
