/**
 * The HTML-sink rules in eslint.config.js: each known way a string becomes markup, a script or a
 * request is caught, and the safe forms pass. If a rule stops matching, this fails.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function sinkErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter(
      (m) => m.severity === 2 && /HTML sink|no-at-html|eval|Function/.test(m.message + m.ruleId),
    )
    .map((m) => m.ruleId ?? m.message);
}

const ts = (body: string) =>
  `declare const el: any, name: string, layer: any, map: any;\n${body}\n`;

// ESLint loads its config and the TypeScript parser on the first lint: seconds on a busy machine.
describe('HTML sinks fail the lint', { timeout: 60_000 }, () => {
  const unsafe: [string, string][] = [
    ['innerHTML', 'el.innerHTML = name;'],
    ['outerHTML', 'el.outerHTML = name;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', name);"],
    ['document.write', 'document.write(name);'],
    ['createContextualFragment', 'document.createRange().createContextualFragment(name);'],
    ['Leaflet tooltip with a string', 'layer.bindTooltip(name);'],
    ['Leaflet popup with a string', 'layer.bindPopup(name);'],
    ['Leaflet setContent', 'layer.getTooltip().setContent(name);'],
    ['divIcon html string', 'const icon = { html: name };'],
    ['attribution from data', 'map.attributionControl.addAttribution(name);'],
    ['attribution option from data', 'const o = { attribution: name };'],
    ['href attribute from data', "el.setAttribute('href', name);"],
    ['event handler attribute', "el.setAttribute('onclick', name);"],
    ['eval', 'eval(name);'],
    ['new Function', 'new Function(name);'],
  ];
  for (const [what, code] of unsafe) {
    it(what, async () => {
      expect(await sinkErrors(ts(code), 'src/lib/probe.ts')).not.toEqual([]);
    });
  }

  it('{@html} and data-bound href/src in Svelte', async () => {
    const svelteFile = 'src/components/Probe.svelte';
    const script =
      '<script lang="ts">let { s }: { s: { url: string; t: string } } = $props();</script>\n';
    for (const markup of [
      '{@html s.t}',
      '<a href={s.url}>x</a>',
      '<img src={s.url} alt="" />',
      '<iframe srcdoc={s.t} title="x"></iframe>',
    ]) {
      expect(await sinkErrors(script + markup, svelteFile), markup).not.toEqual([]);
    }
  });

  it('the safe forms pass', async () => {
    expect(
      await sinkErrors(
        ts(
          [
            "import { textElement } from './dom/text';",
            "import { safeHttpUrl } from './data/urls';",
            'layer.bindTooltip(textElement(name));',
            "const icon = { html: textElement(name, 'label') };",
            "map.attributionControl.addAttribution('Natural Earth');",
            'const ATTRIBUTION = "x"; map.attributionControl.addAttribution(ATTRIBUTION);',
            "el.setAttribute('href', safeHttpUrl(name));",
            'el.textContent = name;',
          ].join('\n'),
        ),
        'src/lib/probe.ts',
      ),
    ).toEqual([]);
    const script =
      '<script lang="ts">import { safeHttpUrl } from "../lib/data/urls"; let { s }: { s: { url: string } } = $props();</script>\n';
    expect(
      await sinkErrors(
        script + '<a href={safeHttpUrl(s.url)}>{s.url}</a>',
        'src/components/Probe.svelte',
      ),
    ).toEqual([]);
  });
});
