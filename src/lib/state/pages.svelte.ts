/**
 * The panel's pages besides the cards (`story.pages`): the whole article, and "About the data"
 * (`about=1` in the URL), whose file is read the first time it opens, through the story's reader.
 */
import type { Problem } from '../data/schema';
import { loadAbout, type Reader } from '../data/load';
import type { About } from '../data/about';

export interface PagesHost {
  reader(): Reader;
  /** Problems found in about.json: the notice shows them. */
  report(problems: Problem[]): void;
}

export class PanelPages {
  constructor(private readonly host: PagesHost) {}

  /** Whether the panel shows the whole article when nothing is selected. */
  articleOpen = $state(false);
  /** Whether the panel shows "About the data". */
  aboutOpen = $state(false);
  /** about.json, once read. */
  about = $state.raw<About | null>(null);

  private aboutLoad: Promise<void> | null = null;

  setArticleOpen(open: boolean): void {
    this.articleOpen = open;
  }

  /** Opens or closes "About the data"; its file is read the first time. */
  setAboutOpen(open: boolean): void {
    this.aboutOpen = open;
    if (open) this.aboutLoad ??= this.loadAbout();
  }

  private async loadAbout(): Promise<void> {
    const { about, problems } = await loadAbout(this.host.reader());
    this.about = about;
    this.host.report(problems);
  }
}
