import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import WithStory from './WithStory.svelte';
import ProblemsNotice from '../../src/components/ProblemsNotice.svelte';
import { fixtureStory } from './story-fixture';

describe('ProblemsNotice (real DOM)', () => {
  it('lists each problem with its file and path, and can be dismissed', async () => {
    const story = fixtureStory([
      { file: 'events.json', path: 'events[12].places[0]', message: 'unknown place "beit-jin"' },
    ]);
    const screen = await render(WithStory, { story, component: ProblemsNotice });
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('1 problem in the data');
    await expect
      .element(alert)
      .toHaveTextContent('events.json: events[12].places[0]: unknown place "beit-jin"');
    await screen.getByRole('button', { name: 'Dismiss' }).click();
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    expect(story.problemsDismissed).toBe(true);
  });

  it('shows nothing when the data has no problem', async () => {
    const screen = await render(WithStory, { story: fixtureStory(), component: ProblemsNotice });
    expect(screen.container.querySelector('[role="alert"]')).toBeNull();
  });
});
