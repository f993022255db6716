// One report: consent and safe-contact instructions first, every answer with the labels the reporter saw,
// the lines and "what happens next" shown to the reporter, the chronology (who, when), and the ward's work:
// status with a note, assignment, hand-off to another ward or window with a reason. Opening it is audited
// by the server. Notes being typed stay in this element's memory while a new sign-in is asked for.
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { busyButton, displayPhone, liveRegions, phoneHref, selectField } from '@tsunagu/elements';
import type { ReportDetail, ReportEvent, ReportStatus, WindowSearchResponse } from '@tsunagu/schema';
import { EMERGENCY_LINES } from '@tsunagu/schema/triage';
import { ApiError } from '../api.js';
import { ConsoleElement, type Problem } from '../base.js';
import { BASE, navigate } from '../router.js';
import { supportWords } from '@tsunagu/elements';

const STATUSES: readonly ReportStatus[] = ['received', 'acknowledged', 'connected', 'closed'];

interface Colleague {
  id: string;
  display_name: string;
  wards: string[];
}
interface WindowChoice {
  id: string;
  name: string;
  name_en?: string | undefined;
}

type FormName = 'status' | 'assign' | 'handoff';

@customElement('console-report')
export class ConsoleReport extends ConsoleElement {
  @property() reference = '';
  @state() private report: ReportDetail | null = null;
  @state() private loadProblem: Problem = null;
  @state() private colleagues: Colleague[] | 'failed' | null = null;
  @state() private windows: WindowChoice[] = [];
  // the three forms: values live here (in memory only) until they are sent
  @state() private newStatus: ReportStatus | '' = '';
  @state() private statusNote = '';
  @state() private assignee = '';
  @state() private assignNote = '';
  @state() private handoffKind: 'ward' | 'window' = 'ward';
  @state() private toWard = '';
  @state() private toWindow = '';
  @state() private reason = '';
  @state() private busy: FormName | null = null;
  @state() private problems: Partial<Record<FormName, Problem>> = {};
  @state() private fieldErrors: Record<string, string> = {};
  @state() private done: Partial<Record<FormName, string>> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const report = await this.api.get<ReportDetail>(
        `/v1/admin/reports/${encodeURIComponent(this.reference)}`,
      );
      this.report = report;
      this.assignee = report.assigned_to?.id ?? '';
      void this.loadChoices(report);
    } catch (error) {
      this.loadProblem = this.problemOf(error);
    }
  }

  private async loadChoices(report: ReportDetail): Promise<void> {
    try {
      const found = await this.api.get<{ data: Colleague[] }>('/v1/admin/colleagues', {
        ward: report.ward_id,
      });
      this.colleagues = found.data;
    } catch {
      this.colleagues = 'failed';
    }
    try {
      const found = await this.api.get<WindowSearchResponse>('/v1/windows', { limit: 100 });
      this.windows = found.data
        .map((r) => r.window)
        .filter((w) => w.ward_id !== report.ward_id || w.kind !== 'office')
        .map((w) => ({ id: w.id, name: w.name, name_en: w.name_en }));
    } catch {
      this.windows = [];
    }
  }

  // ——— actions ———

  private async run(form: FormName, action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = form;
    this.problems = { ...this.problems, [form]: null };
    this.done = { ...this.done, [form]: undefined };
    void this.announcer.announce(this.t.report.saving);
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) {
        const errors: Record<string, string> = {};
        for (const f of error.fields)
          errors[`${form}:${f.path}`] = this.i18n.fieldError(f.code, { label: this.labelOf(form, f.path) });
        this.fieldErrors = errors;
      }
      this.problems = { ...this.problems, [form]: this.problemOf(error) };
      await this.focusAfterRender(`${form}-problem`);
    } finally {
      this.busy = null;
    }
  }

  private labelOf(form: FormName, path: string): string {
    const t = this.t.report;
    if (form === 'status') return path === 'note' ? t.statusNote : t.newStatus;
    if (form === 'assign') return path === 'note' ? t.statusNote : t.assignee;
    return path === 'reason' ? t.handoffReason : path === 'to_window' ? t.toWindow : t.toWard;
  }

  private async changeStatus(event: Event): Promise<void> {
    event.preventDefault();
    const report = this.report;
    if (!report) return;
    const t = this.t.report;
    if (!this.newStatus || this.newStatus === report.status) {
      this.fieldErrors = {
        'status:status': this.newStatus
          ? t.statusSame
          : this.i18n.fieldError('required', { label: t.newStatus, kind: 'choice' }),
      };
      await this.focusAfterRender('new-status');
      return;
    }
    this.fieldErrors = {};
    const status = this.newStatus;
    await this.run('status', async () => {
      const note = this.statusNote.trim();
      this.report = await this.api.post<ReportDetail>(
        `/v1/admin/reports/${encodeURIComponent(report.reference)}/status`,
        { status, ...(note ? { note } : {}) },
      );
      this.statusNote = '';
      this.newStatus = '';
      this.finish('status', t.statusDone(this.t.status[status]));
    });
  }

  private async assign(event: Event): Promise<void> {
    event.preventDefault();
    const report = this.report;
    if (!report) return;
    this.fieldErrors = {};
    await this.run('assign', async () => {
      const note = this.assignNote.trim();
      this.report = await this.api.post<ReportDetail>(
        `/v1/admin/reports/${encodeURIComponent(report.reference)}/assign`,
        { staff_id: this.assignee || null, ...(note ? { note } : {}) },
      );
      this.assignNote = '';
      this.finish('assign', this.t.report.assignDone);
    });
  }

  private async handOff(event: Event): Promise<void> {
    event.preventDefault();
    const report = this.report;
    if (!report) return;
    const t = this.t.report;
    const errors: Record<string, string> = {};
    const target = this.handoffKind === 'ward' ? this.toWard : this.toWindow;
    if (!target)
      errors[`handoff:${this.handoffKind === 'ward' ? 'to_ward' : 'to_window'}`] = this.i18n.fieldError(
        'required',
        {
          label: this.handoffKind === 'ward' ? t.toWard : t.toWindow,
          kind: 'choice',
        },
      );
    if (!this.reason.trim())
      errors['handoff:reason'] = this.i18n.fieldError('required', { label: t.handoffReason });
    else if (this.reason.length > 500)
      errors['handoff:reason'] = this.i18n.fieldError('too_long', { label: t.handoffReason, max: 500 });
    this.fieldErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      await this.focusAfterRender(
        first === 'handoff:reason' ? 'handoff-reason' : this.handoffKind === 'ward' ? 'to-ward' : 'to-window',
      );
      return;
    }
    await this.run('handoff', async () => {
      const body =
        this.handoffKind === 'ward'
          ? { to_ward: this.toWard, reason: this.reason.trim() }
          : { to_window: this.toWindow, reason: this.reason.trim() };
      const moved = await this.api.post<{ reference: string; ward_id: string; visible: boolean }>(
        `/v1/admin/reports/${encodeURIComponent(report.reference)}/handoff`,
        body,
      );
      const to = this.handoffKind === 'ward' ? this.wardName(this.toWard) : this.windowName(this.toWindow);
      this.reason = '';
      if (!moved.visible) {
        navigate(BASE, { notice: this.t.inbox.handedOff(moved.reference, this.wardName(moved.ward_id)) });
        return;
      }
      this.report = await this.api.get<ReportDetail>(
        `/v1/admin/reports/${encodeURIComponent(report.reference)}`,
      );
      this.finish('handoff', t.handoffDone(to));
    });
  }

  private finish(form: FormName, text: string): void {
    this.done = { ...this.done, [form]: text };
    void this.announcer.announce(text);
  }

  private windowName(id: string): string {
    const w = this.windows.find((x) => x.id === id);
    if (!w) return id;
    return this.locale === 'en' ? (w.name_en ?? w.name) : w.name;
  }

  // ——— the report ———

  private join(items: string[]): string {
    return items.length ? items.join(this.locale === 'en' ? ', ' : '、') : this.r.review.none;
  }

  private answers(report: ReportDetail): [string, string][] {
    const r = this.r;
    const rows = r.review.rows;
    const c = report.content;
    const out: [string, string][] = [];
    const add = (label: string, value: string | null | undefined) =>
      out.push([label, value && value.trim() ? value : this.t.report.notAnswered]);
    if (c) {
      add(rows.danger, r.danger.options[c.danger_now as 'yes' | 'no' | 'unsure'] ?? c.danger_now);
      if (c.danger_kinds.length)
        add(
          rows.dangerKinds,
          this.join(c.danger_kinds.map((k) => r.danger.kinds[k as keyof typeof r.danger.kinds] ?? k)),
        );
    }
    add(rows.path, r.path.options[report.path]?.label ?? report.path);
    if (report.path !== 'self')
      add(
        rows.reporter,
        r.reporter.roles[report.reporter_role as keyof typeof r.reporter.roles] ?? report.reporter_role,
      );
    if (c?.reporter_contact?.organisation) add(rows.organisation, c.reporter_contact.organisation);
    if (report.age_group) add(rows.age, r.person.ages[report.age_group]);
    add(rows.place, [this.wardName(report.ward_id), c?.town ?? ''].filter(Boolean).join(' '));
    if (report.signs.length)
      add(rows.signs, this.join(report.signs.map((s) => r.signs.items[s]?.label ?? s)));
    if (report.concerns.length)
      add(rows.concerns, this.join(report.concerns.map((k) => supportWords(this.i18n).concerns[k] ?? k)));
    const school = c?.school as
      | {
          school_name?: string;
          grade?: string;
          absent_days_last_30?: number;
          school_signs?: string[];
          share_with_child_family_support?: boolean;
        }
      | null
      | undefined;
    if (school) {
      add(rows.school, [school.school_name, school.grade].filter(Boolean).join(' '));
      if (school.absent_days_last_30 !== undefined)
        add(rows.absentDays, r.review.days(school.absent_days_last_30));
      if (school.school_signs?.length)
        add(
          rows.schoolSigns,
          this.join(school.school_signs.map((s) => r.school.signs[s as keyof typeof r.school.signs] ?? s)),
        );
      add(rows.share, school.share_with_child_family_support ? r.review.yes : r.review.none);
    }
    if (c) add(rows.freeText, c.free_text);
    return out;
  }

  private renderContact(report: ReportDetail): TemplateResult {
    const t = this.t.report;
    const r = this.r;
    const c = report.content;
    const contact = c?.contact ?? null;
    const consentLabel = r.consent.options[report.consent]?.label ?? report.consent;
    const rows = r.review.rows;
    return html`<section class="panel u-strong" aria-labelledby="contact-heading">
      <h2 class="u-mt0" id="contact-heading">${t.contactHeading}</h2>
      ${
        contact?.no_message
          ? html`<p class="notice warning" id="no-message">
              <strong>${t.noMessage}</strong><br />${t.noMessageLong}
            </p>`
          : nothing
      }
      ${contact?.safe_to_call === false ? html`<p class="notice warning"><strong>${t.notSafeToCall}</strong></p>` : nothing}
      <dl class="facts">
        <dt>${rows.consent}</dt>
        <dd>${consentLabel}</dd>
      </dl>
      ${
        report.path !== 'self' && report.consent !== 'yes'
          ? html`<p class="notice warning">${t.noContactConsent}</p>`
          : report.consent === 'yes'
            ? html`<p class="notice">${t.consentYes}</p>`
            : nothing
      }
      ${
        contact
          ? html`<h3>${t.personContact}</h3>
              <dl class="facts">
                <dt>${rows.contactModes}</dt>
                <dd>
                  ${this.join(contact.modes.map((m) => r.selfContact.modeOptions[m as keyof typeof r.selfContact.modeOptions] ?? m))}
                </dd>
                ${
                  contact.phone
                    ? html`<dt>${rows.phone}</dt>
                        <dd><a href=${phoneHref(contact.phone)}>${displayPhone(contact.phone)}</a></dd>`
                    : nothing
                }
                ${
                  contact.email
                    ? html`<dt>${rows.email}</dt>
                        <dd>${contact.email}</dd>`
                    : nothing
                }
                ${
                  contact.safe_to_call !== undefined
                    ? html`<dt>${rows.safeToCall}</dt>
                        <dd>${contact.safe_to_call ? t.safeToCall : t.notSafeToCall}</dd>`
                    : nothing
                }
                ${
                  contact.no_message
                    ? html`<dt>${r.selfContact.noMessage}</dt>
                        <dd>${r.review.yes}</dd>`
                    : nothing
                }
                ${
                  contact.time_window
                    ? html`<dt>${rows.timeWindow}</dt>
                        <dd>${r.selfContact.times[contact.time_window]}</dd>`
                    : nothing
                }
                ${
                  contact.language
                    ? html`<dt>${rows.language}</dt>
                        <dd>
                          ${r.selfContact.languages[contact.language as keyof typeof r.selfContact.languages] ?? contact.language}
                        </dd>`
                    : nothing
                }
              </dl>`
          : nothing
      }
      ${c?.anonymous ? html`<p>${t.anonymous}</p>` : nothing}
      ${
        c?.reporter_contact &&
        (c.reporter_contact.name || c.reporter_contact.phone || c.reporter_contact.email)
          ? html`<h3>${t.reporterContact}</h3>
              <dl class="facts">
                ${
                  c.reporter_contact.name
                    ? html`<dt>${r.followUp.name}</dt>
                        <dd>${c.reporter_contact.name}</dd>`
                    : nothing
                }
                ${
                  c.reporter_contact.phone
                    ? html`<dt>${r.followUp.phone}</dt>
                        <dd>
                          <a href=${phoneHref(c.reporter_contact.phone)}
                            >${displayPhone(c.reporter_contact.phone)}</a
                          >
                        </dd>`
                    : nothing
                }
                ${
                  c.reporter_contact.email
                    ? html`<dt>${r.followUp.email}</dt>
                        <dd>${c.reporter_contact.email}</dd>`
                    : nothing
                }
              </dl>`
          : nothing
      }
    </section>`;
  }

  private renderTold(report: ReportDetail): TemplateResult {
    const t = this.t.report;
    const lines = this.i18n.m.emergency.lines;
    return html`<section aria-labelledby="lines-heading">
      <h2 id="lines-heading">${t.linesHeading}</h2>
      ${
        report.lines.length
          ? html`<ul class="tags">
              ${report.lines.map(
                (id) => html`<li class="tag alert">${lines[id].name} ${EMERGENCY_LINES[id].tel}</li>`,
              )}
            </ul>`
          : html`<p>${t.linesNone}</p>`
      }
      ${
        report.guidance.length
          ? html`<h2>${t.guidanceHeading}</h2>
              <ul>
                ${report.guidance.map((g) => html`<li>${this.r.receipt.guidance[g]}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private eventText(e: ReportEvent): TemplateResult {
    const t = this.t.report;
    const d = e.detail;
    const parts: (string | TemplateResult)[] = [];
    if (e.kind === 'status') parts.push(this.t.status[e.status]);
    if (e.kind === 'assigned')
      parts.push(
        d?.display_name
          ? t.assignedTo(d.display_name)
          : d?.staff_id
            ? t.assignedTo(d.staff_id)
            : t.unassignedEvent,
      );
    if (e.kind === 'handed_off') {
      const to = d?.to_ward ? this.wardName(d.to_ward) : d?.to_window ? this.windowName(d.to_window) : '';
      const from = d?.from_ward ? `${this.wardName(d.from_ward)} → ` : '';
      parts.push(t.handedTo(`${from}${to}`));
      if (d?.reason) parts.push(t.reason(d.reason));
    }
    return html`${parts.map((p) => html`<span class="u-block">${p}</span>`)}
    ${e.note ? html`<span class="u-block u-pre">${t.note}${this.t.app.colon}${e.note}</span>` : nothing}`;
  }

  private renderHistory(report: ReportDetail): TemplateResult {
    const t = this.t.report;
    return html`<section aria-labelledby="history-heading">
      <h2 id="history-heading">${t.historyHeading}</h2>
      <ol class="cards" id="history">
        ${report.history.map(
          (e) =>
            html`<li>
              <p class="card-title">${t.historyKinds[e.kind]}</p>
              <p class="muted u-m0">
                <time datetime=${e.at}>${this.dateTime(e.at)}</time>${
                  e.actor ? ` · ${t.by(e.actor)}` : e.kind === 'received' ? nothing : ` · ${t.system}`
                }
              </p>
              <p class="u-mt1">${this.eventText(e)}</p>
            </li>`,
        )}
      </ol>
    </section>`;
  }

  private textArea(
    id: string,
    label: string,
    value: string,
    onInput: (v: string) => void,
    options: { hint?: string; error?: string; max: number; required?: boolean },
  ): TemplateResult {
    const describedBy = [options.hint ? `${id}-hint` : '', options.error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class=${options.error ? 'field invalid' : 'field'}>
      <label class="label" for=${id}
        >${label}${options.required ? html` <span class="badge">${this.i18n.m.common.required}</span>` : nothing}</label
      >
      ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
      ${
        options.error
          ? html`<p class="error" id=${`${id}-error`}>
              <span class="visually-hidden">${this.i18n.m.common.errorPrefix}</span>${options.error}
            </p>`
          : nothing
      }
      <textarea
        id=${id}
        maxlength=${options.max}
        .value=${value}
        aria-invalid=${options.error ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${(e: InputEvent) => onInput((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  private formFooter(form: FormName, label: string): TemplateResult {
    return html`${this.renderProblem(this.problems[form] ?? null, `${form}-problem`)}
    ${this.done[form] ? html`<p class="notice">${this.done[form]}</p>` : nothing}
    ${busyButton(this.i18n, { id: `${form}-submit`, label, busy: this.busy === form, busyLabel: this.t.report.saving })}`;
  }

  private renderWork(report: ReportDetail): TemplateResult {
    const t = this.t.report;
    const colleagues = this.colleagues;
    const otherWards = this.wards.filter((w) => w.id !== report.ward_id);
    return html`<section aria-labelledby="status-heading" class="panel">
        <h2 class="u-mt0" id="status-heading">${t.statusHeading}</h2>
        <form novalidate @submit=${this.changeStatus} aria-labelledby="status-heading">
          ${selectField(this.i18n, {
            id: 'new-status',
            label: t.newStatus,
            value: this.newStatus,
            options: STATUSES.map((s) => ({ value: s, label: this.t.status[s] })),
            required: true,
            error: this.fieldErrors['status:status'],
            onChange: (v) => (this.newStatus = v as ReportStatus | ''),
          })}
          ${this.textArea('status-note', t.statusNote, this.statusNote, (v) => (this.statusNote = v), {
            hint: t.statusNoteHint,
            max: 1000,
            error: this.fieldErrors['status:note'],
          })}
          ${this.formFooter('status', t.statusSubmit)}
        </form>
      </section>
      <section aria-labelledby="assign-heading" class="panel">
        <h2 class="u-mt0" id="assign-heading">${t.assignHeading}</h2>
        ${colleagues === 'failed' ? html`<p class="problem">${t.colleaguesFailed}</p>` : nothing}
        <form novalidate @submit=${this.assign} aria-labelledby="assign-heading">
          ${selectField(this.i18n, {
            id: 'assignee',
            label: t.assignee,
            value: this.assignee,
            placeholder: t.nobody,
            options: Array.isArray(colleagues)
              ? colleagues.map((c) => ({ value: c.id, label: c.display_name }))
              : [],
            error: this.fieldErrors['assign:staff_id'],
            onChange: (v) => (this.assignee = v),
          })}
          ${this.textArea('assign-note', t.statusNote, this.assignNote, (v) => (this.assignNote = v), {
            hint: t.statusNoteHint,
            max: 1000,
          })}
          ${this.formFooter('assign', t.assignSubmit)}
        </form>
      </section>
      <section aria-labelledby="handoff-heading" class="panel">
        <h2 class="u-mt0" id="handoff-heading">${t.handoffHeading}</h2>
        <p>${t.handoffIntro}</p>
        <form novalidate @submit=${this.handOff} aria-labelledby="handoff-heading">
          <fieldset class="field">
            <legend class="legend">${t.handoffTo}</legend>
            <div class="choices">
              ${(['ward', 'window'] as const).map(
                (kind) =>
                  html`<div class="choice">
                    <input
                      type="radio"
                      id=${`handoff-${kind}`}
                      name="handoff-kind"
                      value=${kind}
                      .checked=${this.handoffKind === kind}
                      @change=${() => (this.handoffKind = kind)}
                    />
                    <label for=${`handoff-${kind}`}
                      >${kind === 'ward' ? t.handoffWard : t.handoffWindow}</label
                    >
                  </div>`,
              )}
            </div>
          </fieldset>
          ${
            this.handoffKind === 'ward'
              ? selectField(this.i18n, {
                  id: 'to-ward',
                  label: t.toWard,
                  value: this.toWard,
                  required: true,
                  options: otherWards.map((w) => ({ value: w.id, label: this.wardName(w.id) })),
                  error: this.fieldErrors['handoff:to_ward'],
                  onChange: (v) => (this.toWard = v),
                })
              : selectField(this.i18n, {
                  id: 'to-window',
                  label: t.toWindow,
                  value: this.toWindow,
                  required: true,
                  options: this.windows.map((w) => ({ value: w.id, label: this.windowName(w.id) })),
                  error: this.fieldErrors['handoff:to_window'],
                  onChange: (v) => (this.toWindow = v),
                })
          }
          ${this.textArea('handoff-reason', t.handoffReason, this.reason, (v) => (this.reason = v), {
            hint: t.handoffReasonHint,
            max: 500,
            required: true,
            error: this.fieldErrors['handoff:reason'],
          })}
          ${this.formFooter('handoff', t.handoffSubmit)}
        </form>
      </section>`;
  }

  override render(): TemplateResult {
    const t = this.t.report;
    const report = this.report;
    const back = html`<p><a href=${BASE}>${t.back}</a></p>`;
    if (!report)
      return html`${back}
        <h1 id="screen-heading" tabindex="-1">${t.heading(this.reference)}</h1>
        ${this.loadProblem ? this.renderProblem(this.loadProblem) : html`<p>${this.t.app.loading}</p>`}
        ${liveRegions(this.announcer)}`;
    const f = this.t.flags;
    return html`${back}
      <h1 id="screen-heading" tabindex="-1">${t.heading(report.reference)}</h1>
      <ul class="tags u-mb3">
        ${report.urgent ? html`<li class="tag alert">${f.urgent}</li>` : nothing}
        ${report.child_abuse_suspected ? html`<li class="tag alert">${f.childAbuse}</li>` : nothing}
        ${report.suicide_risk ? html`<li class="tag alert">${f.suicide}</li>` : nothing}
        <li class="tag status" id="current-status">
          ${this.t.status.label}${this.t.app.colon}${this.t.status[report.status]}
        </li>
        <li class="tag">${t.ward}${this.t.app.colon}${this.wardName(report.ward_id)}</li>
        <li class="tag">
          ${report.assigned_to ? this.t.inbox.assigned(report.assigned_to.display_name) : this.t.inbox.unassigned}
        </li>
      </ul>
      <p>
        <strong>${this.t.time.receivedAgo(this.relative(report.created_at))}</strong>
        <span class="muted">${this.t.app.paren(this.dateTime(report.created_at))}</span>
      </p>
      <p class="muted">${t.opened}</p>
      ${report.purged ? html`<p class="notice warning">${t.purged}</p>` : nothing}
      ${this.renderContact(report)}
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">${t.answers}</h2>
        <dl class="facts pre" id="answers">
          ${this.answers(report).map(
            ([label, value]) =>
              html`<dt>${label}</dt>
                <dd>${value}</dd>`,
          )}
        </dl>
      </section>
      ${this.renderTold(report)} ${this.renderHistory(report)} ${this.renderWork(report)}
      ${liveRegions(this.announcer)}`;
  }
}
