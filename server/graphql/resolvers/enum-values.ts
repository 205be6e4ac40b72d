/**
 * The values resolvers see for the SDL's enums (graphql-js maps each name to its value both
 * ways). One table for the schema's resolvers and for codegen.ts, so the generated types and
 * the running server cannot disagree about them.
 */
export const ENUM_VALUES = {
  ActorMode: { ACTOR: 'actor', FORUM: 'forum' },
  BrokerMeasure: {
    SZ_EZ_BRIDGING: 'szEzBridging',
    BRIDGING: 'bridging',
    BETWEENNESS: 'betweenness',
    BROKERAGE: 'brokerage',
    DEGREE: 'degree',
    EFFECTIVE_SIZE: 'effectiveSize',
    CONSTRAINT: 'constraint',
  },
  ForumMode: { TIES: 'ties', NODES: 'nodes' },
  IslandFate: { APPEARED: 'appeared', DISSOLVED: 'dissolved', JOINED: 'joined' },
  IslandKind: { COMPONENT: 'component', COMMUNITY: 'community' },
  RepairStatus: { REPAIRED: 'repaired', PARTIAL: 'partial', NO_CANDIDATE: 'no-candidate' },
  Role: { VIEWER: 'viewer', EDITOR: 'editor', ADMIN: 'admin' },
} as const;
