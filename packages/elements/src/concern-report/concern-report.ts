import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html, plain } from '../i18n/ruby.js';
import {
  REPORTER_ROLES,
  concernReportInput,
  fieldErrorsFrom,
  type ConcernReportReceipt,
  type ConsultationWindow,
  type Town,
  type Ward,
} from '@tsunagu/schema';
import {
  TsunaguAuthError,
  TsunaguNetworkError,
  TsunaguRateLimitError,
  TsunaguServerError,
  TsunaguValidationError,
} from '@tsunagu/client/core';
import { busyButton } from '../internal/busy-button.js';
import { errorSummary, focusField } from '../internal/error-summary.js';
import { TsunaguFormElement, type FieldProblem } from '../internal/form-element.js';
import { liveRegions } from '../internal/live-announcer.js';
import { httpFor, loadTowns, loadWards, newIdempotencyKey } from '../internal/api.js';
import { TownSuggest } from '../internal/town-suggest.js';
import type { helpCard as HelpCard } from '../internal/help-card.js';
import { windowsResource } from '@tsunagu/client/windows';
import { clientFor, wardName } from './api.js';
import { concernReportStyles } from './concern-report.styles.js';
import { fieldLabel } from './labels.js';
import { REPORT_MESSAGES, type ReportMessages } from './messages/index.js';
import {
  buildInput,
  emptyValues,
  isUrgent,
  stepOfField,
  stepsFor,
  type FieldId,
  type ReportContext,
  type ReportValues,
  type StepId,
} from './model.js';
import { receiptView } from './receipt.js';
import { reviewStep } from './review.js';
import { renderStep } from './steps.js';
import { problemsFromServer, validateStep } from './validate.js';
import { loadedWards, type ReportView, type WardList } from './view.js';

/** Answers a partner page may preset by attribute. */
const PRESET_FIELDS = ['organisation', 'school_name', 'ward_id', 'reporter_role'] as const;

/** Why a send failed, as the `tsunagu-error` event reports it (never any of the person's words). */
export type ReportErrorType = 'validation' | 'network' | 'server' | 'rate_limited' | 'config' | 'other';

/** Detail of `tsunagu-submit` and `tsunagu-success`: no personal data, only what a host page may count. */
export interface ReportEventDetail {
  context: ReportContext;
  urgent: boolean;
}

/** For stories and tests: a state to start from (not part of the public API). */
export interface ReportPreview {
  step?: StepId;
  values?: Partial<ReportValues>;
  receipt?: ConcernReportReceipt;
  failure?: ReportErrorType;
  showErrors?: boolean;
}

/**
 * 気づきをつなぐ — a form to connect someone who may be in hardship (or yourself) with the ward's
 * consultation window. Starts with a danger check (110 / 119 first), then one question group at a time,
 * a review step, and a receipt with a reference number and check code. Nothing is stored in the browser;
 * on a failure the answers stay in memory and "try again" re-sends with the same idempotency key.
 *
 * @tagname tsunagu-concern-report
 * @summary The concern-report and referral form (気づきをつなぐ).
 *
 * @attr context - `general` (default) or `school`: the school's referral fields and routing.
 * @attr api-base - Base URL of the tsunagu API (defaults to the embed script's `data-api-base`).
 * @attr key - The partner's publishable key (defaults to the embed script's `data-key`).
 * @attr organisation - Pre-fills the reporter's shop or organisation name.
 * @attr ward - Preselects the ward (the person can change it).
 * @attr reporter-role - Preselects who is reporting: `business`, `npo`, `school`, `neighbour`, `family`, `other`.
 * @attr status-url - The partner's page with `<tsunagu-report-status>`: the receipt links to it.
 * @attr lang - Language (`ja`, `ja-x-easy`, `en`); follows the page's `lang` when absent.
 *
 * @event tsunagu-submit - Sending started. `detail: {context, urgent}`; no personal data.
 * @event tsunagu-success - The report was stored. `detail: {context, urgent}`; no personal data.
 * @event tsunagu-error - Sending failed. `detail: {type}` (`validation`, `network`, `server`, `rate_limited`, `config`, `other`).
 *
 * @csspart summary - The list of answers on the review step.
 * @csspart failure - The "could not send" box with its try-again button.
 * @csspart receipt - The result after sending.
 * @csspart reference-box - The box with the reference number and check code.
 * @csspart reference - The reference number.
 * @csspart check-code - The check code.
 */
export class ConcernReport extends TsunaguFormElement {
  static override styles = [TsunaguFormElement.styles, concernReportStyles];
  static override catalogues = [REPORT_MESSAGES];

  static override properties: PropertyDeclarations = {
    context: { reflect: true },
    apiBase: { attribute: 'api-base' },
    key: {},
    organisation: {},
    wards: { attribute: false },
    preview: { attribute: false },
    values: { state: true, attribute: false },
    step: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    loadedWards: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
    statusUrl: { attribute: 'status-url' },
    ward: {},
    reporterRole: { attribute: 'reporter-role' },
    office: { state: true, attribute: false },
  };

  declare context: ReportContext;
  declare apiBase: string | undefined;
  declare key: string | undefined;
  declare organisation: string;
  /** The city's wards; when unset they are loaded from the API (`GET /v1/areas`). */
  declare wards: readonly Ward[] | undefined;
  /** @internal */
  declare preview: ReportPreview | undefined;
  declare private values: ReportValues;
  declare private step: StepId;
  declare private sending: boolean;
  declare private failure: ReportErrorType | undefined;
  declare private receipt: ConcernReportReceipt | undefined;
  declare private loadedWards: WardList;
  declare private copyState: '' | 'copied' | 'failed';
  /** Preset ward id (a ward office's or a ward NPO's page). */
  declare ward: string;
  /** Preset reporter role (`business`, `npo`, `school`…): the page knows who is reporting. */
  declare reporterRole: string;
  /** The partner's page holding `<tsunagu-report-status>`, linked from the receipt. */
  declare statusUrl: string;
  /** The ward's 生活支援課 for the receipt's help card (loaded after sending). */
  declare private office: ConsultationWindow | null;

  /** Set when "change" was pressed on the review step: "continue" then goes back there. */
  private returnToReview = false;
  /** One idempotency key per series of attempts with the same answers (kept across "try again"). */
  private attempt: { key: string; body: string } | undefined;

  constructor() {
    super();
    this.context = 'general';
    this.apiBase = undefined;
    this.key = undefined;
    this.organisation = '';
    this.wards = undefined;
    this.preview = undefined;
    this.values = emptyValues();
    this.step = 'danger';
    this.sending = false;
    this.failure = undefined;
    this.receipt = undefined;
    this.loadedWards = 'loading';
    this.copyState = '';
    this.statusUrl = '';
    this.ward = '';
    this.reporterRole = '';
    this.office = null;
  }

  private get t(): ReportMessages {
    return REPORT_MESSAGES.get(this.i18n.locale);
  }

  private get flow(): StepId[] {
    return stepsFor(this.context === 'school' ? 'school' : 'general', this.values.path);
  }

  private get reportContext(): ReportContext {
    return this.context === 'school' ? 'school' : 'general';
  }

  /** True while the person has typed or chosen something that has not been sent. */
  override get hasUnsentInput(): boolean {
    return !this.receipt && JSON.stringify(this.values) !== JSON.stringify(this.initialValues());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateFormValue();
    if (!this.wards) this.fetchWards();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // the page's presets fill what is still empty (never over what the person typed)
    const presets: Partial<ReportValues> = {};
    const initial = this.initialValues();
    for (const field of PRESET_FIELDS)
      if (!this.values[field] && initial[field]) presets[field] = initial[field];
    if (Object.keys(presets).length) this.values = { ...this.values, ...presets };
    if (changed.has('preview') && this.preview) this.applyPreview(this.preview);
    // A page (or React, through a ref) may set api-base or key after adding the element: ask again then.
    if ((changed.has('apiBase') || changed.has('key')) && !this.wards && this.isConnected) {
      if (this.wardsAskedFor !== this.apiSettingsId()) this.fetchWards();
    }
  }

  /** The answers to start from: the partner page's presets (organisation, ward, reporter role). */
  private initialValues(): ReportValues {
    const school = this.context === 'school';
    const role = (REPORTER_ROLES as readonly string[]).includes(this.reporterRole) ? this.reporterRole : '';
    return {
      ...emptyValues(),
      organisation: this.organisation,
      // a school's page names the school: 学校名 is that, not a second question
      school_name: school ? this.organisation : '',
      ward_id: this.ward,
      reporter_role: role === 'self' ? '' : role,
    };
  }

  private wardsAskedFor = '';

  private apiSettingsId(): string {
    return `${this.apiBase ?? ''} ${this.key ?? ''}`;
  }

  private fetchWards(): void {
    const askedFor = (this.wardsAskedFor = this.apiSettingsId());
    this.loadedWards = 'loading';
    // Only the answer for the current settings counts (an earlier request may settle later).
    loadWards({ apiBase: this.apiBase, key: this.key, locale: this.i18n.locale }).then(
      (wards) => askedFor === this.wardsAskedFor && (this.loadedWards = wards),
      () => askedFor === this.wardsAskedFor && (this.loadedWards = 'failed'),
    );
  }

  private set<K extends FieldId>(field: K, value: ReportValues[K]): void {
    const before = this.values[field];
    this.values = { ...this.values, [field]: value };
    if (this.fieldProblems.length) this.clearProblems(field);
    // A different path asks different questions: walk them rather than jump back to the review.
    if (field === 'path' && value !== before) this.returnToReview = false;
    if (
      field === 'danger_now' &&
      (value === 'yes' || value === 'unsure') &&
      before !== 'yes' &&
      before !== 'unsure'
    ) {
      // The call-now block appears below the answer: say so at once to screen-reader users.
      void this.announcer.announce(this.i18n.m.emergency.heading, { assertive: true });
    }
  }

  private view(): ReportView {
    return {
      i18n: this.i18n,
      t: this.t,
      values: this.values,
      context: this.reportContext,
      disabled: this.effectivelyDisabled,
      announcer: this.announcer,
      wards: this.wards ?? this.loadedWards,
      set: (field, value) => this.set(field, value),
      errorFor: (field) => this.errorFor(field),
      retryWards: () => this.fetchWards(),
      change: (step, field) => void this.change(step, field),
      townBox: this.townBox,
      townInput: (value) => this.townInput(value),
      townKey: (event) => {
        const result = this.townBox.key(event);
        if (result === 'clear') this.townInput('');
        else if (result) this.chooseTown(result);
        this.requestUpdate();
      },
      townChoose: (index) => {
        const town = this.townBox.suggestions[index];
        if (town) this.chooseTown(town);
      },
      townBlur: () => {
        this.townBox.close();
        this.requestUpdate();
      },
      townStatus: () => this.townStatusText(),
    };
  }

  /** The town box: the finder's suggestions over the city's towns, loaded on first use. */
  private readonly townBox = new TownSuggest();
  /** The ward this form derived from a town (so a later town may change it, but a chosen ward stays). */
  private derivedWard = '';
  private townsAsked = false;

  private townInput(value: string): void {
    if (!this.townsAsked && value.trim()) {
      this.townsAsked = true;
      const settings = { apiBase: this.apiBase, key: this.key, locale: this.i18n.locale };
      void loadTowns(settings)
        .then((towns) => {
          this.townBox.setAreas(loadedWards(this.wards ?? this.loadedWards), towns);
          this.townBox.input(this.values.town);
          this.deriveWard(this.values.town);
          this.requestUpdate();
        })
        .catch(() => {
          this.townsAsked = false; // the plain text box keeps working; try again on the next letter
        });
    }
    this.set('town', value);
    this.townBox.input(value);
    this.deriveWard(value);
    this.requestUpdate();
  }

  /** A town that lies in one ward sets the ward, unless the person chose another one themself. */
  private deriveWard(text: string): void {
    const ward = this.townBox.ready ? this.townBox.wardOf(text) : null;
    if (!ward || ward === this.values.ward_id) return;
    if (this.values.ward_id && this.values.ward_id !== this.derivedWard) return;
    this.derivedWard = ward;
    this.set('ward_id', ward);
  }

  private chooseTown(town: Town): void {
    this.set('town', town.name);
    this.townBox.input('');
    this.deriveWard(town.name);
    this.requestUpdate();
  }

  private townStatusText(): string {
    const ward = loadedWards(this.wards ?? this.loadedWards).find((w) => w.id === this.derivedWard);
    return ward && this.values.ward_id === ward.id && this.values.town.trim()
      ? this.t.person.townWard(wardName(ward, this.i18n.locale))
      : '';
  }

  protected override fieldLabel(fieldId: string): string {
    return fieldLabel(this.t, fieldId as FieldId, this.reportContext, this.values.path);
  }

  // Only the reference number joins a partner's <form>, and only once sent: the answers are about a person
  // and must not travel to the partner's server or into the browser's saved form state.
  protected override formValue(): FormData {
    const data = new FormData();
    if (this.receipt) data.append(this.name ? `${this.name}_reference` : 'reference', this.receipt.reference);
    return data;
  }

  protected override resetValues(): void {
    this.values = this.initialValues();
    this.step = 'danger';
    this.receipt = undefined;
    this.failure = undefined;
    this.attempt = undefined;
    this.returnToReview = false;
    this.copyState = '';
  }

  protected override restoreValues(): void {
    // Nothing to restore: the answers are never put into the browser's form state (see formValue).
  }

  private async focusStepHeading(fieldId?: string): Promise<void> {
    await this.updateComplete;
    if (fieldId && focusField(this.renderRoot.querySelector('#step-heading') ?? this.renderRoot, fieldId))
      return;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private async goTo(step: StepId, fieldId?: string): Promise<void> {
    this.step = step;
    this.failure = undefined;
    if (step === 'review') this.returnToReview = false;
    await this.focusStepHeading(fieldId);
  }

  private async change(step: StepId, field: FieldId): Promise<void> {
    this.returnToReview = true;
    this.clearProblems();
    await this.goTo(step, field);
  }

  private async next(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (this.step === 'review') return this.send();
    const problems = validateStep(this.step, this.values, this.reportContext);
    if (problems.length) return this.showProblems(problems);
    this.clearProblems();
    const flow = this.flow;
    const following = flow[flow.indexOf(this.step) + 1] ?? 'review';
    await this.goTo(this.returnToReview ? 'review' : following);
  }

  private async back(): Promise<void> {
    this.clearProblems();
    const flow = this.flow;
    const previous = this.returnToReview ? 'review' : flow[flow.indexOf(this.step) - 1];
    if (previous) await this.goTo(previous);
  }

  private emit(name: string, detail: ReportEventDetail | { type: ReportErrorType }): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  /** Shows problems found by the schema or the server on the first question group that has one. */
  private async showFieldProblems(problems: FieldProblem[]): Promise<void> {
    const flow = this.flow;
    const first = problems.map((p) => stepOfField(flow, p.fieldId as FieldId)).find(Boolean) ?? 'review';
    this.step = first;
    this.returnToReview = true;
    await this.showProblems(problems.filter((p) => stepOfField(flow, p.fieldId as FieldId) === first));
  }

  private async send(): Promise<void> {
    const context = this.reportContext;
    const input = buildInput(this.values, context);
    // The same rules the server applies, before anything leaves the page.
    const checked = concernReportInput.safeParse(input);
    if (!checked.success) {
      const { problems } = problemsFromServer(fieldErrorsFrom(checked.error, input));
      if (problems.length) return this.showFieldProblems(problems);
    }
    const body = JSON.stringify(input);
    if (this.attempt?.body !== body) this.attempt = { key: newIdempotencyKey(), body };
    const client = clientFor({ apiBase: this.apiBase, key: this.key, locale: this.i18n.locale });
    if (!client) return this.fail('config');

    this.sending = true;
    this.failure = undefined;
    this.clearProblems(); // the summary shows only what this attempt finds
    this.emit('tsunagu-submit', { context, urgent: isUrgent(this.values) });
    void this.announcer.announce(this.i18n.m.common.sending);
    try {
      const receipt = await client.concernReports.create(input, { idempotencyKey: this.attempt.key });
      this.sending = false;
      this.receipt = receipt;
      this.attempt = undefined;
      this.updateFormValue();
      this.announcer.clear();
      this.emit('tsunagu-success', { context, urgent: receipt.urgent });
      void this.loadOffice(receipt.ward_id);
      void this.loadHelpCard();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#receipt-heading')?.focus();
    } catch (error) {
      this.sending = false;
      this.announcer.clear();
      if (error instanceof TsunaguValidationError) {
        const { problems } = problemsFromServer(error.fields);
        if (problems.length) {
          this.emit('tsunagu-error', { type: 'validation' });
          return this.showFieldProblems(problems);
        }
      }
      await this.fail(failureType(error));
    }
  }

  private async fail(type: ReportErrorType): Promise<void> {
    this.failure = type;
    this.emit('tsunagu-error', { type });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
  }

  /** The help card's code (hours, holidays) comes after sending: the form's first screen does not need it. */
  private helpCardBlock: typeof HelpCard | undefined;

  private async loadHelpCard(): Promise<void> {
    if (this.helpCardBlock) return;
    try {
      this.helpCardBlock = (await import('../internal/help-card.js')).helpCard;
      this.requestUpdate();
    } catch {
      // the receipt stands without it
    }
  }

  /** The receipt's help card: the ward's own window, its phone and whether it is open now. */
  private async loadOffice(wardId: string): Promise<void> {
    const http = httpFor({ apiBase: this.apiBase, key: this.key, locale: this.i18n.locale });
    if (!http) return;
    try {
      const page = await windowsResource(http).list({ ward: wardId, kind: 'office', limit: 5 }).page();
      const windows = page.data.map((item) => item.window);
      this.office =
        windows.find((w) => w.description_codes.includes('independence_consultation')) ?? windows[0] ?? null;
    } catch {
      // the receipt stands without it: the guidance and the 24-hour lines are already there
    }
  }

  private async copyReference(): Promise<void> {
    const receipt = this.receipt;
    if (!receipt) return;
    try {
      // both codes: the status check needs the two together
      await navigator.clipboard.writeText(
        plain(this.t.receipt.copyText(receipt.reference, receipt.check_code)),
      );
      this.copyState = 'copied';
    } catch {
      // No clipboard (permissions, old browser): select the number so it can be copied by hand.
      const target = this.renderRoot.querySelector('#reference');
      if (target) getSelection()?.selectAllChildren(target);
      this.copyState = 'failed';
    }
    void this.announcer.announce(
      this.copyState === 'copied' ? this.t.receipt.copied : this.t.receipt.copyFailed,
    );
  }

  private async newReport(): Promise<void> {
    this.resetValues();
    this.clearProblems();
    this.updateFormValue();
    await this.focusStepHeading();
  }

  private applyPreview(preview: ReportPreview): void {
    this.values = { ...this.initialValues(), ...preview.values };
    if (preview.step) this.step = preview.step;
    this.receipt = preview.receipt;
    if (preview.receipt) void this.loadHelpCard();
    this.failure = preview.failure;
    if (preview.showErrors) {
      void this.updateComplete.then(() =>
        this.showProblems(validateStep(this.step, this.values, this.reportContext), { focusSummary: false }),
      );
    }
  }

  private renderFailure(): TemplateResult | typeof nothing {
    if (!this.failure) return nothing;
    const f = this.t.failure;
    const message = {
      validation: f.other,
      network: f.network,
      server: f.server,
      rate_limited: f.rateLimited,
      config: f.config,
      other: f.other,
    }[this.failure];
    return html`<div id="failure" class="failure" part="failure" role="alert" tabindex="-1">
      <p><strong>${message}</strong></p>
      ${this.failure === 'config' ? nothing : html`<p>${f.kept}</p>`}
      ${isUrgent(this.values) ? html`<p>${f.urgentCall}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    if (this.receipt) {
      return html`<div class="wrapper">
        ${receiptView({
          i18n: this.i18n,
          t,
          receipt: this.receipt,
          copyState: this.copyState,
          onCopy: () => void this.copyReference(),
          onNewReport: () => void this.newReport(),
          self: this.values.path === 'self',
          office: this.office,
          now: new Date(),
          statusUrl: this.statusUrl,
          helpCard: this.helpCardBlock,
        })}
        ${liveRegions(this.announcer)}
      </div>`;
    }
    const flow = this.flow;
    const index = flow.indexOf(this.step);
    const review = this.step === 'review';
    const view = this.view();
    const sendLabel = this.failure
      ? t.failure.retry
      : isUrgent(this.values)
        ? t.review.sendUrgent
        : t.review.send;
    return html`<div class="wrapper">
      <p class="progress" part="progress">${t.nav.progress(index + 1, flow.length)}</p>
      <h2 id="step-heading" tabindex="-1">
        ${t.heading[this.step === 'self_contact' ? 'selfContact' : this.step]}
      </h2>
      ${errorSummary(this.i18n, { errors: this.errorSummaryItems() })}
      ${review ? this.renderFailure() : nothing}
      <form novalidate @submit=${(event: Event) => void this.next(event)}>
        ${this.step === 'review' ? reviewStep(view, flow, sendLabel) : renderStep(this.step, view)}
        <div class="actions">
          ${busyButton(this.i18n, {
            id: review ? 'send' : 'next',
            label: review ? sendLabel : this.returnToReview ? t.nav.backToReview : t.nav.next,
            busy: this.sending,
            busyLabel: this.i18n.m.common.sending,
          })}
          ${
            index > 0 && !this.sending
              ? html`<button
                  type="button"
                  id="back"
                  class="button secondary"
                  part="button"
                  @click=${() => void this.back()}
                >
                  ${t.nav.back}
                </button>`
              : nothing
          }
        </div>
      </form>
      ${liveRegions(this.announcer)}
    </div>`;
  }
}

function failureType(error: unknown): ReportErrorType {
  if (error instanceof TsunaguNetworkError) return 'network';
  if (error instanceof TsunaguRateLimitError) return 'rate_limited';
  if (error instanceof TsunaguServerError) return 'server';
  if (error instanceof TsunaguAuthError) return 'config';
  return 'other';
}
