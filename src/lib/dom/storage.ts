/**
 * The browser's storage, which may be missing or refuse (private modes, sandboxed iframes):
 * never an exception. `store` is the page's localStorage unless given. Reading gives null where
 * nothing is kept, and `refused` where storage refuses; writing does nothing then.
 */
export type Store = Pick<Storage, 'getItem' | 'setItem'>;

// The page's own storage is looked up inside the try: in a sandboxed iframe, merely reading
// `localStorage` throws.
const page = (): Store | undefined => globalThis.localStorage;

export function readStored(
  key: string,
  store?: Store,
  refused: string | null = null,
): string | null {
  try {
    return (store ?? page())?.getItem(key) ?? null;
  } catch {
    return refused;
  }
}

/** Whether it was kept. */
export function writeStored(key: string, value: string, store?: Store): boolean {
  try {
    const s = store ?? page();
    s?.setItem(key, value);
    return !!s;
  } catch {
    return false;
  }
}
