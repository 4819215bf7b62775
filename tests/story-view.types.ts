/**
 * Compile-time test, run by `npm run check`: components get a StoryView, through which nothing can
 * be assigned. Each `@ts-expect-error` fails the check the day the assignment becomes allowed.
 */
import { StoryState } from '../src/lib/state/story.svelte';
import type { StoryView } from '../src/lib/state/context';

const view: StoryView = new StoryState();

// @ts-expect-error the date changes only through time.set / time.step
view.time.day = 0;
// @ts-expect-error the time state itself is not replaced
view.time = new StoryState().time;
// @ts-expect-error the selection changes only through selectEvent / selectPlace
view.selectedEventId = 'x';
// @ts-expect-error story mode's step changes only through guide.go / step / start / leave
view.guide.number = 2;
// @ts-expect-error layers change only through setLayerVisible
view.layers['places'] = false;
// @ts-expect-error loading is the page's, not a component's
void view.load('./data/');
// @ts-expect-error a link is restored by the history, not by a component
view.applyUrl({});

// @ts-expect-error filters change only through filter.set / clear
view.filter.filters = { ...view.filter.filters };
// @ts-expect-error the search text changes only through search.setQuery
view.search.query = 'x';
// @ts-expect-error a link's filters are restored by the history, not by a component
void view.filter.restore({});

// Reading and the methods stay open.
view.time.set(view.time.day);
view.setLayerVisible('places', !view.layers['places']);
