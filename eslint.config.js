import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

/**
 * The HTML sinks: every way a string can become markup, a script or a request. Data text reaches
 * the page only as text (`textElement()` in src/lib/dom/text.ts, Svelte's `{…}`) and links only
 * through `safeHttpUrl()` (src/lib/data/urls.ts); these rules fail the build on any other route.
 * tests/sinks.test.ts proves each rule catches its sink.
 */
const SINK_MESSAGE =
  'HTML sink: data text must never become markup. Hand Leaflet an element from textElement(), set textContent, or make links with safeHttpUrl().';
const htmlSinks = [
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
    message: SINK_MESSAGE,
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)$/]',
    message: SINK_MESSAGE,
  },
  {
    selector:
      "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: SINK_MESSAGE,
  },
  {
    // Leaflet sets innerHTML when these get a string.
    selector:
      "CallExpression[callee.property.name=/^(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)$/]:not([arguments.0.callee.name='textElement'])",
    message: SINK_MESSAGE,
  },
  {
    // divIcon({ html }) likewise.
    selector: "Property[key.name='html']:not([value.callee.name='textElement'])",
    message: SINK_MESSAGE,
  },
  {
    // Leaflet's attribution control writes its strings as HTML: only fixed text from the code.
    selector:
      "CallExpression[callee.property.name=/^(addAttribution|removeAttribution|setPrefix)$/]:not([arguments.0.type='Literal']):not([arguments.0.name=/^[A-Z][A-Z0-9_]*$/])",
    message: `${SINK_MESSAGE} Attributions are string literals or UPPER_CASE constants.`,
  },
  {
    selector:
      "Property[key.name='attribution']:not([value.type='Literal']):not([value.name=/^[A-Z][A-Z0-9_]*$/])",
    message: `${SINK_MESSAGE} Attributions are string literals or UPPER_CASE constants.`,
  },
  {
    selector:
      "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(href|src|srcdoc|action|formaction|style|on.*)$/i]:not([arguments.1.callee.name='safeHttpUrl'])",
    message: SINK_MESSAGE,
  },
  {
    selector:
      'SvelteAttribute[key.name=/^(href|src|srcset|srcdoc|action|formaction|poster)$/] > SvelteMustacheTag > :not(CallExpression[callee.name="safeHttpUrl"])',
    message: SINK_MESSAGE,
  },
  {
    selector: 'SvelteShorthandAttribute[key.name=/^(href|src|srcset|srcdoc|action|formaction)$/]',
    message: SINK_MESSAGE,
  },
];

export default ts.config(
  {
    ignores: [
      'dist/',
      'src/paraglide/',
      'dist-*/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        // The project rule: import d3 and turf by name, never the whole namespace.
        {
          selector:
            'ImportDeclaration[source.value=/^(d3|d3-.*|@turf\\/.*)$/] > ImportNamespaceSpecifier',
          message:
            'Import d3 and turf by name (import { scaleUtc } from "d3"), never `import * as`.',
        },
        ...htmlSinks,
      ],
      'svelte/no-at-html-tags': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
