// The finder's result section: loading and failure here, in the first screen; once the data (and the later
// part with it) has arrived, the list itself (./finder-list.ts). Reads a narrow ResultsHost, not the element.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { busyButton } from '../internal/busy-button.js';
import type { LoadState } from '../internal/connection.js';
import { failureText } from '../internal/failures.js';
import type { FinderResult } from './finder-search.js';
import type { resultList } from './finder-list.js';
import type { FinderCatalogue } from './messages/index.js';
import type { PlaceController } from './place-controller.js';

export interface ResultsHost {
  readonly i18n: LocaleController;
  readonly words: FinderCatalogue;
  readonly place: PlaceController['place'];
  readonly status: 'loading' | 'ready' | 'error';
  readonly loadState: LoadState<unknown>;
  /** Cards rendered so far, and how many more each "show more" press adds. */
  readonly visibleCount: number;
  readonly pageSize: number;
  readonly showTucked: boolean;
  readonly now: Date;
  shownOffices(results: readonly FinderResult[]): FinderResult[];
  wardName(wardId: string): string;
  languageName(tag: string): string;
  retry(): void;
  showMore(): void;
  revealTucked(): void;
  /** The list of loaded results, from the later part; absent until it has arrived. */
  readonly list: typeof resultList | undefined;
}

export function resultsSection(host: ResultsHost, results: readonly FinderResult[]): TemplateResult {
  const r = host.words.results;
  let body: TemplateResult;
  if (host.status === 'error') {
    const state = host.loadState;
    const failure = state.status === 'failed' ? state.failure : undefined;
    body = html`<div class="notice" role="alert">
      <p>${r.error}</p>
      ${failure && failure.kind !== 'offline' ? html`<p>${failureText(host.i18n, failure)}</p>` : nothing}
      ${busyButton(host.i18n, { id: 'retry', type: 'button', label: r.retry, busy: false, onClick: () => host.retry() })}
    </div>`;
  } else if (host.status === 'loading' || !host.list)
    body = html`<p class="loading" aria-busy="true">${r.loading}</p>`;
  else body = host.list(host, results);
  return html`<section class="results-section" aria-labelledby="results-heading">
    <h2 id="results-heading">${r.heading}</h2>
    ${body}
  </section>`;
}
