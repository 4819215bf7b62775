/** The good fixture as a ready StoryState, for component tests in the browser. */
import placesText from '../fixtures/good/places.geojson?raw';
import basemapText from '../fixtures/good/basemap.geojson?raw';
import events from '../fixtures/good/events.json';
import article from '../fixtures/good/article.json';
import { StoryState } from '../../src/lib/state/story.svelte';
import { validateStory } from '../../src/lib/data/validate';
import { buildIndex } from '../../src/lib/data/indexes';
import type { Problem } from '../../src/lib/data/schema';

export function fixtureStory(extraProblems: Problem[] = []): StoryState {
  const v = validateStory({
    places: JSON.parse(placesText),
    basemap: JSON.parse(basemapText),
    events,
    article,
  });
  const story = new StoryState();
  story.accept({
    index: buildIndex(v.places, v.events, v.article),
    basemap: v.basemap,
    problems: [...v.problems, ...extraProblems],
  });
  return story;
}
