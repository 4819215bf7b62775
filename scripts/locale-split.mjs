/**
 * Each language's messages in a chunk of its own, fetched when a reader chooses that language.
 *
 * Paraglide compiles every message into one module with a function per language. The bundler
 * then ships all three languages of every message the page uses, so an English reader would
 * download the Arabic and Hebrew of the first draw's strings. Paraglide does not split by
 * language yet (opral/inlang-paraglide-js#88). This Vite plugin does it on Paraglide's output:
 * in each message module, the Arabic and Hebrew functions are moved into a per-language virtual
 * module, `virtual:locale-messages/ar` (or `/he`), and replaced by a look-up that
 * src/lib/i18n/lazy-messages.ts answers once that chunk has come. Until then, and for any key it
 * lacks, the English shows.
 *
 * It relies on the shape of the compiled code (`const ar_key = … => {…};` then a blank line),
 * which the Paraglide version pinned in package.json writes; the split throws where the shape
 * is not found, and tests/locale-split.test.ts checks it on the real compiled messages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LAZY_LOCALES = ['ar', 'he'];
/** Messages kept whole in the first draw (none at present; a pattern of keys). */
const EAGER = /^$/;
const VIRTUAL = 'virtual:locale-messages/';
const MODULE = /[\\/]src[\\/]paraglide[\\/]messages[\\/](?!_index)(\w+)\.js$/;

/** One language's function definition in a compiled message module: `const ar_key = … };`. */
function definition(code, lang, key) {
  const start = code.indexOf(`const ${lang}_${key} = `);
  if (start < 0) return null;
  const end = code.indexOf('\n};\n', start);
  if (end < 0)
    throw new Error(`locale-split: no end to ${lang}_${key}: Paraglide's output changed`);
  return { start, end: end + 4, text: code.slice(start, end + 4) };
}

/** The message module with its Arabic and Hebrew looked up from the lazy chunks instead. */
export function splitMessageModule(code, key) {
  if (EAGER.test(key)) return code;
  let out = code;
  for (const lang of LAZY_LOCALES) {
    const d = definition(out, lang, key);
    if (!d)
      throw new Error(`locale-split: no ${lang}_${key} in its module: Paraglide's output changed`);
    out = out.slice(0, d.start) + out.slice(d.end);
  }
  // The dispatch asks the language's chunk, and falls back to English until it has come.
  const dispatch = LAZY_LOCALES.map(
    (lang) => `\tif (locale === "${lang}") return ${lang}_${key}(inputs)\n`,
  ).join('');
  if (!out.includes(dispatch))
    throw new Error(`locale-split: no dispatch in ${key}: Paraglide's output changed`);
  out = out.replace(
    dispatch,
    `\tif (locale !== "en") { const t = lazyMessage(locale, "${key}", inputs); if (t !== undefined) return t }\n`,
  );
  return `import { lazyMessage } from '/src/lib/i18n/lazy-messages.ts';\n${out}`;
}

/** A language's chunk: every lazily split message's function, by key. */
export function localeTable(dir, lang) {
  const entries = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\w+)\.js$/.exec(file);
    if (!m || m[1] === '_index' || EAGER.test(m[1])) continue;
    const key = m[1];
    const d = definition(readFileSync(join(dir, file), 'utf8'), lang, key);
    if (!d) throw new Error(`locale-split: no ${lang}_${key}: Paraglide's output changed`);
    entries.push(
      `${d.text.replace(`const ${lang}_${key} = `, `  ${JSON.stringify(key)}: `).replace(/};\n$/, '},')}`,
    );
  }
  return `import * as registry from '/src/paraglide/registry.js';\nexport default {\n${entries.join('\n')}\n};\n`;
}

export function localeSplit(root) {
  const dir = join(root, 'src/paraglide/messages');
  return {
    name: 'separation-lines-locale-split',
    enforce: 'pre',
    resolveId(id) {
      if (id.startsWith(VIRTUAL)) return `\0${id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return;
      const lang = id.slice(VIRTUAL.length + 1);
      if (!LAZY_LOCALES.includes(lang)) throw new Error(`locale-split: unknown language ${lang}`);
      return localeTable(dir, lang);
    },
    transform(code, id) {
      const m = MODULE.exec(id.split('?')[0]);
      if (m) return { code: splitMessageModule(code, m[1]), map: null };
    },
  };
}
