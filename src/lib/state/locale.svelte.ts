/**
 * The interface's language, as part of the StoryState (`story.locale`). Paraglide's messages read
 * it through `overwriteGetLocale`, so every `m.…()` in a template follows a change in place: no
 * reload, and the map, the brush and the selection keep their state. The reader's choice is
 * remembered (where storage allows) for the next visit without a `lang` in its link.
 */
import { overwriteGetLocale, overwriteSetLocale } from '../../paraglide/runtime.js';
import { dirOf, isLocale, pickLocale, type Locale } from '../i18n/locales';
import { loadMessages, messagesReady } from '../i18n/lazy-messages';
import { readStored, writeStored } from '../dom/storage';

const STORE_KEY = 'separation-lines:lang';

export class LocaleState {
  current = $state<Locale>('en');
  readonly dir = $derived(dirOf(this.current));

  constructor() {
    overwriteGetLocale(() => this.current);
    overwriteSetLocale((l) => this.set(l as Locale));
  }

  /** The language a page opened without `lang` in its link starts in. */
  preferred(): Locale {
    return pickLocale({
      stored: readStored(STORE_KEY),
      preferred: typeof navigator === 'undefined' ? [] : navigator.languages,
    });
  }

  /** The language last asked for: it applies once its messages have come (at once if here). */
  private wanted: Locale = 'en';

  set(l: Locale): void {
    if (!isLocale(l)) return;
    this.wanted = l;
    if (messagesReady(l)) this.current = l;
    else
      void loadMessages(l).then(() => {
        // A later choice wins over a slower earlier one.
        if (this.wanted === l) this.current = l;
      });
  }

  /** The reader chose `l` (the switch): it is also remembered for the next visit. */
  choose(l: Locale): void {
    this.set(l);
    // Not remembered where storage refuses; the link still carries `lang`.
    writeStored(STORE_KEY, l);
  }
}
