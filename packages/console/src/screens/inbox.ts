// The inbox of the person's wards: urgent, child-abuse and suicide-risk reports first, then the oldest;
// how long each has waited; filters by status, ward and path with counts; pages that keep their place
// (filters and the cursor live in the URL query: codes only, never content).
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { busyButton, liveRegions, selectField } from '@tsunagu/elements';
import type { ReportInbox, ReportStatus, ReportSummary } from '@tsunagu/schema';
import { ConsoleElement, type Problem } from '../base.js';
import { BASE, navigate, reportPath, takeNotice } from '../router.js';
import { supportWords } from '@tsunagu/elements';

const STATUSES: readonly ReportStatus[] = ['received', 'acknowledged', 'connected', 'closed'];
const PATHS = ['about_someone', 'self', 'school'] as const;
type InboxPath = (typeof PATHS)[number];

/** What the URL asks for, checked against the known codes (anything else is ignored). */
function filtersOf(query: URLSearchParams) {
  const status = query.get('status');
  return {
    status: STATUSES.includes(status as ReportStatus) ? (status as ReportStatus) : '',
    ward: /^[a-z][a-z0-9_-]{0,31}$/.test(query.get('ward') ?? '') ? query.get('ward')! : '',
    path: query.getAll('path').filter((p): p is InboxPath => (PATHS as readonly string[]).includes(p)),
    cursor: (query.get('cursor') ?? '').slice(0, 200),
  };
}

@customElement('console-inbox')
export class ConsoleInbox extends ConsoleElement {
  @property({ attribute: false }) query = new URLSearchParams();
  @state() private page: ReportInbox | null = null;
  @state() private loading = false;
  @state() private problem: Problem = null;
  @state() private notice: string | null = null;
  // the filter form's values before "show" is pressed
  @state() private draft = filtersOf(new URLSearchParams());

  override connectedCallback(): void {
    super.connectedCallback();
    this.notice = takeNotice();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query')) {
      this.draft = filtersOf(this.query);
      void this.load();
    }
  }

  private get wardChoices(): readonly string[] {
    const staff = this.session?.staff;
    if (!staff) return [];
    return staff.role === 'city_admin' ? this.wards.map((w) => w.id) : staff.wards;
  }

  private async load(): Promise<void> {
    const f = filtersOf(this.query);
    this.loading = true;
    this.problem = null;
    try {
      this.page = await this.api.get<ReportInbox>('/v1/admin/reports', {
        status: f.status,
        ward: f.ward,
        path: f.path,
        cursor: f.cursor,
        limit: 20,
      });
      void this.announcer.announce(this.t.inbox.results(this.page.data.length, this.shownTotal()));
    } catch (error) {
      this.problem = this.problemOf(error);
    } finally {
      this.loading = false;
    }
  }

  /** How many reports match the filters (the counts are by status for the ward and path filters). */
  private shownTotal(): number {
    if (!this.page) return 0;
    const status = filtersOf(this.query).status;
    return status ? (this.page.counts.by_status[status] ?? 0) : this.page.counts.total;
  }

  private hrefFor(filters: ReturnType<typeof filtersOf>, cursor = ''): string {
    const q = new URLSearchParams();
    if (filters.status) q.set('status', filters.status);
    if (filters.ward) q.set('ward', filters.ward);
    for (const p of filters.path) q.append('path', p);
    if (cursor) q.set('cursor', cursor);
    const text = q.toString();
    return text ? `${BASE}?${text}` : BASE;
  }

  private apply(event: Event): void {
    event.preventDefault();
    this.notice = null;
    navigate(this.hrefFor(this.draft));
  }

  private togglePath(path: InboxPath, on: boolean): void {
    const next = this.draft.path.filter((p) => p !== path);
    if (on) next.push(path);
    this.draft = { ...this.draft, path: PATHS.filter((p) => next.includes(p)) };
  }

  private renderFilters(): TemplateResult {
    const t = this.t.inbox;
    const counts = this.page?.counts;
    const statusOptions = STATUSES.map((s) => ({
      value: s,
      label: counts ? t.statusCount(this.t.status[s], counts.by_status[s] ?? 0) : this.t.status[s],
    }));
    const wards = this.wardChoices;
    return html`<form class="panel" novalidate @submit=${this.apply} aria-labelledby="filters-heading">
      <h2 class="u-mt0" id="filters-heading">${t.filters}</h2>
      <div class="field-row">
        ${selectField(this.i18n, {
          id: 'filter-status',
          label: t.status,
          value: this.draft.status,
          placeholder: counts ? t.allStatuses(counts.total) : t.allStatuses(0).replace(/[（(].*$/, ''),
          options: statusOptions,
          onChange: (v) => (this.draft = { ...this.draft, status: v }),
        })}
        ${
          wards.length > 1
            ? selectField(this.i18n, {
                id: 'filter-ward',
                label: t.ward,
                value: this.draft.ward,
                placeholder: t.allWards,
                options: wards.map((id) => ({ value: id, label: this.wardName(id) })),
                onChange: (v) => (this.draft = { ...this.draft, ward: v }),
              })
            : nothing
        }
      </div>
      <fieldset class="field">
        <legend class="legend">${t.path}</legend>
        <div class="choices">
          ${PATHS.map(
            (p) =>
              html`<div class="choice">
                <input
                  type="checkbox"
                  id=${`filter-path-${p}`}
                  name="path"
                  value=${p}
                  .checked=${this.draft.path.includes(p)}
                  @change=${(e: Event) => this.togglePath(p, (e.target as HTMLInputElement).checked)}
                />
                <label for=${`filter-path-${p}`}>${this.t.path[p]}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      ${busyButton(this.i18n, { id: 'apply-filters', label: t.apply, busy: this.loading })}
    </form>`;
  }

  private flags(r: ReportSummary): TemplateResult[] {
    const f = this.t.flags;
    const out: TemplateResult[] = [];
    if (r.urgent) out.push(html`<li class="tag alert">${f.urgent}</li>`);
    if (r.child_abuse_suspected) out.push(html`<li class="tag alert">${f.childAbuse}</li>`);
    if (r.suicide_risk) out.push(html`<li class="tag alert">${f.suicide}</li>`);
    return out;
  }

  private pathLabel(r: ReportSummary): string {
    return r.context === 'school' ? this.t.path.school : this.t.path[r.path];
  }

  private renderRow(r: ReportSummary): TemplateResult {
    const t = this.t;
    const priority = r.urgent || r.child_abuse_suspected || r.suicide_risk;
    const consent = this.r.consent.options[r.consent]?.label ?? r.consent;
    const topics = [
      ...r.signs.map((s) => this.r.signs.items[s]?.label ?? s),
      ...r.concerns.map((c) => supportWords(this.i18n).concerns[c] ?? c),
    ];
    const sep = this.locale === 'en' ? ', ' : '、';
    return html`<li class=${priority ? 'priority' : ''}>
      <p class="card-title">
        <a href=${reportPath(r.reference)}>${r.reference}</a>
      </p>
      <ul class="tags">
        ${this.flags(r)}
        <li class="tag status">${t.status[r.status]}</li>
        <li class="tag">${this.wardName(r.ward_id)}</li>
        <li class="tag">${this.pathLabel(r)}</li>
      </ul>
      <p class="u-mt2">
        <strong>${t.time.receivedAgo(this.relative(r.created_at))}</strong>
        <span class="muted">${this.t.app.paren(this.dateTime(r.created_at))}</span>
      </p>
      <p class="muted u-m0">
        ${r.assigned_to ? t.inbox.assigned(r.assigned_to.display_name) : t.inbox.unassigned} ·
        ${t.inbox.consent}${this.t.app.colon}${consent}
      </p>
      ${topics.length ? html`<p class="u-m0">${topics.join(sep)}</p>` : nothing}
    </li>`;
  }

  override render(): TemplateResult {
    const t = this.t.inbox;
    const f = filtersOf(this.query);
    const page = this.page;
    return html`<h1 id="screen-heading" tabindex="-1">${t.heading}</h1>
      <p>${t.intro}</p>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.renderFilters()} ${this.renderProblem(this.problem)}
      ${
        page
          ? html`<p>${t.results(page.data.length, this.shownTotal())}</p>
              ${
                page.data.length
                  ? html`<ul class="cards" aria-label=${t.heading}>
                      ${page.data.map((r) => this.renderRow(r))}
                    </ul>`
                  : nothing
              }
              ${
                page.next_cursor || f.cursor
                  ? html`<nav aria-label=${t.page} class="actions">
                      ${f.cursor ? html`<a href=${this.hrefFor(f)}>${t.first}</a>` : nothing}
                      ${
                        page.next_cursor
                          ? html`<a id="next-page" href=${this.hrefFor(f, page.next_cursor)}>${t.next}</a>`
                          : nothing
                      }
                    </nav>`
                  : nothing
              }`
          : this.loading
            ? html`<p>${this.t.app.loading}</p>`
            : nothing
      }
      ${liveRegions(this.announcer)}`;
  }
}
