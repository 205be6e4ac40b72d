/**
 * Composition root of the explorer: API client → data → graph → renderer → panels.
 *
 * Start-up: reference data and the network load together; the graph is built (with the
 * positions of an earlier layout when this browser kept them) and drawn at once; the
 * measures follow and size the nodes; the ForceAtlas2 worker then lays the network out
 * unless kept positions make that unnecessary. A test build (VITE_BRUGKAART_TEST_HOOK=true,
 * as the e2e helper starts it) exposes a read-only test hook as `window.__brugkaart`; a
 * production build leaves the hook's module out altogether.
 *
 * Who is calling comes first: the kept token's role decides what the panels offer, and a
 * server that lets nobody read without a token gets a sign-in form instead of the map.
 */
import { ApiError, GraphQLClient, isAborted } from './api/graphql-client';
import { loadNetwork } from './api/load-network';
import { ACTOR_MEASURES } from './api/operations/analytics';
import { REFERENCE_DATA } from './api/operations/network';
import { ME } from './api/operations/session';
import { readToken, writeToken } from './api/token-store';
import { setLanguage, t, type Language } from './i18n/i18n';
import { createChrome } from './panels/chrome';
import { tokenForm } from './panels/sign-in';
import { createRegionMap } from './render/region-map';
import { createRenderer } from './render/renderer';
import { canRead, type Session } from './state/session';
import { INITIAL_STATE, updateData, updateView, type AppState } from './state/app-state';
import { applyMeasures, buildNetworkGraph, readPositions, syncNetworkGraph, type NetworkGraph, type Point } from './state/network-graph';
import { scopeInput } from './state/scope';
import { createStore, watch, type Store } from './state/store';
import { withHover, withLanguage, withRegion, withRegionHover, withSelection } from './state/view-state';
import { errorSummary } from './panels/error-view';
import { createRegionTooltip } from './panels/region-tooltip';
import type { AppContext } from './panels/app-context';
import type { TestHookControl } from './test-hook';

const POSITIONS_KEY = 'brugkaart.positions.v1';
/**
 * Performance marks around the first picture: the network's data is in the page, and the
 * frame after sigma's first render. The first-frame bench (test/bench/explorer.ts) reads them.
 */
const DATA_MARK = 'brugkaart:data';
const FIRST_FRAME_MARK = 'brugkaart:first-frame';
const LANGUAGE_KEY = 'brugkaart.language';

/** What start-up reports to when no test hook is built in. */
const NO_TEST_HOOK: TestHookControl = { ready: () => undefined, fail: () => undefined };

/** The e2e test hook in a test build; a constant condition, so production builds drop the import. */
async function testHook(): Promise<TestHookControl> {
  if (import.meta.env.VITE_BRUGKAART_TEST_HOOK !== 'true') return NO_TEST_HOOK;
  const { installTestHook } = await import('./test-hook');
  return installTestHook();
}

function readStoredPositions(): Map<string, Point> {
  try {
    const raw = localStorage.getItem(POSITIONS_KEY);
    if (raw === null) return new Map();
    const parsed = JSON.parse(raw) as Record<string, [number, number]>;
    return new Map(Object.entries(parsed).map(([id, [x, y]]) => [id, { x, y }]));
  } catch {
    return new Map();
  }
}

function storePositions(graph: NetworkGraph): void {
  const entries = [...readPositions(graph)].map(([id, point]) => [id, [Math.round(point.x * 100) / 100, Math.round(point.y * 100) / 100]]);
  try {
    localStorage.setItem(POSITIONS_KEY, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // Storage full or off: the layout simply runs again next time.
  }
}

function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

const element = (id: string): HTMLElement => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html lacks #${id}`);
  return found;
};

function showStageMessage(text: string | null, retry?: () => void): void {
  const message = element('stage-message');
  message.hidden = text === null;
  message.replaceChildren();
  if (text === null) return;
  message.append(Object.assign(document.createElement('p'), { textContent: text }));
  if (retry !== undefined) {
    const again = Object.assign(document.createElement('button'), { type: 'button', className: 'button primary', textContent: t('common.retry') });
    again.addEventListener('click', retry);
    message.append(again);
  }
}

/** The measures for the current scope; a newer call (a scope changed again) supersedes an older one. */
async function loadMeasures(client: GraphQLClient, graph: NetworkGraph, store: Store<AppState>): Promise<void> {
  try {
    const { actorMeasures } = await client.request(ACTOR_MEASURES, { scope: scopeInput(store.get().view.scope) }, { key: 'actor-measures' });
    const measures = new Map(actorMeasures.map((row) => [row.actor.id, row]));
    applyMeasures(graph, measures);
    store.set(updateData({ measures, measuresReady: true }));
  } catch (error) {
    if (isAborted(error)) return;
    store.set(updateData({ measuresReady: false }));
    console.warn('brugkaart: the measures could not be loaded', error);
  }
}

async function start(): Promise<void> {
  const store = createStore<AppState>({ ...INITIAL_STATE, view: withLanguage(INITIAL_STATE.view, storedLanguage()) });
  // First subscriber: the words switch before any panel re-renders.
  setLanguage(store.get().view.language);
  document.documentElement.lang = store.get().view.language;
  watch(store, (state) => state.view.language, (language) => {
    setLanguage(language);
    document.documentElement.lang = language;
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // not kept; Dutch next time
    }
  });

  const client = new GraphQLClient('/graphql', undefined, readToken);
  showStageMessage(t('common.loadingNetwork'));
  const hook = await testHook();

  const fail = (error: unknown): void => {
    store.set(updateData({ status: 'error', error: errorSummary(error) }));
    showStageMessage(`${t('common.loadFailed')} ${errorSummary(error)}`, () => window.location.reload());
    hook.fail(error);
  };

  /** The server's word on a token (or on none). */
  const whoIs = async (token: string | null): Promise<Session> => {
    writeToken(token);
    try {
      const { me } = await client.request(ME, {});
      // The server answers `me` for any caller; a token it does not know comes back without a role.
      if (token !== null && me.role === null) throw new ApiError('UNAUTHENTICATED', t('error.UNAUTHENTICATED'));
      return me;
    } catch (error) {
      writeToken(null);
      throw error;
    }
  };
  /** The kept token's session; a token the server no longer knows (revoked) is forgotten. */
  const keptSession = async (): Promise<Session> => {
    const token = readToken();
    if (token === null) return whoIs(null);
    return whoIs(token).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return whoIs(null);
      throw error;
    });
  };
  const signIn = (token: string): Promise<Session> => whoIs(token);

  try {
    const session = await keptSession();
    store.set(updateData({ session }));
    if (!canRead(session)) {
      showStageMessage(t('session.needed'));
      element('stage-message').append(tokenForm(async (token) => {
        await signIn(token);
        window.location.reload();
      }));
      return;
    }
  } catch (error) {
    fail(error);
    return;
  }

  let reference;
  let network;
  try {
    [reference, network] = await Promise.all([client.request(REFERENCE_DATA, {}), loadNetwork(client)]);
  } catch (error) {
    fail(error);
    return;
  }
  performance.mark(DATA_MARK);
  const kept = readStoredPositions();
  const graph = buildNetworkGraph(network.actors, network.links, kept);
  const known = network.actors.filter((actor) => kept.has(actor.id)).length;
  store.set(updateData({ reference, status: 'ready', networkVersion: 1 }));
  showStageMessage(null);

  const renderer = createRenderer(element('graph'), graph, store, {
    clickNode: (id) => {
      if (chrome.graphClick(id)) return;
      context.selectActor(id, { focus: false });
    },
    clickStage: () => {
      if (store.get().view.selection !== null) store.set(updateView((view) => withSelection(view, null)));
    },
    hoverNode: (id) => store.set(updateView((view) => withHover(view, id))),
  });
  // Sigma drew while it was created; that picture is on screen by the next animation frame.
  requestAnimationFrame(() => performance.mark(FIRST_FRAME_MARK));

  const regionMap = createRegionMap(element('region-graph'), graph, store, {
    clickRegion: (id) => {
      store.set(updateView((view) => withRegion(view, id)));
      renderer.fitActors([]);
    },
    hoverRegion: (id) => store.set(updateView((view) => withRegionHover(view, id))),
  });

  let toastTimer = 0;
  const context: AppContext = {
    store,
    client,
    graph,
    renderer,
    regionMap,
    selectActor(id, options = {}) {
      store.set(updateView((view) => withSelection(view, id)));
      if (id !== null && options.focus !== false) renderer.focusActor(id);
    },
    async reloadNetwork() {
      const fresh = await loadNetwork(client);
      syncNetworkGraph(graph, fresh.actors, fresh.links, readPositions(graph));
      store.set((state) => updateData({ networkVersion: state.data.networkVersion + 1 })(state));
      await loadMeasures(client, graph, store);
      storePositions(graph);
    },
    async signIn(token) {
      const session = await signIn(token);
      store.set(updateData({ session }));
      context.announce(t('session.welcome', { name: session.name ?? '' }));
    },
    signOut() {
      writeToken(null);
      store.set(updateData({ session: { role: null, name: null, anonymousRead: store.get().data.session.anonymousRead } }));
      context.announce(t('session.signedOut'));
    },
    announce(message) {
      const toast = element('toast');
      toast.textContent = message;
      toast.classList.add('shown');
      window.clearTimeout(toastTimer);
      toastTimer = window.setTimeout(() => toast.classList.remove('shown'), 4000);
    },
  };

  const chrome = createChrome(context, {
    tabs: element('mode-tabs'),
    tools: element('header-tools'),
    rail: element('rail'),
    stageTop: element('stage-top'),
    stageBottom: element('stage-bottom'),
    timeline: element('timeline'),
    side: element('side'),
    skipLink: element('skip-link'),
    stage: element('stage'),
  });
  createRegionTooltip(context, element('stage'));

  // Node sizes and the actor panel's figures follow the scope, as every figure does.
  watch(store, (state) => state.view.scope, () => {
    store.set(updateData({ measuresReady: false }));
    void loadMeasures(client, graph, store).then(() => renderer.refresh());
  });

  renderer.layout.onChange((status) => {
    if (!status.running && status.finished !== 'never') storePositions(graph);
  });

  await loadMeasures(client, graph, store);
  renderer.refresh();
  if (known < network.actors.length * 0.95) renderer.layout.start();
  hook.ready({ store, renderer, regionMap });
}

void start();
