// The activities of the person's wards (rosters as CSV: fetched with the session, handed to the browser
// as a Blob object URL, so no roster content ever sits in an address) and the windows of their wards with
// the "checked on" day staff set after checking a window's details. Also the not-found screen.
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { busyButton, displayPhone, liveRegions } from '@tsunagu/elements';
import type { Activity, AuditEntry, ConsultationWindow } from '@tsunagu/schema';
import { ConsoleElement, type Problem } from '../base.js';
import { BASE } from '../router.js';

@customElement('console-activities')
export class ConsoleActivities extends ConsoleElement {
  @state() private activities: Activity[] | null = null;
  @state() private problem: Problem = null;
  @state() private busy: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.get<{ data: Activity[] }>('/v1/admin/activities', { limit: 100 });
      this.activities = page.data;
      void this.announcer.announce(this.t.activities.count(page.data.length));
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  private async download(activity: Activity): Promise<void> {
    if (this.busy) return;
    this.busy = activity.id;
    this.problem = null;
    try {
      const csv = await this.api.text(`/v1/admin/activities/${encodeURIComponent(activity.id)}/roster`);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `roster-${activity.id}.csv`;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      void this.announcer.announce(this.t.activities.downloaded);
    } catch (error) {
      this.problem = this.problemOf(error);
      await this.focusAfterRender('problem');
    } finally {
      this.busy = null;
    }
  }

  /** `12月29日（火） 14:00 – 16:00`, or both dates when it ends on another day. */
  private span(starts: string, ends: string): string {
    const start = this.dateTime(starts);
    const end = this.dateTime(ends);
    const day = (text: string) => text.slice(0, text.lastIndexOf(' '));
    return day(start) === day(end)
      ? `${start} – ${end.slice(end.lastIndexOf(' ') + 1)}`
      : `${start} – ${end}`;
  }

  private activityTitle(a: Activity): string {
    return this.locale === 'en' ? (a.title_en ?? a.title) : a.title;
  }

  override render(): TemplateResult {
    const t = this.t.activities;
    const list = this.activities;
    return html`<h1 id="screen-heading" tabindex="-1">${t.heading}</h1>
      <p>${t.intro}</p>
      ${this.renderProblem(this.problem)}
      ${
        list === null
          ? this.problem
            ? nothing
            : html`<p>${this.t.app.loading}</p>`
          : list.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<p>${t.count(list.length)}</p>
                <ul class="cards" aria-label=${t.heading}>
                  ${list.map(
                    (a) =>
                      html`<li>
                        <h2 class="card-title u-mt0">${this.activityTitle(a)}</h2>
                        <dl class="facts">
                          <dt>${t.when}</dt>
                          <dd>${this.span(a.starts_at, a.ends_at)}</dd>
                          <dt>${t.place}</dt>
                          <dd>${a.place ? `${this.wardName(a.ward_id)} ${a.place.name}` : t.online}</dd>
                        </dl>
                        <p>
                          ${t.seats(a.seats_left, a.capacity)}${
                            a.waitlist_count ? html` · ${t.waitlist(a.waitlist_count)}` : nothing
                          }
                        </p>
                        ${busyButton(this.i18n, {
                          type: 'button',
                          variant: 'secondary',
                          label: t.download(this.activityTitle(a)),
                          busy: this.busy === a.id,
                          onClick: () => void this.download(a),
                        })}
                      </li>`,
                  )}
                </ul>`
      }
      ${liveRegions(this.announcer)}`;
  }
}

@customElement('console-windows')
export class ConsoleWindows extends ConsoleElement {
  @state() private windows: ConsultationWindow[] | null = null;
  @state() private problem: Problem = null;
  @state() private busy: string | null = null;
  @state() private done: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.get<{ data: ConsultationWindow[] }>('/v1/admin/windows');
      this.windows = page.data;
      void this.announcer.announce(this.t.windows.count(page.data.length));
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  private name(w: ConsultationWindow): string {
    return this.locale === 'en' ? (w.name_en ?? w.name) : w.name;
  }

  private async confirm(w: ConsultationWindow): Promise<void> {
    if (this.busy) return;
    this.busy = w.id;
    this.problem = null;
    this.done = null;
    try {
      const saved = await this.api.post<ConsultationWindow>(
        `/v1/admin/windows/${encodeURIComponent(w.id)}/confirm`,
      );
      this.windows = (this.windows ?? []).map((x) => (x.id === saved.id ? saved : x));
      this.done = w.id;
      void this.announcer.announce(this.t.windows.confirmed(this.name(w)));
    } catch (error) {
      this.problem = this.problemOf(error);
      await this.focusAfterRender('problem');
    } finally {
      this.busy = null;
    }
  }

  override render(): TemplateResult {
    const t = this.t.windows;
    const list = this.windows;
    return html`<h1 id="screen-heading" tabindex="-1">${t.heading}</h1>
      <p>${t.intro}</p>
      ${this.renderProblem(this.problem)}
      ${
        list === null
          ? this.problem
            ? nothing
            : html`<p>${this.t.app.loading}</p>`
          : list.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<p>${t.count(list.length)}</p>
                <ul class="cards" aria-label=${t.heading}>
                  ${list.map(
                    (w) =>
                      html`<li>
                        <h2 class="card-title u-mt0">${this.name(w)}</h2>
                        <dl class="facts">
                          ${
                            w.location
                              ? html`<dt>${t.address}</dt>
                                  <dd>${w.location.address}</dd>`
                              : nothing
                          }
                          ${
                            w.phones.length
                              ? html`<dt>${t.phones}</dt>
                                  <dd>${w.phones.map((p) => displayPhone(p.number)).join(' / ')}</dd>`
                              : nothing
                          }
                        </dl>
                        <p id=${`confirmed-${w.id}`}>
                          <strong
                            >${w.confirmed_on ? t.confirmedOn(this.day(w.confirmed_on)) : t.neverConfirmed}</strong
                          >
                        </p>
                        ${this.done === w.id ? html`<p class="notice">${t.confirmed(this.name(w))}</p>` : nothing}
                        ${busyButton(this.i18n, {
                          type: 'button',
                          variant: 'secondary',
                          id: `confirm-${w.id}`,
                          label: t.confirm(this.name(w)),
                          busy: this.busy === w.id,
                          onClick: () => void this.confirm(w),
                        })}
                      </li>`,
                  )}
                </ul>`
      }
      ${liveRegions(this.announcer)}`;
  }
}

@customElement('console-not-found')
export class ConsoleNotFound extends ConsoleElement {
  override render(): TemplateResult {
    return html`<h1 id="screen-heading" tabindex="-1">${this.t.app.notFound}</h1>
      <p><a href=${BASE}>${this.t.app.backToInbox}</a></p>`;
  }
}

/** The audit log (auditors and city administrators): who did what, when; never content. */
@customElement('console-audit')
export class ConsoleAudit extends ConsoleElement {
  @state() private entries: AuditEntry[] | null = null;
  @state() private problem: Problem = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await this.api.get<{ data: AuditEntry[] }>('/v1/admin/audit', { limit: 100 });
      this.entries = page.data;
      void this.announcer.announce(this.t.audit.count(page.data.length));
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  override render(): TemplateResult {
    const t = this.t.audit;
    const list = this.entries;
    return html`<h1 id="screen-heading" tabindex="-1">${t.heading}</h1>
      <p>${t.intro}</p>
      ${this.renderProblem(this.problem)}
      ${
        list === null
          ? this.problem
            ? nothing
            : html`<p>${this.t.app.loading}</p>`
          : list.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<p>${t.count(list.length)}</p>
                <ol class="cards" aria-label=${t.heading}>
                  ${list.map(
                    (e) =>
                      html`<li>
                        <p class="card-title"><code>${e.action}</code></p>
                        <ul class="tags">
                          ${e.outcome === 'denied' ? html`<li class="tag alert">${t.denied}</li>` : nothing}
                        </ul>
                        <p class="muted u-m0">
                          <time datetime=${e.at}>${this.dateTime(e.at)}</time> ·
                          ${
                            e.actor
                              ? t.who(e.actor)
                              : e.actor_type === 'key'
                                ? t.who(`${t.keyActor} ${e.actor_id ?? ''}`)
                                : t.anonymous
                          }
                        </p>
                        ${e.target_id ? html`<p class="u-m0">${t.target(e.target_type, e.target_id)}</p>` : nothing}
                      </li>`,
                  )}
                </ol>`
      }
      ${liveRegions(this.announcer)}`;
  }
}
