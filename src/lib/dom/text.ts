/**
 * DOM nodes for data text. Leaflet's tooltips, popups, divIcons and controls set `innerHTML` when
 * given a string, so data text is handed to them only as an element built here, with
 * `textContent`: a place called `<img src=…>` is shown as those characters, never parsed.
 * ESLint (`eslint.config.js`, the HTML-sink rules) requires these helpers at every such call.
 */

/**
 * A `<span>` (or another tag) whose only content is `text`, as text; `lang`, when given, is the
 * language the text is in, and its direction is then left to the text (`dir="auto"`).
 */
export function textElement(
  text: string,
  className?: string,
  tag: keyof HTMLElementTagNameMap = 'span',
  lang?: string,
): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (lang) {
    el.lang = lang;
    el.dir = 'auto';
  }
  el.textContent = text;
  return el;
}
