// The finder's loaded results: the count, the cards in pages, other wards behind a press, the programs
// every card shares, and the 24-hour lines. In the later part (./finder-load.ts) with the search, since
// the first screen shows none of it (./finder-results.ts renders the loading and failed states).
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { busyButton } from '../internal/busy-button.js';
import { isTucked, sharedPrograms, type FinderResult } from './finder-search.js';
import type { ResultsHost } from './finder-results.js';
import { resultCard, type CardContext } from './result-card.js';
import { supportWords } from '../i18n/support-words.js';

export function resultList(host: ResultsHost, results: readonly FinderResult[]): TemplateResult {
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
  if (results.length === 0) return html`<p class="notice empty">${r.empty}</p>`;
  const place = host.place;
  return html`<p class="count">
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
                const programs = supportWords(host.i18n).programs;
                const program = programs[code as keyof typeof programs];
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
