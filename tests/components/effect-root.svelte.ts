/** Runs `fn` inside an effect root, as a component's setup would; the result tears it down. */
export function inEffectRoot(fn: () => void): () => void {
  return $effect.root(fn);
}
