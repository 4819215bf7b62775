/**
 * The data's own text in the reader's language (`story.texts`): event titles and summaries,
 * place names and notes. Arabic and Hebrew come from the event's or place's own `translations`
 * (an opened file may carry them inline) or from the language's translations file, read the
 * first time that language is asked for (the first draw reads none). Where a text has no
 * translation, the English is given, and `lang` says so, so the page can mark it.
 */
import type { StoryIndex } from '../data/indexes';
import {
  translationsFile,
  type PlaceFeature,
  type Problem,
  type TimedEvent,
  type TranslatedLang,
} from '../data/schema';
import { parsedOrReported, type Reader } from '../data/load';
import type { LanguageText } from '../data/validate/translations';
import type { Locale } from '../i18n/locales';
import { placeNameIn } from '../i18n/names';
import type { Step } from '../story/steps';

/** A text and the language it is really in: the reader's, or English where none is given. */
export interface Localized {
  text: string;
  lang: Locale;
}

interface TextsHost {
  index(): StoryIndex | null;
  reader(): Reader;
  locale(): Locale;
  report(problems: Problem[]): void;
}

export class DataTexts {
  /** Each language's file once read (an empty text where it could not be). */
  private files = $state.raw<Partial<Record<TranslatedLang, LanguageText>>>({});
  // Plain Set: which loads have started is bookkeeping, not something to draw.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private loading = new Set<TranslatedLang>();

  constructor(private readonly host: TextsHost) {}

  eventTitle(e: TimedEvent): Localized {
    return this.pick(
      e.title,
      (l) => (e.translations?.[l] ?? this.file(l)?.events.get(e.id))?.title,
    );
  }

  eventSummary(e: TimedEvent): Localized {
    return this.pick(
      e.summary,
      (l) => (e.translations?.[l] ?? this.file(l)?.events.get(e.id))?.summary,
    );
  }

  /** What the sources disagree on about an event, or null where they do not. */
  eventDisputed(e: TimedEvent): Localized | null {
    if (!e.disputed) return null;
    return this.pick(e.disputed, (l) => this.file(l)?.events.get(e.id)?.disputed);
  }

  eventDateNote(e: TimedEvent): Localized | null {
    if (!e.datePrecisionNote) return null;
    return this.pick(e.datePrecisionNote, (l) => this.file(l)?.events.get(e.id)?.datePrecisionNote);
  }

  placeDisputed(p: PlaceFeature): Localized | null {
    const { disputed, id } = p.properties;
    if (!disputed) return null;
    return this.pick(disputed, (l) => this.file(l)?.places.get(id)?.disputed);
  }

  placeAdmin(p: PlaceFeature): Localized | null {
    const { admin, id } = p.properties;
    if (!admin) return null;
    return this.pick(admin, (l) => this.file(l)?.places.get(id)?.admin);
  }

  placeName(p: PlaceFeature): Localized {
    return placeNameIn(p.properties, this.host.locale());
  }

  /** A story step's own title (story.json may carry its translations); '' where it has none. */
  stepTitle(step: Step): Localized {
    return this.pick(step.title, (l) => step.translations?.[l]?.title);
  }

  placeNote(p: PlaceFeature): Localized | null {
    const { note, translations, id } = p.properties;
    if (!note) return null;
    return this.pick(note, (l) => (translations?.[l] ?? this.file(l)?.places.get(id))?.note);
  }

  /** Whether a language's file is still on its way (its texts show in English meanwhile). */
  pending(lang: Locale = this.host.locale()): boolean {
    return lang !== 'en' && !this.files[lang];
  }

  private pick(english: string, find: (l: TranslatedLang) => string | undefined): Localized {
    const lang = this.host.locale();
    if (lang === 'en') return { text: english, lang };
    const text = find(lang);
    return text ? { text, lang } : { text: english, lang: 'en' };
  }

  /** The language's file, read on first use; undefined until it has come. */
  private file(lang: TranslatedLang): LanguageText | undefined {
    const got = this.files[lang];
    if (!got && !this.loading.has(lang)) void this.load(lang);
    return got;
  }

  private async load(lang: TranslatedLang): Promise<void> {
    this.loading.add(lang);
    const index = this.host.index();
    const file = translationsFile(lang);
    const [{ translationRefs, validateTranslations }, result] = await Promise.all([
      import('../data/validate/translations'),
      this.host.reader()(file),
    ]);
    const problems: Problem[] = [];
    // Plain maps, replaced whole when the file has come (files is raw state).
    /* eslint-disable svelte/prefer-svelte-reactivity */
    let text: LanguageText = {
      events: new Map(),
      places: new Map(),
      untranslated: { events: 0, places: 0 },
    };
    /* eslint-enable svelte/prefer-svelte-reactivity */
    // A folder without translations is not a problem: its texts stay in English.
    if (!('missing' in result) && index) {
      const raw = await parsedOrReported(result, file, problems);
      if (raw !== undefined) {
        text = validateTranslations(raw, lang, translationRefs(index), problems);
      }
    }
    this.host.report(problems);
    this.files = { ...this.files, [lang]: text };
  }
}
