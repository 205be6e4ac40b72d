/**
 * Export: the current view as a PNG (sigma draws on several WebGL and 2D canvases; the
 * renderer composes them into one) with the scope in words at its foot; the analysis report
 * for the current scope (`analysis(scope)`, what `npm run analyze` prints for it); and the
 * network as the contract's JSON, the CSV pair, or GEXF for Gephi, from the server's /export/*
 * downloads, with the actors and links the scope counts (state/scope.ts `downloadQuery`). The links are fetched with
 * the caller's token (api/download.ts), so they work where anonymous reading is off; their
 * href stays for "open in new tab" where it is on.
 */
import { fetchDownload, saveBlob } from '../api/download';
import { ANALYSIS } from '../api/operations/analytics';
import { readToken } from '../api/token-store';
import { t, vocabulary } from '../i18n/i18n';
import { updateView, type AppState } from '../state/app-state';
import { downloadQuery, scopeInput } from '../state/scope';
import { withSelection } from '../state/view-state';
import type { AppContext, SidePanel } from './app-context';
import { button, h } from './dom';
import { errorSummary } from './error-view';
import { definePanel } from './panel-definition';
import { panelHeader } from './panel-frame';
import { currentScopeWords, scopeLine } from './scope-statement';

const DOWNLOADS = [
  { file: 'network.json', label: 'export.json', hint: 'export.jsonHint' },
  { file: 'actors.csv', label: 'export.actorsCsv', hint: 'export.csvHint' },
  { file: 'links.csv', label: 'export.linksCsv', hint: 'export.csvHint' },
  { file: 'network.gexf', label: 'export.gexf', hint: 'export.gexfHint' },
] as const;

export function createExportPanel(context: AppContext): SidePanel {

  const caption = (): string[] => {
    const state = context.store.get();
    const { view, data } = state;
    const region = data.reference.regions.find((item) => item.id === view.filters.region)?.name ?? t('filters.wholeNetwork');
    const date = new Date().toISOString().slice(0, 10);
    return [currentScopeWords(state), `brugkaart · ${vocabulary('modeName', view.mode)} · ${region} · ${date}`];
  };

  const downloadPng = (): void => {
    const canvas = context.renderer.composeImage(caption());
    canvas.toBlob((blob) => {
      if (blob === null) return;
      saveBlob(blob, `brugkaart-${context.store.get().view.mode}.png`);
      context.announce(t('export.pngDone'));
    }, 'image/png');
  };

  const download = (event: MouseEvent, file: string): void => {
    event.preventDefault();
    fetchDownload(`/export/${file}${downloadQuery(context.store.get().view.scope)}`, readToken()).then(
      (blob) => saveBlob(blob, `brugkaart-${file}`),
      (error: unknown) => context.announce(`${t('export.downloadFailed')} ${errorSummary(error)}`),
    );
  };

  const downloadAnalysis = (): void => {
    context.client.request(ANALYSIS, { scope: scopeInput(context.store.get().view.scope) }, { key: 'analysis-export' }).then(
      ({ analysis }) => {
        saveBlob(new Blob([`${JSON.stringify(analysis, null, 2)}\n`], { type: 'application/json' }), 'brugkaart-analysis.json');
        context.announce(t('export.analysisDone'));
      },
      (error: unknown) => context.announce(`${t('export.downloadFailed')} ${errorSummary(error)}`),
    );
  };

  const render = (state: AppState): Node[] => {
    const back = { text: t('common.close'), onClick: () => context.store.set(updateView((view) => withSelection({ ...view, side: 'mode' }, view.selection))) };
    return [
      panelHeader(t('export.title'), t('export.intro'), back),
      h(
        'div',
        { class: 'panel-body' },
        scopeLine(state),
        h('h3', { class: 'section-title', text: t('export.imageTitle') }),
        h('p', { class: 'explain', text: t('export.imageHint') }),
        button(t('export.png'), downloadPng, { class: 'button primary', testId: 'export-png' }),
        h('h3', { class: 'section-title', text: t('export.analysisTitle') }),
        h('p', { class: 'explain', text: t('export.analysisHint') }),
        button(t('export.analysis'), downloadAnalysis, { class: 'button', testId: 'export-analysis' }),
        h('h3', { class: 'section-title', text: t('export.dataTitle') }),
        h(
          'ul',
          { class: 'download-list' },
          DOWNLOADS.map((item) =>
            h(
              'li',
              {},
              h('a', {
                class: 'download',
                text: t(item.label),
                attrs: { href: `/export/${item.file}${downloadQuery(state.view.scope)}`, download: `brugkaart-${item.file}`, 'data-testid': `export-${item.file}` },
                on: { click: (event) => download(event, item.file) },
              }),
              h('span', { class: 'field-hint', text: t(item.hint) }),
            ),
          ),
        ),
      ),
    ];
  };

  return definePanel<Record<never, never>>(context.store, { testId: 'export-panel', sources: {}, shows: (state) => [state.view.scope], render });
}
