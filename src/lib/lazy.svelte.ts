/**
 * A component (or module) loaded on demand, as its own chunk: what the first draw does not need.
 * `use()` starts the load and returns the component once it is there (null before), so a
 * template can ask for it where it is shown; `load()` fetches it ahead, in idle time, so that
 * later uses are immediate (a selection then renders its card in the same frame).
 */
export class Lazy<T> {
  current = $state.raw<T | null>(null);
  #loading: Promise<T> | null = null;

  constructor(private readonly loader: () => Promise<{ default: T }>) {}

  load(): Promise<T> {
    return (this.#loading ??= this.loader().then((m) => (this.current = m.default)));
  }

  use(): T | null {
    if (!this.current) void this.load();
    return this.current;
  }
}

/** Runs `work` when the browser is idle (or soon, where it has no idle callback). */
export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
