// The list: ward and type filters, then one card per activity with its seats left.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { dataLang, textLang } from './data-text.js';
import type { Activity } from '@tsunagu/schema';
import { busyButton } from '../internal/busy-button.js';
import { selectField } from '../internal/select-field.js';
import { activityTitle, activityWhen, seatsText, wardName } from './activity-text.js';
import type { SignupViewHost } from './view-host.js';

function filters(host: SignupViewHost): TemplateResult {
  const m = host.m;
  const offered = host.offeredTypes;
  const typeChoices = offered.length ? offered : (Object.keys(m.types) as (keyof typeof m.types)[]);
  const showWards = host.wards.length > 0;
  const showTypes = typeChoices.length > 1;
  if (!showWards && !showTypes) return html``;
  // A search landmark, not a <form>: each change filters at once, there is nothing to submit.
  return html`<div class="filters" part="filters" role="search" aria-labelledby="filters-legend">
    <h3 id="filters-legend" class="filters-legend">${m.filters.legend}</h3>
    <div class="filter-fields">
      ${
        showWards
          ? selectField(host.i18n, {
              id: 'ward',
              label: m.filters.ward,
              value: host.wardFilter,
              placeholder: m.filters.allWards,
              disabled: host.effectivelyDisabled,
              options: host.wards.map((w) => ({ value: w.id, label: wardName(w.id, host.wards, host.i18n) })),
              onChange: (value) => host.setFilter('ward', value),
            })
          : nothing
      }
      ${
        showTypes
          ? selectField(host.i18n, {
              id: 'type',
              label: m.filters.type,
              value: host.typeFilter,
              placeholder: m.filters.allTypes,
              disabled: host.effectivelyDisabled,
              options: typeChoices.map((type) => ({ value: type, label: m.types[type] })),
              onChange: (value) => host.setFilter('type', value),
            })
          : nothing
      }
    </div>
  </div>`;
}

function card(host: SignupViewHost, activity: Activity): TemplateResult {
  const m = host.m;
  const i18n = host.i18n;
  const titleId = `title-${activity.id}`;
  const full = activity.seats_left <= 0;
  return html`<li class="card" part="card">
    <h3
      id=${titleId}
      class="card-title"
      part="card-title"
      lang=${textLang(i18n, activityTitle(activity, i18n))}
    >
      ${activityTitle(activity, i18n)}
    </h3>
    <p class="card-meta">
      <span class="tag">${m.types[activity.type]}</span>
      ${host.wards.length ? html`<span>${wardName(activity.ward_id, host.wards, i18n)}</span>` : nothing}
      ${activity.sample ? html`<span class="tag sample">${m.list.sample}</span>` : nothing}
    </p>
    <p class="card-line">${activityWhen(activity, i18n, m)}</p>
    ${
      activity.place
        ? html`<p class="card-line" lang=${dataLang(i18n)}>${activity.place.name}</p>`
        : html`<p class="card-line">${m.details.online}</p>`
    }
    <p class=${full ? 'seats full' : 'seats'} part="seats">${seatsText(activity, m)}</p>
    <button
      type="button"
      class="button secondary"
      part="button"
      data-activity=${activity.id}
      aria-describedby=${titleId}
      ?disabled=${host.effectivelyDisabled}
      @click=${() => host.choose(activity)}
    >
      ${m.list.chooseLabel}
    </button>
  </li>`;
}

function body(host: SignupViewHost): TemplateResult {
  const m = host.m;
  if (host.listStatus === 'loading') {
    return html`<p class="loading" aria-busy="true">${m.list.loading}</p>`;
  }
  if (host.listStatus === 'error') {
    return html`<div class="notice error-notice" part="notice">
      <p>${m.list.loadError}</p>
      ${busyButton(host.i18n, {
        type: 'button',
        variant: 'secondary',
        label: host.i18n.m.common.retry,
        busy: false,
        onClick: () => void host.loadActivities(),
      })}
    </div>`;
  }
  if (!host.activities.length) {
    return html`<p class="notice" part="notice">${m.list.empty}</p>`;
  }
  return html`<ul class="cards" part="list">
      ${host.activities.map((activity) => card(host, activity))}
    </ul>
    ${
      host.nextCursor
        ? busyButton(host.i18n, {
            id: 'more',
            type: 'button',
            variant: 'secondary',
            label: m.list.more,
            busy: host.listStatus === 'more',
            onClick: () => void host.loadActivities(true),
          })
        : nothing
    }`;
}

/** The list view: heading, intro, filters and the activities (loading, error, empty or cards). */
export function renderListView(host: SignupViewHost): TemplateResult {
  const m = host.m;
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" class="view-heading" tabindex="-1">${m.title}</h2>
    <p class="intro">${m.intro}</p>
    ${filters(host)}
    <div class="results">${body(host)}</div>
  </section>`;
}
