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

/** The http(s) URL a link may point to, normalised by the URL parser; null when it is not one. */
export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
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
