/**
 * Colours. The fill of a node says what kind of actor it is (families of related types share
 * a hue: government blue, regional bodies violet, work and income amber, employers red,
 * education green); the ring around it says its domain, in four strong colours that the
 * legend repeats. Edges stay light so the nodes carry the picture.
 */
import type { Domain } from '../api/operations/operation';

export const BACKGROUND = '#f6f7f9';

/** The domain ring: SZ warm, EZ blue, onderwijs green, overig grey. */
export const DOMAIN_COLOURS: Readonly<Record<Domain, string>> = {
  SZ: '#d9480f',
  EZ: '#1c5fb8',
  ONDERWIJS: '#2b8a3e',
  OVERIG: '#6b7280',
};

/** Fill per actor type (server/model ACTOR_TYPES), grouped by family. */
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  // government
  gemeente: '#74c0fc',
  provincie: '#a5d8ff',
  ministerie: '#4dabf7',
  // regional bodies and tables
  arbeidsmarktregio: '#b197fc',
  'regio-samenwerking': '#d0bfff',
  werkcentrum: '#9775fa',
  overleg: '#e5dbff',
  // work and income
  wsp: '#ffc078',
  werkbedrijf: '#ffa94d',
  uwv: '#ffe066',
  // employers and the economy
  werkgever: '#ff8787',
  werkgeversorganisatie: '#f06595',
  'economic-board': '#e599f7',
  uitzendbureau: '#ffa8a8',
  // education and knowledge
  onderwijs: '#8ce99a',
  sbb: '#69db7c',
  kennisinstelling: '#63e6be',
  'oo-fonds': '#96f2d7',
  // social partners, umbrellas, programmes, roles
  vakbond: '#d8b48a',
  koepel: '#ced4da',
  programma: '#fcc2d7',
  rol: '#ffd8a8',
};

const UNKNOWN_TYPE_COLOUR = '#dee2e6';

export const typeColour = (type: string): string => TYPE_COLOURS[type] ?? UNKNOWN_TYPE_COLOUR;

/** Twelve well-separated colours for communities (cycled); singletons stay grey. */
const COMMUNITY_COLOURS = [
  '#4263eb',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#f59f00',
  '#1098ad',
  '#c2255c',
  '#5c940d',
  '#7048e8',
  '#d6336c',
  '#0c8599',
  '#a61e4d',
];

export function communityColour(community: number | null, size: number): string {
  if (community === null || size <= 1) return '#ced4da';
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? '#ced4da';
}

export const EDGE_COLOUR = '#c5ccd6';
export const EDGE_ILLUSTRATIVE = '#dde2e8';
export const EDGE_DIMMED = '#eceef2';
export const EDGE_STRONG = '#343a40';
export const NODE_DIMMED = '#e4e7eb';
export const RING_DIMMED = '#d5d9df';
export const SUGGESTED_COLOUR = '#e8590c';
export const PATH_COLOUR = '#7048e8';
export const LABEL_COLOUR = '#1f2933';
/** "Wat veranderde er?": what came (green) and what went (red); the marks beside them say it without colour. */
export const CAME_COLOUR = '#2b8a3e';
export const WENT_COLOUR = '#c92a2a';

/** A colour (#rrggbb) moved `share` (0–1) of the way towards another: how a fading node or edge looks. */
export function towards(colour: string, target: string, share: number): string {
  const channels = (hex: string): number[] => [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  const from = channels(colour);
  const to = channels(target);
  if (colour.length !== 7 || target.length !== 7 || [...from, ...to].some(Number.isNaN)) return colour;
  return `#${from.map((value, index) => Math.round(value + ((to[index] ?? value) - value) * share).toString(16).padStart(2, '0')).join('')}`;
}

/** The gap between ring and fill, in the background colour so rings read as rings. */
export const RING_GAP = '#ffffff';
