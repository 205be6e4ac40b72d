/**
 * The network as the contract (shared/contract.md §1) defines it: actors, links and the
 * closed vocabularies of actor types, domains and link types. No I/O here; everything that
 * reads or writes a network (seeds, import, Neo4j, CLI, client) speaks these types.
 */
/** Contract §1: the group every group-based measure uses. */
export declare const DOMAINS: readonly ["SZ", "EZ", "ONDERWIJS", "OVERIG"];
export type Domain = (typeof DOMAINS)[number];
/**
 * Actor types. `label` is the Neo4j label the type gets next to `Actor`; `defaultDomain`
 * is the usual mandate of such an actor (shared/domain-notes.md §2), a hint for editors,
 * never forced on an actor.
 */
export declare const ACTOR_TYPES: {
    readonly gemeente: {
        readonly label: "Gemeente";
        readonly defaultDomain: "SZ";
    };
    readonly rol: {
        readonly label: "Rol";
        readonly defaultDomain: "OVERIG";
    };
    readonly arbeidsmarktregio: {
        readonly label: "Arbeidsmarktregio";
        readonly defaultDomain: "OVERIG";
    };
    readonly werkcentrum: {
        readonly label: "Werkcentrum";
        readonly defaultDomain: "OVERIG";
    };
    readonly wsp: {
        readonly label: "Werkgeversservicepunt";
        readonly defaultDomain: "SZ";
    };
    readonly werkbedrijf: {
        readonly label: "Werkbedrijf";
        readonly defaultDomain: "SZ";
    };
    readonly uwv: {
        readonly label: "Uwv";
        readonly defaultDomain: "SZ";
    };
    readonly ministerie: {
        readonly label: "Ministerie";
        readonly defaultDomain: "OVERIG";
    };
    readonly koepel: {
        readonly label: "Koepel";
        readonly defaultDomain: "OVERIG";
    };
    readonly provincie: {
        readonly label: "Provincie";
        readonly defaultDomain: "EZ";
    };
    readonly 'economic-board': {
        readonly label: "EconomicBoard";
        readonly defaultDomain: "EZ";
    };
    readonly 'regio-samenwerking': {
        readonly label: "RegioSamenwerking";
        readonly defaultDomain: "OVERIG";
    };
    readonly werkgever: {
        readonly label: "Werkgever";
        readonly defaultDomain: "EZ";
    };
    readonly werkgeversorganisatie: {
        readonly label: "Werkgeversorganisatie";
        readonly defaultDomain: "EZ";
    };
    readonly vakbond: {
        readonly label: "Vakbond";
        readonly defaultDomain: "OVERIG";
    };
    readonly 'oo-fonds': {
        readonly label: "OoFonds";
        readonly defaultDomain: "OVERIG";
    };
    readonly onderwijs: {
        readonly label: "Onderwijs";
        readonly defaultDomain: "ONDERWIJS";
    };
    readonly sbb: {
        readonly label: "Sbb";
        readonly defaultDomain: "ONDERWIJS";
    };
    readonly uitzendbureau: {
        readonly label: "Uitzendbureau";
        readonly defaultDomain: "EZ";
    };
    readonly kennisinstelling: {
        readonly label: "Kennisinstelling";
        readonly defaultDomain: "OVERIG";
    };
    readonly programma: {
        readonly label: "Programma";
        readonly defaultDomain: "OVERIG";
    };
    readonly overleg: {
        readonly label: "Overleg";
        readonly defaultDomain: "OVERIG";
    };
};
export type ActorType = keyof typeof ACTOR_TYPES;
/**
 * Link types: what the relation is. `directed` says whether `from → to` reads as a sentence
 * ("Enschede financiering Twents Fonds": Enschede funds it); the measures ignore direction
 * (contract §2) either way. Each becomes a Neo4j relationship type in upper case.
 */
export declare const LINK_TYPES: {
    readonly samenwerking: {
        readonly directed: false;
    };
    readonly financiering: {
        readonly directed: true;
    };
    readonly lidmaatschap: {
        readonly directed: true;
    };
    readonly bestuur: {
        readonly directed: true;
    };
    readonly advies: {
        readonly directed: true;
    };
    readonly dienstverlening: {
        readonly directed: true;
    };
    readonly portefeuille: {
        readonly directed: true;
    };
    readonly uitvoering: {
        readonly directed: true;
    };
    readonly ondertekening: {
        readonly directed: true;
    };
    readonly vertegenwoordiging: {
        readonly directed: true;
    };
    readonly opleiding: {
        readonly directed: true;
    };
    readonly centrumgemeente: {
        readonly directed: true;
    };
};
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
    readonly weight?: number;
    /** ISO date (YYYY or YYYY-MM-DD). */
    readonly since?: string;
    readonly until?: string;
    readonly illustrative?: boolean;
    readonly unconfirmed?: boolean;
}
/** Contract §1: the network file. */
export interface Network {
    readonly actors: readonly Actor[];
    readonly links: readonly Link[];
}
export declare const isDomain: (value: unknown) => value is Domain;
export declare const isActorType: (value: unknown) => value is ActorType;
export declare const isLinkType: (value: unknown) => value is LinkType;
