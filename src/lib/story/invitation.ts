/**
 * Whether the reader has already answered the invitation to follow the story ("Follow the story"
 * or "Explore freely"). Remembered in the browser so a phone's bottom sheet opens by itself only
 * on a first visit.
 */
export const INVITED_KEY = 'separation-lines:invited';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** Storage may be missing or refuse (private modes, sandboxed iframes): then do not insist. */
export function wasInvited(store: Store | undefined = globalThis.localStorage): boolean {
  try {
    return store?.getItem(INVITED_KEY) === '1';
  } catch {
    return true;
  }
}

export function markInvited(store: Store | undefined = globalThis.localStorage): void {
  try {
    store?.setItem(INVITED_KEY, '1');
  } catch {
    // Nowhere to remember it: the invitation shows again next time, which is harmless.
  }
}
