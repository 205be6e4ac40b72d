import type { SurveyFrequency } from './survey';

/**
 * The network as the contract (shared/contract.md §1) defines it: actors, links and the
 * closed vocabularies of actor types, domains and link types. No I/O here; everything that
 * reads or writes a network (seeds, import, Neo4j, CLI, client) speaks these types.
 */

/** Contract §1: the group every group-based measure uses. */
export const DOMAINS = ['SZ', 'EZ', 'ONDERWIJS', 'OVERIG'] as const;
export type Domain = (typeof DOMAINS)[number];

/**
 * Contract §6: an `actor` acts; a `forum` (a meeting, a table, a programme) is where actors meet.
 * A link between an actor and a forum means the actor takes part in it.
 */
export type ActorMode = 'actor' | 'forum';

/**
 * Actor types. `label` is the Neo4j label the type gets next to `Actor`; `defaultDomain`
 * is the usual mandate of such an actor (shared/domain-notes.md §2), a hint for editors,
 * never forced on an actor; `mode` says whether it acts or is a forum (contract §6).
 */
export const ACTOR_TYPES = {
  gemeente: { label: 'Gemeente', defaultDomain: 'SZ', mode: 'actor' },
  rol: { label: 'Rol', defaultDomain: 'OVERIG', mode: 'actor' },
  arbeidsmarktregio: { label: 'Arbeidsmarktregio', defaultDomain: 'OVERIG', mode: 'actor' },
  werkcentrum: { label: 'Werkcentrum', defaultDomain: 'OVERIG', mode: 'actor' },
  wsp: { label: 'Werkgeversservicepunt', defaultDomain: 'SZ', mode: 'actor' },
  werkbedrijf: { label: 'Werkbedrijf', defaultDomain: 'SZ', mode: 'actor' },
  uwv: { label: 'Uwv', defaultDomain: 'SZ', mode: 'actor' },
  ministerie: { label: 'Ministerie', defaultDomain: 'OVERIG', mode: 'actor' },
  koepel: { label: 'Koepel', defaultDomain: 'OVERIG', mode: 'actor' },
  provincie: { label: 'Provincie', defaultDomain: 'EZ', mode: 'actor' },
  'economic-board': { label: 'EconomicBoard', defaultDomain: 'EZ', mode: 'actor' },
  'regio-samenwerking': { label: 'RegioSamenwerking', defaultDomain: 'OVERIG', mode: 'actor' },
  werkgever: { label: 'Werkgever', defaultDomain: 'EZ', mode: 'actor' },
  werkgeversorganisatie: { label: 'Werkgeversorganisatie', defaultDomain: 'EZ', mode: 'actor' },
  vakbond: { label: 'Vakbond', defaultDomain: 'OVERIG', mode: 'actor' },
  'oo-fonds': { label: 'OoFonds', defaultDomain: 'OVERIG', mode: 'actor' },
  onderwijs: { label: 'Onderwijs', defaultDomain: 'ONDERWIJS', mode: 'actor' },
  sbb: { label: 'Sbb', defaultDomain: 'ONDERWIJS', mode: 'actor' },
  uitzendbureau: { label: 'Uitzendbureau', defaultDomain: 'EZ', mode: 'actor' },
  kennisinstelling: { label: 'Kennisinstelling', defaultDomain: 'OVERIG', mode: 'actor' },
  programma: { label: 'Programma', defaultDomain: 'OVERIG', mode: 'forum' },
  overleg: { label: 'Overleg', defaultDomain: 'OVERIG', mode: 'forum' },
} as const satisfies Record<string, { label: string; defaultDomain: Domain; mode: ActorMode }>;
export type ActorType = keyof typeof ACTOR_TYPES;

/** Whether actors of this type are forums (contract §6). */
export const isForumType = (type: ActorType): boolean => ACTOR_TYPES[type].mode === 'forum';

/**
 * Link types: what the relation is. `directed` says whether `from → to` reads as a sentence
 * ("Enschede financiering Twents Fonds": Enschede funds it); the measures ignore direction
 * (contract §2) either way. Each becomes a Neo4j relationship type in upper case.
 */
export const LINK_TYPES = {
  samenwerking: { directed: false },
  financiering: { directed: true },
  lidmaatschap: { directed: true },
  bestuur: { directed: true },
  advies: { directed: true },
  dienstverlening: { directed: true },
  portefeuille: { directed: true },
  uitvoering: { directed: true },
  ondertekening: { directed: true },
  vertegenwoordiging: { directed: true },
  opleiding: { directed: true },
  centrumgemeente: { directed: true },
} as const satisfies Record<string, { directed: boolean }>;
export type LinkType = keyof typeof LINK_TYPES;

/** An actor: an organisation, a part of one (a gemeente's SZ or EZ side), a role, a programme or a table. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: ActorType;
  readonly domain: Domain;
  /** Every domain the actor works in, `domain` first; only where there is more than one. */
  readonly domains?: readonly Domain[];
  /** Arbeidsmarktregio id (seeds/regions.json), absent for national actors. */
  readonly region?: string;
  /** For a gemeente side or a municipal role: the municipality it belongs to, as CBS spells it. */
  readonly gemeente?: string;
  /** For a role: the person holding it. Optional and removable (privacy, domain-notes §5). */
  readonly person?: string;
  readonly description?: string;
  /** A generic actor added because the documents describe such an actor without naming it. */
  readonly illustrative?: boolean;
  /** Rests on a fact the sources mark as unconfirmed (`~` or `?` in domain-notes). */
  readonly unconfirmed?: boolean;
  /** Contract §8: when the actor began (YYYY, YYYY-MM or YYYY-MM-DD); absent: before anything the network knows. */
  readonly since?: string;
  /** When it ended (a wethouder's collegeperiode, a programme's run); absent: it still exists. */
  readonly until?: string;
}

/** A link between two actors with its provenance. */
export interface Link {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Where the link is documented: a source id from seeds/sources.json, or free text. */
  readonly source?: string;
  /** A short quote from the source that states the link. */
  readonly quote?: string;
  /** What a reader should know about the link, e.g. that a national body stands for its regional branch. */
  readonly note?: string;
  readonly weight?: number;
  /** Contract §8: when the link began (YYYY, YYYY-MM or YYYY-MM-DD); absent: as long as both actors exist. */
  readonly since?: string;
  /** When it ended; absent: it still holds. */
  readonly until?: string;
  readonly illustrative?: boolean;
  readonly unconfirmed?: boolean;
  /** For a link a survey answer made (issue 17): how often the two work together. */
  readonly frequency?: SurveyFrequency;
  /** For a link a survey answer made: how important the respondent finds it (IMPORTANCE, 1 to 5). */
  readonly importance?: number;
  /** For a link a survey answer made: the round's id. */
  readonly survey?: string;
}

/** Contract §1: the network file. */
export interface Network {
  readonly actors: readonly Actor[];
  readonly links: readonly Link[];
}

export const isDomain = (value: unknown): value is Domain =>
  typeof value === 'string' && (DOMAINS as readonly string[]).includes(value);

export const isActorType = (value: unknown): value is ActorType =>
  typeof value === 'string' && Object.hasOwn(ACTOR_TYPES, value);

export const isLinkType = (value: unknown): value is LinkType =>
  typeof value === 'string' && Object.hasOwn(LINK_TYPES, value);

/** The network without any person: the pseudonymised export (domain-notes §5). */
export function withoutPersons(network: Network): Network {
  return { actors: network.actors.map(({ person: _person, ...actor }) => actor), links: network.links };
}
