// The finder's result list: loading, failure, empty, the cards in pages, other wards behind a press, and
// the 24-hour lines. Reads a narrow ResultsHost, not the element.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { busyButton } from '../internal/busy-button.js';
import type { LoadState } from '../internal/connection.js';
import { failureText } from '../internal/failures.js';
import { isTucked, sharedPrograms, type FinderResult } from './finder-search.js';
import type { FinderCatalogue } from './messages/index.js';
import type { PlaceController } from './place-controller.js';
import { resultCard, type CardContext } from './result-card.js';

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
}

export function resultsSection(host: ResultsHost, results: readonly FinderResult[]): TemplateResult {
  const r = host.words.results;
  const wardId = host.place.wardId;
  const all = results.filter((result) => result.group !== 'line');
  const lines = results.filter((result) => result.group === 'line');
  const tucked = all.filter((result) => isTucked(result, wardId));
  const offices = host.shownOffices(results);
  const shared = sharedPrograms(all);
  const ctx: CardContext = {
    i18n: host.i18n,
    sharedPrograms: shared,
    locale: host.i18n.locale,
    m: host.words,
    now: host.now,
    wardName: (id) => host.wardName(id),
    languageName: (tag) => host.languageName(tag),
  };
  let body: TemplateResult;
  if (host.status === 'loading') body = html`<p class="loading" aria-busy="true">${r.loading}</p>`;
  else if (host.status === 'error') {
    const state = host.loadState;
    const failure = state.status === 'failed' ? state.failure : undefined;
    body = html`<div class="notice" role="alert">
      <p>${r.error}</p>
      ${failure && failure.kind !== 'offline' ? html`<p>${failureText(host.i18n, failure)}</p>` : nothing}
      ${busyButton(host.i18n, { id: 'retry', type: 'button', label: r.retry, busy: false, onClick: () => host.retry() })}
    </div>`;
  } else if (results.length === 0) body = html`<p class="notice empty">${r.empty}</p>`;
  else {
    const place = host.place;
    body = html`<p class="count">
        ${r.count(results.length)}
        ${place.wardId ? host.words.place.current(host.wardName(place.wardId)) : nothing}
      </p>
      ${
        offices.length
          ? html`<ol class="results">
              ${offices
                .slice(0, host.visibleCount)
                .map((result) => html`<li>${resultCard(ctx, result, `result-${result.window.id}`)}</li>`)}
            </ol>`
          : nothing
      }
      ${
        shared.length
          ? html`<details class="programs-once" part="programs">
              <summary>${r.programsOnce}</summary>
              <ul>
                ${shared.map((code) => {
                  const program = host.i18n.m.programs[code as keyof typeof host.i18n.m.programs];
                  return html`<li><strong>${program.label}</strong> — ${program.hint}</li>`;
                })}
              </ul>
            </details>`
          : nothing
      }
      ${
        offices.length > host.visibleCount
          ? busyButton(host.i18n, {
              id: 'show-more',
              type: 'button',
              variant: 'secondary',
              busy: false,
              label: r.showMore(
                Math.min(host.pageSize, offices.length - host.visibleCount),
                offices.length - host.visibleCount,
              ),
              onClick: () => host.showMore(),
            })
          : nothing
      }
      ${
        tucked.length && !host.showTucked
          ? html`<p class="tucked">
              ${wardId ? html`<span class="hint">${r.otherWardsNote}</span>` : nothing}
              ${busyButton(host.i18n, {
                id: 'show-tucked',
                type: 'button',
                variant: 'secondary',
                busy: false,
                label: wardId ? r.showOtherWards(tucked.length) : r.showAllWards(tucked.length),
                onClick: () => {
                  host.revealTucked();
                },
              })}
            </p>`
          : nothing
      }
      ${
        lines.length
          ? html`<h3 class="lines-heading">${r.phoneLines}</h3>
              <ul class="results">
                ${lines.map((result) => html`<li>${resultCard(ctx, result, `result-${result.window.id}`)}</li>`)}
              </ul>`
          : nothing
      }`;
  }
  return html`<section class="results-section" aria-labelledby="results-heading">
    <h2 id="results-heading">${r.heading}</h2>
    ${body}
  </section>`;
}
