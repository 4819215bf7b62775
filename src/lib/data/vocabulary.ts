/**
 * The controlled vocabulary of event categories and actors, with the colours the timeline and the
 * legend use. Category colours are the Okabe–Ito palette, chosen to stay distinguishable for
 * readers with the common forms of colour blindness; the timeline also separates categories by
 * lane, so colour is never the only cue.
 */

export interface Term {
  id: string;
  label: string;
  colour: string;
  description: string;
}

export const CATEGORIES: readonly Term[] = [
  {
    id: 'ceasefire',
    label: 'Ceasefire',
    colour: '#009E73',
    description: 'Ceasefires, de-escalation and disengagement arrangements',
  },
  {
    id: 'diplomacy',
    label: 'Diplomacy',
    colour: '#0072B2',
    description: 'Talks, visits, statements and proposals',
  },
  {
    id: 'deployment',
    label: 'Deployment',
    colour: '#56B4E9',
    description: 'Forces or posts set up, moved in or withdrawn',
  },
  {
    id: 'military',
    label: 'Military',
    colour: '#E69F00',
    description: 'Offensives, changes of control, fortification works',
  },
  {
    id: 'strike',
    label: 'Strike',
    colour: '#D55E00',
    description: 'Air, missile, drone and rocket strikes',
  },
  {
    id: 'raid',
    label: 'Raid',
    colour: '#CC79A7',
    description: 'Ground incursions, arrests and the clashes they lead to',
  },
  {
    id: 'political',
    label: 'Political',
    colour: '#6B6B6B',
    description: 'Recognition, changes of government, legal decisions',
  },
];

export const ACTORS: readonly Term[] = [
  {
    id: 'russia',
    label: 'Russia',
    colour: '#0072B2',
    description: 'Russian government and armed forces',
  },
  {
    id: 'israel',
    label: 'Israel',
    colour: '#D55E00',
    description: 'Israeli government and armed forces',
  },
  {
    id: 'syria-assad',
    label: "Syria's former government",
    colour: '#6B6B6B',
    description: 'The Assad government, to 8 December 2024',
  },
  {
    id: 'syria-transitional',
    label: "Syria's transitional government",
    colour: '#009E73',
    description: 'The government in Damascus since December 2024',
  },
  {
    id: 'syrian-opposition',
    label: 'Syrian armed opposition',
    colour: '#E69F00',
    description: 'Armed opposition groups, including HTS, before December 2024',
  },
  {
    id: 'iran',
    label: 'Iran',
    colour: '#8C564B',
    description: 'Iranian government, IRGC and Quds Force',
  },
  {
    id: 'hezbollah',
    label: 'Hezbollah',
    colour: '#B8860B',
    description: 'The Lebanese armed group and party',
  },
  {
    id: 'turkey',
    label: 'Turkey',
    colour: '#CC79A7',
    description: 'Turkish government and armed forces',
  },
  { id: 'united-states', label: 'United States', colour: '#56B4E9', description: 'US government' },
  { id: 'jordan', label: 'Jordan', colour: '#7F7F00', description: 'Jordanian government' },
  {
    id: 'un',
    label: 'UN / UNDOF',
    colour: '#1F77B4',
    description: 'The United Nations and its Disengagement Observer Force',
  },
  {
    id: 'druze',
    label: 'Druze communities',
    colour: '#9467BD',
    description: 'Local Druze communities and factions',
  },
  {
    id: 'local-armed-groups',
    label: 'Local armed groups',
    colour: '#8C8C8C',
    description: 'Armed local residents and factions',
  },
  {
    id: 'hamas',
    label: 'Hamas',
    colour: '#2CA02C',
    description: 'The Palestinian group, as alleged in reports',
  },
];

const byId = (terms: readonly Term[]) => new Map(terms.map((t) => [t.id, t]));
export const CATEGORY_BY_ID = byId(CATEGORIES);
export const ACTOR_BY_ID = byId(ACTORS);

/** Colour for a category id; a neutral grey for anything outside the vocabulary. */
export function categoryColour(id: string): string {
  return CATEGORY_BY_ID.get(id)?.colour ?? '#767676';
}
