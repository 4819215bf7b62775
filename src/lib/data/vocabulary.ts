/**
 * The controlled vocabulary of event categories and actors, with the colours the timeline and the
 * legend use. Category colours are the Okabe–Ito palette, chosen to stay distinguishable for
 * readers with the common forms of colour blindness; the timeline also separates categories by
 * lane, so colour is never the only cue.
 *
 * Labels and descriptions are interface messages, in the reader's language: they are looked up
 * when they are shown (`categoryLabel(id)`, `actorLabel(id)`), never kept in a constant.
 */
import { m } from '../../paraglide/messages.js';

export interface Term {
  id: string;
  colour: string;
}

export const CATEGORIES: readonly Term[] = [
  { id: 'ceasefire', colour: '#009E73' },
  { id: 'diplomacy', colour: '#0072B2' },
  { id: 'deployment', colour: '#56B4E9' },
  { id: 'military', colour: '#E69F00' },
  { id: 'strike', colour: '#D55E00' },
  { id: 'raid', colour: '#CC79A7' },
  { id: 'political', colour: '#6B6B6B' },
];

export const ACTORS: readonly Term[] = [
  { id: 'russia', colour: '#0072B2' },
  { id: 'israel', colour: '#D55E00' },
  { id: 'syria-assad', colour: '#6B6B6B' },
  { id: 'syria-transitional', colour: '#009E73' },
  { id: 'syrian-opposition', colour: '#E69F00' },
  { id: 'iran', colour: '#8C564B' },
  { id: 'hezbollah', colour: '#B8860B' },
  { id: 'turkey', colour: '#CC79A7' },
  { id: 'united-states', colour: '#56B4E9' },
  { id: 'jordan', colour: '#7F7F00' },
  { id: 'un', colour: '#1F77B4' },
  { id: 'druze', colour: '#9467BD' },
  { id: 'local-armed-groups', colour: '#8C8C8C' },
  { id: 'hamas', colour: '#2CA02C' },
];

const byId = (terms: readonly Term[]) => new Map(terms.map((t) => [t.id, t]));
export const CATEGORY_BY_ID = byId(CATEGORIES);
export const ACTOR_BY_ID = byId(ACTORS);

/** A term's label and its one-line description, as messages (called when shown). */
type Text = { label: () => string; description: () => string };

// Maps, not plain objects: an id from the data is never looked up on Object.prototype.
const CATEGORY_TEXT = new Map<string, Text>(
  Object.entries({
    ceasefire: { label: m.category_ceasefire, description: m.category_ceasefire_desc },
    diplomacy: { label: m.category_diplomacy, description: m.category_diplomacy_desc },
    deployment: { label: m.category_deployment, description: m.category_deployment_desc },
    military: { label: m.category_military, description: m.category_military_desc },
    strike: { label: m.category_strike, description: m.category_strike_desc },
    raid: { label: m.category_raid, description: m.category_raid_desc },
    political: { label: m.category_political, description: m.category_political_desc },
  }),
);

const ACTOR_TEXT = new Map<string, Text>(
  Object.entries({
    russia: { label: m.actor_russia, description: m.actor_russia_desc },
    israel: { label: m.actor_israel, description: m.actor_israel_desc },
    'syria-assad': { label: m.actor_syria_assad, description: m.actor_syria_assad_desc },
    'syria-transitional': {
      label: m.actor_syria_transitional,
      description: m.actor_syria_transitional_desc,
    },
    'syrian-opposition': {
      label: m.actor_syrian_opposition,
      description: m.actor_syrian_opposition_desc,
    },
    iran: { label: m.actor_iran, description: m.actor_iran_desc },
    hezbollah: { label: m.actor_hezbollah, description: m.actor_hezbollah_desc },
    turkey: { label: m.actor_turkey, description: m.actor_turkey_desc },
    'united-states': { label: m.actor_united_states, description: m.actor_united_states_desc },
    jordan: { label: m.actor_jordan, description: m.actor_jordan_desc },
    un: { label: m.actor_un, description: m.actor_un_desc },
    druze: { label: m.actor_druze, description: m.actor_druze_desc },
    'local-armed-groups': {
      label: m.actor_local_armed_groups,
      description: m.actor_local_armed_groups_desc,
    },
    hamas: { label: m.actor_hamas, description: m.actor_hamas_desc },
  }),
);

/** A category's label in the reader's language; undefined outside the vocabulary. */
export const categoryLabel = (id: string): string | undefined => CATEGORY_TEXT.get(id)?.label();
/** What a category covers, in the reader's language; undefined outside the vocabulary. */
export const categoryDescription = (id: string): string | undefined =>
  CATEGORY_TEXT.get(id)?.description();
/** An actor's label in the reader's language; undefined outside the vocabulary. */
export const actorLabel = (id: string): string | undefined => ACTOR_TEXT.get(id)?.label();
/** Who an actor stands for, in the reader's language; undefined outside the vocabulary. */
export const actorDescription = (id: string): string | undefined =>
  ACTOR_TEXT.get(id)?.description();

/** Colour for a category id; a neutral grey for anything outside the vocabulary. */
export function categoryColour(id: string): string {
  return CATEGORY_BY_ID.get(id)?.colour ?? '#767676';
}
