/**
 * Every Cypher statement of brugkaart, and nothing else. Each is parameterised: values, labels
 * and relationship types all arrive as $parameters (labels and types through Neo4j 5.26's
 * dynamic `$(…)` syntax), so no caller ever builds Cypher from text.
 *
 * Model: (:Actor:<TypeLabel> {id, name, type, domain, domains, region, gemeente, person, …}),
 * links as relationships between actors whose type is the link type in upper case
 * (SAMENWERKING, FINANCIERING, …) carrying the provenance (source, quote, …),
 * (:Region {id, code, name, gemeenten}), (:Source {id, kind, title, …}),
 * (:Meta {key}) for the seed marker and the network version, (:Change) for the audit trail:
 * one per write, created in the write's own transaction. An actor's `version` counts its
 * writes, so an edit based on an old version can be refused.
 *
 * Surveys (issue 17): (:Survey {id, title, questionNl, questionEn, region, closesOn, closedAt,
 * createdAt, createdBy}), (:Respondent {surveyId, actorId, contact, tokenHash, linkRevoked,
 * savedAt, sentAt}) and (:SurveyAnswer {id, surveyId, respondentId, partnerId, partnerName, type,
 * frequency, importance, state, origin, position, sentOn}). They have NO relationship to an
 * :Actor (actor ids are properties), so no measure, export or neighbour query sees them; the
 * link a sent answer made is an ordinary link whose `survey` property is the round's id.
 *
 * Dates (contract §8): where a statement takes `$at` (a day, YYYY-MM-DD, or null for every
 * day), a record x is present when `$at >= x.since` and `left($at, size(x.until)) <= x.until`,
 * a missing end open: the two rules of server/model/dates.ts, so the store and the analytics
 * agree on every day. The condition is written out in each statement (no Cypher is built from
 * text), beside the other filters, so it is checked on the rows a seek reads.
 */

/** Schema statements, run one by one at start-up (schema and data cannot share a transaction). */
export const SCHEMA = [
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT region_id IF NOT EXISTS FOR (r:Region) REQUIRE r.id IS UNIQUE',
  'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE',
  'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
  'CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE',
  'CREATE CONSTRAINT write_id IF NOT EXISTS FOR (w:Write) REQUIRE w.id IS UNIQUE',
  'CREATE CONSTRAINT token_id IF NOT EXISTS FOR (t:Token) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT token_hash IF NOT EXISTS FOR (t:Token) REQUIRE t.hash IS UNIQUE',
  'CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (s:Survey) REQUIRE s.id IS UNIQUE',
  'CREATE CONSTRAINT respondent_token IF NOT EXISTS FOR (r:Respondent) REQUIRE r.tokenHash IS UNIQUE',
  'CREATE CONSTRAINT respondent_of_survey IF NOT EXISTS FOR (r:Respondent) REQUIRE (r.surveyId, r.actorId) IS UNIQUE',
  'CREATE CONSTRAINT survey_answer_id IF NOT EXISTS FOR (a:SurveyAnswer) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX survey_answer_round IF NOT EXISTS FOR (a:SurveyAnswer) ON (a.surveyId, a.respondentId)',
  'CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type)',
  'CREATE INDEX actor_domain IF NOT EXISTS FOR (a:Actor) ON (a.domain)',
  'CREATE INDEX actor_region IF NOT EXISTS FOR (a:Actor) ON (a.region)',
  'CREATE FULLTEXT INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON EACH [a.name]',
  // The order of a page of actors (FIND_ACTORS): read off this index, never sorted.
  'CREATE INDEX actor_name_id IF NOT EXISTS FOR (a:Actor) ON (a.name, a.id)',
  'CALL db.awaitIndexes(120)',
] as const;

export const MERGE_REGIONS = `
UNWIND $regions AS region
MERGE (r:Region {id: region.id})
SET r = region`;

export const MERGE_SOURCES = `
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s = source`;

export const LIST_REGIONS = `MATCH (r:Region) RETURN r {.*} AS region ORDER BY r.code`;

/** Apart from LIST_REGIONS: every request that names a region reads the list, few ask for counts. */
export const REGION_ACTOR_COUNTS = `
MATCH (r:Region)
RETURN r.id AS id, COUNT { MATCH (a:Actor) WHERE a.region = r.id } AS actors`;

export const REGION_IDS = `MATCH (r:Region) RETURN r.id AS id`;

export const SOURCES_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source`;

export const LIST_SOURCES = `MATCH (s:Source) RETURN s {.*} AS source ORDER BY s.kind, s.id`;

export const SEED_STATE = `
OPTIONAL MATCH (m:Meta {key: 'seed'})
RETURN m IS NOT NULL AS seeded, COUNT { MATCH (a:Actor) } AS actors`;

export const MARK_SEEDED = `
CREATE (:Meta {key: 'seed', loadedAt: datetime(), actors: $actors, links: $links})`;

export const NETWORK_VERSION = `
OPTIONAL MATCH (m:Meta {key: 'network'})
RETURN coalesce(m.version, 0) AS version`;

/** Run in every write transaction, so a reader can tell its cached graph is stale. */
export const BUMP_VERSION = `
MERGE (m:Meta {key: 'network'})
SET m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version`;

/**
 * One page of actors in (name, id) order, after the position ($afterName, $afterId; '' and null
 * for the first page), then SKIP $offset. The order comes from the composite index
 * actor_name_id: the seek starts at $afterName and stops after $limit matching rows, so a page
 * costs the same on 2,000 actors as on 20,000, and nothing is sorted or collected. The hint
 * keeps it a seek: without it the planner at times scanned the id index and sorted everything.
 * Filters are checked on the rows the seek reads; a filter matching few actors reads further
 * along the index before the page is full (but never sorts).
 */
export const FIND_ACTORS = `
MATCH (a:Actor)
USING INDEX SEEK a:Actor(name, id)
WHERE a.name >= $afterName AND a.id IS NOT NULL
  AND ($afterId IS NULL OR a.name > $afterName OR a.id > $afterId)
  AND ($types IS NULL OR a.type IN $types)
  AND ($domains IS NULL OR a.domain IN $domains)
  AND ($region IS NULL OR a.region = $region)
  AND ($at IS NULL OR ((a.since IS NULL OR $at >= a.since) AND (a.until IS NULL OR left($at, size(a.until)) <= a.until)))
WITH a ORDER BY a.name, a.id
SKIP $offset LIMIT $limit
RETURN a {.*} AS actor`;

/** How many actors match a filter; separate from the page, and run only when asked for. */
export const COUNT_ACTORS = `
MATCH (a:Actor)
WHERE ($types IS NULL OR a.type IN $types)
  AND ($domains IS NULL OR a.domain IN $domains)
  AND ($region IS NULL OR a.region = $region)
  AND ($at IS NULL OR ((a.since IS NULL OR $at >= a.since) AND (a.until IS NULL OR left($at, size(a.until)) <= a.until)))
RETURN count(a) AS total`;

/** Without a filter: read from Neo4j's count store, not counted node by node. */
export const COUNT_ALL_ACTORS = `MATCH (a:Actor) RETURN count(a) AS total`;

/**
 * One page of a name search, best match first, after the position ($afterScore, $afterName,
 * $afterId; nulls for the first page). `$text` is a Lucene query built by the store from
 * escaped words. No index can give this order (the score depends on the query), so every match
 * is sorted: the cost grows with the matches of the words, not with the network.
 */
export const SEARCH_ACTORS = `
CALL db.index.fulltext.queryNodes('actor_name', $text) YIELD node AS a, score
WHERE ($types IS NULL OR a.type IN $types)
  AND ($domains IS NULL OR a.domain IN $domains)
  AND ($region IS NULL OR a.region = $region)
  AND ($at IS NULL OR ((a.since IS NULL OR $at >= a.since) AND (a.until IS NULL OR left($at, size(a.until)) <= a.until)))
  AND ($afterScore IS NULL OR score < $afterScore
    OR (score = $afterScore AND (a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))))
WITH a, score ORDER BY score DESC, a.name, a.id
SKIP $offset LIMIT $limit
RETURN a {.*} AS actor, score`;

export const COUNT_SEARCH = `
CALL db.index.fulltext.queryNodes('actor_name', $text) YIELD node AS a
WHERE ($types IS NULL OR a.type IN $types)
  AND ($domains IS NULL OR a.domain IN $domains)
  AND ($region IS NULL OR a.region = $region)
  AND ($at IS NULL OR ((a.since IS NULL OR $at >= a.since) AND (a.until IS NULL OR left($at, size(a.until)) <= a.until)))
RETURN count(a) AS total`;

/** The best `$limit` matches of a name search (`$text`, a Lucene query), best first. */
export const SIMILARLY_NAMED = `
CALL db.index.fulltext.queryNodes('actor_name', $text) YIELD node AS a, score
RETURN a {.*} AS actor
ORDER BY score DESC, a.name, a.id
LIMIT $limit`;

export const ACTORS_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*} AS actor`;

export const LINKS_OF_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r]-(b:Actor)
RETURN id AS actor, startNode(r).id AS from, endNode(r).id AS to, toLower(type(r)) AS type, properties(r) AS props
ORDER BY id, type, b.name`;

/** The neighbours of actors through links, both present on `$at` (null: whatever their dates). */
export const NEIGHBOUR_IDS = `
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r]-(n:Actor)
WHERE ($at IS NULL OR ((r.since IS NULL OR $at >= r.since) AND (r.until IS NULL OR left($at, size(r.until)) <= r.until)))
  AND ($at IS NULL OR ((n.since IS NULL OR $at >= n.since) AND (n.until IS NULL OR left($at, size(n.until)) <= n.until)))
RETURN DISTINCT n.id AS id`;

/** The links among actors, those present on `$at` (null: every one). */
export const LINKS_AMONG = `
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($at IS NULL OR ((r.since IS NULL OR $at >= r.since) AND (r.until IS NULL OR left($at, size(r.until)) <= r.until)))
RETURN a.id AS from, b.id AS to, toLower(type(r)) AS type, properties(r) AS props
ORDER BY from, to, type`;

/**
 * Every shortest path, ignoring direction (contract §2), only through actors, in one statement
 * with whether each end exists (`fromFound`, `toFound`) and the actors on the paths: one round
 * trip where there were three. The hop bound in the pattern is the API's ceiling; `$maxHops`
 * narrows it after the search, behind a WITH: in the pattern's WHERE it made the planner add a
 * fallback that, when no path is short enough, expands every path of up to 10 links (on 20,000
 * actors: past the transaction timeout). All shortest paths have one length, so filtering them
 * afterwards gives the same answer. Distinct node sequences only: two links between the same
 * pair do not make two routes. No search when an end is missing or both ends are one actor
 * (the algorithm refuses that); the store answers those. With `$at` (a day; null: every day),
 * every actor and link on a path must be present on it (`all` over the path's nodes and
 * relationships, which the search checks as it goes), and `fromPresent`/`toPresent` say whether
 * each end is; no search when one is not.
 */
export const ALL_SHORTEST_PATHS = `
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
WITH a, b,
  a IS NOT NULL AND ($at IS NULL OR ((a.since IS NULL OR $at >= a.since) AND (a.until IS NULL OR left($at, size(a.until)) <= a.until))) AS fromPresent,
  b IS NOT NULL AND ($at IS NULL OR ((b.since IS NULL OR $at >= b.since) AND (b.until IS NULL OR left($at, size(b.until)) <= b.until))) AS toPresent
CALL (a, b, fromPresent, toPresent) {
  WITH a, b WHERE fromPresent AND toPresent AND a <> b
  MATCH p = allShortestPaths((a)-[*..10]-(b))
  WHERE all(n IN nodes(p) WHERE n:Actor AND ($at IS NULL OR ((n.since IS NULL OR $at >= n.since) AND (n.until IS NULL OR left($at, size(n.until)) <= n.until))))
    AND all(r IN relationships(p) WHERE ($at IS NULL OR ((r.since IS NULL OR $at >= r.since) AND (r.until IS NULL OR left($at, size(r.until)) <= r.until))))
  WITH p WHERE length(p) <= $maxHops
  WITH DISTINCT nodes(p) AS route
  RETURN collect([n IN route | n.id]) AS paths, collect(route) AS routes
}
CALL (routes) {
  UNWIND routes AS route
  UNWIND route AS n
  WITH DISTINCT n
  RETURN collect(n {.*}) AS actors
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, fromPresent, toPresent, paths, actors`;

export const EXPORT_ACTORS = `MATCH (a:Actor) RETURN a {.*} AS actor ORDER BY a.id`;

export const EXPORT_LINKS = `
MATCH (a:Actor)-[r]->(b:Actor)
RETURN a.id AS from, b.id AS to, toLower(type(r)) AS type, properties(r) AS props
ORDER BY from, to, type`;

export const EXISTING_ACTOR_IDS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a.id AS id`;

export const DELETE_ALL_ACTORS = `MATCH (a:Actor) DETACH DELETE a`;

/** `row.label` is the type's label from ACTOR_TYPES; `row.props` the stored fields. */
export const CREATE_ACTORS = `
UNWIND $actors AS row
CREATE (a:Actor)
SET a = row.props, a.version = 1, a:$(row.label)`;

export const CREATE_LINKS = `
UNWIND $links AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:$(row.relType)]->(b)
SET r = row.props
RETURN count(r) AS created`;

/**
 * The bench's baseline for the bulk import (test/bench/import.ts): the same actors and links
 * loaded by Neo4j's own LOAD CSV from `$url`, in the caller's transaction (Community has no
 * parallel loading; CALL IN TRANSACTIONS would split it). Empty cells are absent properties;
 * `domains` is `;`-separated, `label` and `relType` as CREATE_ACTORS and CREATE_LINKS take them.
 */
export const LOAD_CSV_ACTORS = `
LOAD CSV WITH HEADERS FROM $url AS row
CREATE (a:Actor)
SET a = {
  id: row.id, name: row.name, type: row.type, domain: row.domain,
  domains: CASE WHEN row.domains IS NULL THEN null ELSE split(row.domains, ';') END,
  region: row.region, gemeente: row.gemeente, person: row.person, description: row.description,
  illustrative: toBoolean(row.illustrative), unconfirmed: toBoolean(row.unconfirmed), since: row.since, until: row.until
}, a.version = 1, a:$(row.label)`;

export const LOAD_CSV_LINKS = `
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
CREATE (a)-[r:$(row.relType)]->(b)
SET r = {
  source: row.source, quote: row.quote, note: row.note, weight: toFloat(row.weight), since: row.since, until: row.until,
  illustrative: toBoolean(row.illustrative), unconfirmed: toBoolean(row.unconfirmed)
}`;

/**
 * Takes the write lock on an actor before its version is read, so two editors cannot both pass
 * the version check: the second waits, then reads the first one's version. No row: no actor.
 */
export const LOCK_ACTOR = `
MATCH (a:Actor {id: $id})
SET a._lock = true
REMOVE a._lock
RETURN a {.*} AS actor`;

/** Replaces every field and counts the write; a type change swaps the type label. */
export const UPSERT_ACTOR = `
MERGE (a:Actor {id: $props.id})
SET a = $props, a.version = $version
WITH a, [l IN labels(a) WHERE l <> 'Actor' AND l <> $label] AS stale
REMOVE a:$(stale)
SET a:$($label)
RETURN a {.*} AS actor`;

/** Deletes an actor with its links; returns the links, so the audit trail keeps them. */
export const DELETE_ACTOR = `
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[r]-(b:Actor)
WITH a, collect({from: startNode(r).id, to: endNode(r).id, type: toLower(type(r)), props: properties(r)}) AS links
DETACH DELETE a
RETURN [link IN links WHERE link.type IS NOT NULL] AS links`;

/** One entry of the audit trail; `before` and `after` are JSON text. */
export const RECORD_CHANGE = `
CREATE (:Change {id: randomUUID(), at: datetime(), who: $who, operation: $operation, target: $target, actors: $actors, before: $before, after: $after})`;

/** The changes that touched an actor, newest first. */
export const CHANGES_OF_ACTOR = `
MATCH (c:Change)
WHERE $id IN c.actors
RETURN c {.*} AS change
ORDER BY c.at DESC
LIMIT $limit`;

/**
 * The first statement of a write that must happen once (run.ts, writeOnce): the first attempt
 * creates the (:Write); a driver retry of an attempt that did commit finds it, after waiting
 * on the uniqueness constraint for that commit, together with the result it stored.
 */
export const CLAIM_WRITE = `
MERGE (w:Write {id: $id})
ON CREATE SET w.at = datetime(), w.attempt = $attempt
RETURN w.attempt = $attempt AS fresh, w.result AS result`;

export const RECORD_WRITE_RESULT = `MATCH (w:Write {id: $id}) SET w.result = $result`;

/** Retries end within the driver's retry time (30 s); older claims are of no more use. */
export const PRUNE_WRITES = `
MATCH (w:Write) WHERE w.at < datetime() - duration({minutes: 10})
WITH w LIMIT 1000
DELETE w`;

/** Claims keep write results, which may name a person: an erasure forgets them all. */
export const FORGET_WRITES = `MATCH (w:Write) DELETE w`;

export const FIND_IMPORT = `MATCH (i:Import {id: $id}) RETURN i {.*} AS import`;

export const RECORD_IMPORT = `
CREATE (:Import {id: $id, at: datetime(), mode: $mode, actors: $actors, links: $links})`;

export const ADD_LINK = `
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
CREATE (a)-[r:$($relType)]->(b)
SET r = $props
RETURN properties(r) AS props`;

/** Removes the links of that type between the two actors, whichever way they were drawn. */
export const REMOVE_LINK = `
MATCH (:Actor {id: $from})-[r:$($relType)]-(:Actor {id: $to})
WITH r, {from: startNode(r).id, to: endNode(r).id, props: properties(r)} AS removed
DELETE r
RETURN collect(removed) AS removed`;

/** The audit trail as a backup carries it, oldest first. */
export const EXPORT_CHANGES = `MATCH (c:Change) RETURN c {.*} AS change ORDER BY c.at, c.id`;

/** Restores audit records as they were (ids and times kept). */
export const CREATE_CHANGES = `
UNWIND $changes AS change
CREATE (c:Change)
SET c = change, c.at = datetime(change.at)`;

export const SET_VERSIONS = `
UNWIND $actors AS row
MATCH (a:Actor {id: row.id})
SET a.version = row.version`;

/** Actors with a free-text property (`$fields`) that mentions `$name`. */
export const ACTORS_MENTIONING = `
MATCH (a:Actor)
WHERE any(key IN $fields WHERE a[key] IS :: STRING AND a[key] CONTAINS $name)
RETURN a.id AS id, properties(a) AS props`;

export const LINKS_MENTIONING = `
MATCH (:Actor)-[r]->(:Actor)
WHERE any(key IN $fields WHERE r[key] IS :: STRING AND r[key] CONTAINS $name)
RETURN elementId(r) AS ref, properties(r) AS props`;

export const CHANGES_MENTIONING = `
MATCH (c:Change)
WHERE c.before CONTAINS $name OR c.after CONTAINS $name
RETURN c.id AS id, c.before AS before, c.after AS after`;

/** `row.props`: properties to set; a null removes one. Counts as a write of the actor. */
export const UPDATE_ACTOR_PROPS = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a += row.props, a.version = coalesce(a.version, 0) + 1`;

export const UPDATE_LINK_PROPS = `
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.ref
SET r += row.props`;

export const UPDATE_CHANGES = `
UNWIND $rows AS row
MATCH (c:Change {id: row.id})
SET c.before = row.before, c.after = row.after`;

export const FIND_CHANGE = `MATCH (c:Change {id: $id}) RETURN c {.*} AS change`;

export const LATEST_CHANGE_ID = `MATCH (c:Change) WHERE c.operation <> 'seed' RETURN c.id AS id ORDER BY c.at DESC LIMIT 1`;

export const MARK_UNDONE = `MATCH (c:Change {id: $id}) SET c.undone = true`;

/** Removes one link of that type drawn from `$from` to `$to` (an undone addLink). */
export const REMOVE_ONE_LINK = `
MATCH (:Actor {id: $from})-[r:$($relType)]->(:Actor {id: $to})
WITH r LIMIT 1
DELETE r
RETURN count(*) AS removed`;

export const DELETE_ACTORS_BY_IDS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
DETACH DELETE a`;

/** Tokens are stored only as a SHA-256 hash; the token itself is shown once, at creation. */
export const CREATE_TOKEN = `
CREATE (t:Token {id: randomUUID(), name: $name, role: $role, hash: $hash, createdAt: datetime()})
RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS token`;

export const TOKEN_BY_HASH = `
MATCH (t:Token {hash: $hash})
WHERE t.revokedAt IS NULL
RETURN t {.id, .name, .role} AS token`;

export const LIST_TOKENS = `
MATCH (t:Token)
RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS token
ORDER BY t.createdAt`;

export const REVOKE_TOKEN = `
MATCH (t:Token {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t {.id, .name, .role, .createdAt, .revokedAt} AS token`;

export const ACTIVE_ADMIN_TOKENS = `
MATCH (t:Token {role: 'admin'})
WHERE t.revokedAt IS NULL
RETURN count(t) AS count`;


// ── Surveys (issue 17) ─────────────────────────────────────────────────────────────────────

/** A round and its respondents; `$respondents`: [{actorId, contact, tokenHash}]. */
export const CREATE_SURVEY = `
CREATE (s:Survey)
SET s = $survey, s.createdAt = datetime()
WITH s
UNWIND $respondents AS row
CREATE (r:Respondent {surveyId: s.id, actorId: row.actorId, tokenHash: row.tokenHash, linkRevoked: false})
SET r.contact = row.contact
WITH s, count(r) AS respondents
RETURN s {.*} AS survey`;

export const SURVEY_BY_ID = `MATCH (s:Survey {id: $id}) RETURN s {.*} AS survey`;

/** Newest first; `$region` null for every round. */
export const LIST_SURVEYS = `
MATCH (s:Survey)
WHERE $region IS NULL OR s.region = $region
RETURN s {.*} AS survey
ORDER BY s.createdAt DESC, s.id`;

/** Takes the write lock on a round, so its writes (send, close, review) happen one after another. */
export const LOCK_SURVEY = `
MATCH (s:Survey {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN s {.*} AS survey`;

/** The actors a round may ask: those of a region (the caller leaves forums and absent ones out). */
export const ACTORS_OF_REGION = `
MATCH (a:Actor)
WHERE a.region = $region
RETURN a {.*} AS actor
ORDER BY a.name, a.id`;

/** Never the token hash: it leaves the store only to find a respondent. */
export const RESPONDENTS_OF_SURVEY = `
MATCH (r:Respondent {surveyId: $surveyId})
RETURN r {.surveyId, .actorId, .contact, .linkRevoked, .savedAt, .sentAt} AS respondent
ORDER BY r.actorId`;

export const RESPONDENT_BY_TOKEN = `
MATCH (r:Respondent {tokenHash: $hash})
RETURN r {.surveyId, .actorId, .contact, .linkRevoked, .savedAt, .sentAt} AS respondent`;

/** `$rows`: [{actorId, tokenHash}]; a new hash makes the old link unknown. */
export const SET_RESPONDENT_TOKENS = `
UNWIND $rows AS row
MATCH (r:Respondent {surveyId: $surveyId, actorId: row.actorId})
SET r.tokenHash = row.tokenHash, r.linkRevoked = false
RETURN r.actorId AS actorId`;

export const REVOKE_RESPONDENT = `
MATCH (r:Respondent {surveyId: $surveyId, actorId: $actorId})
SET r.linkRevoked = true
RETURN r {.surveyId, .actorId, .contact, .linkRevoked, .savedAt, .sentAt} AS respondent`;

export const MARK_SAVED = `
MATCH (r:Respondent {surveyId: $surveyId, actorId: $actorId})
SET r.savedAt = datetime()`;

export const MARK_SENT = `
UNWIND $actorIds AS actorId
MATCH (r:Respondent {surveyId: $surveyId, actorId: actorId})
SET r.sentAt = coalesce(r.sentAt, datetime()), r.savedAt = coalesce(r.savedAt, datetime())`;

export const CLOSE_SURVEY = `
MATCH (s:Survey {id: $id})
SET s.closedAt = coalesce(s.closedAt, datetime())
RETURN s {.*} AS survey`;

export const REOPEN_SURVEY = `
MATCH (s:Survey {id: $id})
SET s.closedAt = null, s.closesOn = $closesOn
RETURN s {.*} AS survey`;

/** `$withDrafts` false: only what was sent (the editors' view). */
export const ANSWERS_OF_SURVEY = `
MATCH (a:SurveyAnswer {surveyId: $surveyId})
WHERE $withDrafts OR a.state <> 'DRAFT'
RETURN a {.*} AS answer
ORDER BY a.respondentId, a.position, a.id`;

export const ANSWERS_OF_RESPONDENT = `
MATCH (a:SurveyAnswer {surveyId: $surveyId, respondentId: $actorId})
RETURN a {.*} AS answer
ORDER BY a.position, a.id`;

export const ANSWER_BY_ID = `MATCH (a:SurveyAnswer {id: $id}) RETURN a {.*} AS answer`;

export const DELETE_DRAFTS = `
MATCH (a:SurveyAnswer {surveyId: $surveyId, respondentId: $actorId})
WHERE a.state = 'DRAFT'
DETACH DELETE a`;

export const CREATE_ANSWERS = `
UNWIND $answers AS row
CREATE (a:SurveyAnswer)
SET a = row`;

export const SEND_DRAFTS = `
MATCH (a:SurveyAnswer {surveyId: $surveyId, respondentId: $actorId})
WHERE a.state = 'DRAFT'
SET a.state = 'SENT', a.sentOn = $day`;

/** `$props`: properties to set; a null removes one. */
export const UPDATE_ANSWER = `
MATCH (a:SurveyAnswer {id: $id})
SET a += $props
RETURN a {.*} AS answer`;

/** The links answers made, each found by its round, its ends and its type; `$answers`: [{id, from, to, relType}]. */
export const LINKS_OF_ANSWERS = `
UNWIND $answers AS row
MATCH (a:Actor {id: row.from})-[r]->(b:Actor {id: row.to})
WHERE r.survey = $surveyId AND type(r) = row.relType
RETURN row.id AS answer, a.id AS from, b.id AS to, toLower(type(r)) AS type, properties(r) AS props`;

/** Sets whether each of a round's links is confirmed; `$links`: [{from, to, relType, unconfirmed}]. */
export const SET_SURVEY_LINK_CONFIRMATION = `
UNWIND $links AS row
MATCH (:Actor {id: row.from})-[r]->(:Actor {id: row.to})
WHERE r.survey = $surveyId AND type(r) = row.relType AND coalesce(r.unconfirmed, false) <> row.unconfirmed
SET r.unconfirmed = row.unconfirmed
RETURN count(r) AS changed`;

export const REMOVE_SURVEY_LINK = `
MATCH (:Actor {id: $from})-[r]->(:Actor {id: $to})
WHERE r.survey = $surveyId AND type(r) = $relType
WITH r, properties(r) AS props
DELETE r
RETURN props`;

/** Every actor's id and name: what a CSV's names and an added actor's name are matched against. */
export const ACTOR_NAMES = `MATCH (a:Actor) RETURN a.id AS id, a.name AS name`;

/** Respondents' contacts that mention a person being erased. */
export const CONTACTS_MENTIONING = `
MATCH (r:Respondent)
WHERE r.contact CONTAINS $name
RETURN elementId(r) AS ref, r.contact AS contact`;

/** `row.contact`: the contact without the person; null removes it. */
export const UPDATE_CONTACTS = `
UNWIND $rows AS row
MATCH (r:Respondent)
WHERE elementId(r) = row.ref
SET r.contact = row.contact`;

/** Survey rounds as a backup carries them: every property, token hashes and times included. */
export const EXPORT_SURVEYS = `MATCH (s:Survey) RETURN s {.*} AS survey ORDER BY s.id`;

export const EXPORT_RESPONDENTS = `MATCH (r:Respondent) RETURN r {.*} AS respondent ORDER BY r.surveyId, r.actorId`;

export const EXPORT_SURVEY_ANSWERS = `MATCH (a:SurveyAnswer) RETURN a {.*} AS answer ORDER BY a.id`;

/** Restores rounds as they were; the times, ISO text in the file, become date-times again (null stays absent). */
export const RESTORE_SURVEYS = `
UNWIND $surveys AS row
CREATE (s:Survey)
SET s = row, s.createdAt = datetime(row.createdAt), s.closedAt = datetime(row.closedAt)`;

export const RESTORE_RESPONDENTS = `
UNWIND $respondents AS row
CREATE (r:Respondent)
SET r = row, r.savedAt = datetime(row.savedAt), r.sentAt = datetime(row.sentAt)`;
