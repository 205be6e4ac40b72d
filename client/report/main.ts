/**
 * The report page: one region's network (or the whole network) as a document a board reads,
 * printed to PDF by the server (server/report) in Chromium. URL:
 * `/report.html?region=<id|all>&lang=nl|en&at=YYYY-MM-DD&since=YYYY-MM-DD` plus the scope as
 * state/scope.ts `reportQuery` writes it. When everything is drawn it sets `data-report` on
 * <html> to `ready`; when the API refuses (unknown region, a day that is not one) or a request
 * fails, to `failed`, with the sentence on the page.
 */
import { GraphQLClient } from '../api/graphql-client';
import { BROKERS, FORUMS, ISLANDS, MISSING_LINKS, REGION_SCORECARD, WHAT_IF, type RegionScorecard } from '../api/operations/analytics';
import { REPORT_ACTORS, REPORT_CHANGES, REPORT_REFERENCE, type ReportActor } from '../api/operations/report';
import { readToken } from '../api/token-store';
import { setLanguage, t, vocabulary, type Language } from '../i18n/i18n';
import { h } from '../panels/dom';
import { errorView } from '../panels/error-view';
import { describeScope } from '../panels/scope-statement';
import { scopeFromQuery, scopeInput, type AnalysisScope } from '../state/scope';
import { citations, nationalMedians, reportLinks } from './figures';
import { drawMap } from './map';
import { changes, cover, forumTable, island, keyFigures, mapLegend, methods, part, scorecard, sources, suggestion } from './sections';

/** What the URL asks for. */
interface ReportRequest {
  /** Null: the whole network. */
  readonly region: string | null;
  readonly language: Language;
  readonly scope: AnalysisScope;
  readonly since: string | null;
}

function readRequest(search: string): ReportRequest {
  const parameters = new URLSearchParams(search);
  const region = parameters.get('region');
  if (region === null || region === '') throw new Error('The parameter region is missing: give a region id, or "all" for the whole network.');
  const language = parameters.get('lang') ?? 'nl';
  if (language !== 'nl' && language !== 'en') throw new Error(`The parameter lang must be nl or en, got "${language}".`);
  return { region: region === 'all' ? null : region, language, scope: scopeFromQuery(parameters), since: parameters.get('since') };
}

/** Actors a request: the schema allows 500; with links, sources and quotes 100 stays inside the cost limit. */
const ACTOR_PAGE = 100;

async function loadActors(client: GraphQLClient, region: string | null, at: string | null): Promise<ReportActor[]> {
  const filter = { ...(region === null ? {} : { region }), ...(at === null ? {} : { at }) };
  const actors: ReportActor[] = [];
  for (let offset = 0; ; offset += ACTOR_PAGE) {
    const { actors: page } = await client.request(REPORT_ACTORS, { filter, offset, limit: ACTOR_PAGE });
    actors.push(...page.items);
    if (actors.length >= page.totalCount || page.items.length === 0) return actors;
  }
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Key figures are actors: forums are places, not people to call (they rank as nodes only when the scope counts them so). */
const KEY_FIGURES = 10;

async function buildReport(client: GraphQLClient, request: ReportRequest, root: HTMLElement): Promise<void> {
  const { region, scope } = request;
  const scopeArgument = scopeInput(scope);
  // The scorecard first: the API refuses an unknown region or a day that is not one here.
  const [{ regionScorecard: card }, reference] = await Promise.all([client.request(REGION_SCORECARD, { region, scope: scopeArgument }), client.request(REPORT_REFERENCE, {})]);
  const regionRecord = reference.regions.find((item) => item.id === region) ?? null;
  const regionName = regionRecord?.name ?? t('filters.wholeNetwork');
  const day = scope.at ?? today();
  const scopeWords = describeScope(scope, region === null ? null : regionName);
  document.title = `${t('report.title', { region: regionName })} – brugkaart`;

  if (card.actors === 0) {
    root.append(
      cover({ region: regionRecord, day, scopeWords, actors: 0, links: 0, sources: 0 }),
      part('empty', t('report.empty.title'), h('p', { text: t('report.empty.text', { region: regionName }) }), h('ul', {}, h('li', { text: t('report.empty.import') }), h('li', { text: t('report.empty.template') }), h('li', { text: t('report.empty.survey') }))),
    );
    return;
  }

  const forumTypes = new Set(reference.vocabulary.actorTypes.filter((type) => type.mode === 'FORUM').map((type) => type.id));
  const regionsWithActors = region === null ? [] : reference.regions.filter((item) => item.actorCount > 0);
  const [actors, brokers, forums, islands, missing, regionCards, comparison] = await Promise.all([
    loadActors(client, region, scope.at),
    client.request(BROKERS, { region, top: KEY_FIGURES * 2, by: 'BRIDGING', scope: scopeArgument }).then((answer) => answer.brokers.filter((broker) => !forumTypes.has(broker.actor.type)).slice(0, KEY_FIGURES)),
    client.request(FORUMS, { region, top: 20, scope: scopeArgument }).then((answer) => answer.forums.filter((forum) => forum.szEzPairs > 0)),
    client.request(ISLANDS, { region, scope: scopeArgument }).then((answer) => answer.islands.islands),
    client.request(MISSING_LINKS, { region, top: 5, scope: scopeArgument }).then((answer) => answer.missingLinks),
    // One scorecard per region with actors, one after another: the server's two cores also run the rest.
    regionsWithActors.reduce<Promise<RegionScorecard[]>>(
      (previous, item) => previous.then(async (cards) => [...cards, (await client.request(REGION_SCORECARD, { region: item.id, scope: scopeArgument })).regionScorecard]),
      Promise.resolve([]),
    ),
    request.since === null ? Promise.resolve(null) : client.request(REPORT_CHANGES, { from: request.since, to: day, region, scope: scopeArgument }).then((answer) => answer.compare),
  ]);
  const effects = await Promise.all(missing.map((link) => client.request(WHAT_IF, { addLinks: [{ from: link.from.id, to: link.to.id }], scope: scopeArgument }).then((answer) => answer.whatIf)));

  const links = reportLinks(actors, scope);
  const cited = citations(links);
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const actorTypes = [...new Set(actors.map((actor) => actor.type))].sort((a, b) => vocabulary('type', a).localeCompare(vocabulary('type', b), 'nl'));
  const map = drawMap({
    actors,
    links,
    suggestions: missing.map((link) => ({ from: link.from.id, to: link.to.id, score: link.score })),
    forumTypes,
    title: t('report.map.alt', { region: regionName, actors: actors.length }),
  });

  root.append(
    cover({ region: regionRecord, day, scopeWords, actors: card.actors, links: card.links, sources: cited.sources.length + cited.other.length }),
    part('map', t('report.map.title'), h('figure', { class: 'report-figure' }, map, h('figcaption', {}, mapLegend(actorTypes, actors.some((actor) => forumTypes.has(actor.type)), missing.length > 0)))),
    part('scorecard', t('report.scorecard.title'), scorecard(card, region === null ? null : nationalMedians(regionCards), regionCards.filter((item) => item.actors > 0).length)),
  );
  if (brokers.length > 0 || forums.length > 0) {
    root.append(
      part(
        'key-figures',
        t('report.keyFigures.title'),
        brokers.length === 0 ? null : keyFigures(brokers, actorsById, links, scope),
        forums.length === 0 ? null : [h('h3', { text: t('report.forums.title') }), forumTable(forums)],
      ),
    );
  }
  if (islands.length > 0) root.append(part('islands', t('report.islands.title'), h('p', { text: t('report.islands.intro', { count: islands.length }) }), islands.map(island)));
  if (missing.length > 0) root.append(part('suggestions', t('report.suggestions.title'), h('p', { text: t('report.suggestions.intro') }), missing.map((link, index) => suggestion(link, effects[index] ?? null, index))));
  if (comparison !== null) root.append(part('changes', t('report.changes.title', { since: comparison.from, to: comparison.to }), changes(comparison)));
  if (cited.sources.length + cited.other.length > 0) root.append(part('sources', t('report.sources.title'), sources(cited)));
  root.append(part('methods', t('report.methods.title'), h('p', { text: t('report.methods.intro') }), methods()));
}

async function main(): Promise<void> {
  const root = document.getElementById('report');
  if (root === null) return;
  const html = document.documentElement;
  try {
    const request = readRequest(window.location.search);
    setLanguage(request.language);
    html.lang = request.language;
    await buildReport(new GraphQLClient('/graphql', (input, init) => fetch(input, init), readToken), request, root);
    html.dataset['report'] = 'ready';
  } catch (error) {
    root.replaceChildren(h('h1', { text: t('report.failed') }), errorView(error));
    html.dataset['report'] = 'failed';
  } finally {
    root.setAttribute('aria-busy', 'false');
  }
}

void main();
