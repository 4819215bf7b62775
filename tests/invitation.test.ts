import { describe, expect, it } from 'vitest';
import { INVITED_KEY, markInvited, wasInvited } from '../src/lib/story/invitation';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('the invitation to follow the story', () => {
  it('is remembered once answered', () => {
    const store = memory();
    expect(wasInvited(store)).toBe(false);
    markInvited(store);
    expect(store.items.get(INVITED_KEY)).toBe('1');
    expect(wasInvited(store)).toBe(true);
  });

  it('does not insist when storage refuses or is missing', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(wasInvited(refusing)).toBe(true);
    expect(() => markInvited(refusing)).not.toThrow();
    expect(wasInvited(undefined)).toBe(false);
  });
});
