/**
 * Whether the reader has already answered the invitation to follow the story ("Follow the story"
 * or "Explore freely"). Remembered in the browser so a phone's bottom sheet opens by itself only
 * on a first visit.
 */
import { readStored, writeStored, type Store } from '../dom/storage';

export const INVITED_KEY = 'separation-lines:invited';

/** Where storage cannot answer (missing or refusing), do not insist: count it as answered. */
export function wasInvited(store: Store | undefined = globalThis.localStorage): boolean {
  return readStored(INVITED_KEY, store, '1') === '1';
}

/** Nowhere to remember it: the invitation shows again next time, which is harmless. */
export function markInvited(store: Store | undefined = globalThis.localStorage): void {
  writeStored(INVITED_KEY, '1', store);
}
