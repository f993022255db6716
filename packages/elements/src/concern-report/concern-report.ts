import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html, plain } from '../i18n/ruby.js';
import { REPORTER_ROLES, type ConcernReportReceipt, type Ward } from '@tsunagu/schema';
import { focusField } from '../internal/error-summary.js';
import { TsunaguFormElement, type FieldProblem } from '../internal/form-element.js';
import { liveRegions } from '../internal/live-announcer.js';
import {
  TsunaguReportErrorEvent,
  TsunaguReportSentEvent,
  TsunaguReportSubmitEvent,
  type ReportErrorType,
} from '../internal/events.js';
import { failureFor, type Failure } from '../internal/failures.js';
import { reportApi, type ReportApi } from './api.js';
import { ReportController, reportErrorType } from './report-controller.js';
import type { TownField } from './town-field.js';
import { concernReportStyles } from './concern-report.styles.js';
import { REPORT_MESSAGES, type ReportMessages } from './messages/index.js';
import {
  emptyValues,
  isUrgent,
  stepOfField,
  stepsFor,
  type FieldId,
  type ReportContext,
  type ReportValues,
  type StepId,
} from './model.js';
import { formLayout } from './form-layout.js';
import type { ReportView } from './view.js';

/** Answers a partner page may preset by attribute. */
const PRESET_FIELDS = ['organisation', 'school_name', 'ward_id', 'reporter_role'] as const;

export type { ReportErrorType, ReportEventDetail } from '../internal/events.js';

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
 * @event {TsunaguReportSubmitEvent} tsunagu-submit - Sending started. `detail: {context, urgent}`; no personal data.
 * @event {TsunaguReportSentEvent} tsunagu-success - The report was stored. `detail: {context, urgent}`; no personal data.
 * @event {TsunaguReportErrorEvent} tsunagu-error - Sending failed. `detail: {type}` (`validation`, `network`, `server`, `rate_limited`, `config`, `other`).
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
    copyState: { state: true, attribute: false },
    statusUrl: { attribute: 'status-url' },
    ward: {},
    reporterRole: { attribute: 'reporter-role' },
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
  declare private failure: Failure | undefined;
  declare private receipt: ConcernReportReceipt | undefined;
  declare private copyState: '' | 'copied' | 'failed';
  /** Preset ward id (a ward office's or a ward NPO's page). */
  declare ward: string;
  /** Preset reporter role (`business`, `npo`, `school`…): the page knows who is reporting. */
  declare reporterRole: string;
  /** The partner's page holding `<tsunagu-report-status>`, linked from the receipt. */
  declare statusUrl: string;

  /** Loading and sending (wards, towns, the report, the receipt's help card). */
  private readonly connection = new ReportController(this);
  /** The town box of a later question group: made when the later part (its code) arrives. */
  private town: TownField | undefined;
  /** Set when "change" was pressed on the review step: "continue" then goes back there. */
  private returnToReview = false;
  /** The later part while it is awaited by a press (see getUpdateComplete). */
  private apiArriving: Promise<unknown> = Promise.resolve();
  /** The later part once it has arrived: the checks, the API, and the question groups after the first. */
  private laterPart: ReportApi | undefined;

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
    this.copyState = '';
    this.statusUrl = '';
    this.ward = '';
    this.reporterRole = '';
  }

  /**
   * The form's words: the first screen's, and once the later part has arrived, all of them (the question
   * groups that read the rest render only then).
   */
  private get t(): ReportMessages {
    const first = REPORT_MESSAGES.get(this.i18n.locale);
    const later = this.laterPart?.REPORT_LATER.get(this.i18n.locale);
    return (later ? { ...first, ...later } : first) as ReportMessages;
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
  }

  protected override firstUpdated(): void {
    // the checks, the API and the next questions arrive while the person reads the first question
    void reportApi
      .whenAllowed()
      .then((api) => this.arrived(api))
      .catch(() => undefined); // the next press fetches it again and says so if it still cannot
  }

  /**
   * The later part with its words in the form's language (fetched from it for languages other than ja). If
   * those words do not arrive, the questions go on in 日本語 rather than not at all (a browser may keep a
   * failed fetch of that file until the page is reloaded); the next change of language tries again.
   */
  private async arrived(api: ReportApi): Promise<void> {
    await Promise.all([
      this.i18n.adopt(api.REPORT_LATER),
      this.i18n.adopt(api.SUPPORT_WORDS),
      this.i18n.adoptFieldErrors(api.FIELD_ERRORS),
    ]).catch(() => undefined);
    if (this.laterPart) return;
    this.connection.adoptTownBox(api);
    this.town = new api.TownField(this.connection, () => ({
      values: this.values,
      t: this.t,
      locale: this.i18n.locale,
      set: (field, value) => this.set(field, value),
      requestUpdate: () => this.requestUpdate(),
    }));
    this.laterPart = api;
    this.requestUpdate();
  }

  // `await el.updateComplete` after a press also waits for the later part that press awaits (it is
  // usually there already), so the next question group has rendered.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.apiArriving;
    return super.getUpdateComplete();
  }

  /**
   * The later part (the checks and the API), or the failure when it did not arrive: then the answers
   * stay, the failure box says so, and the next press fetches it again.
   */
  private async api(): Promise<{ api: ReportApi } | { failure: Failure }> {
    // the part, and its words in the form's language
    const arriving = reportApi.get().then(async (api) => {
      await this.arrived(api);
      return api;
    });
    this.apiArriving = arriving.catch(() => undefined);
    try {
      return { api: await arriving };
    } catch (error) {
      return { failure: failureFor(error) };
    }
  }

  private async showFailure(failure: Failure): Promise<void> {
    this.failure = failure;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // the page's presets fill what is still empty (never over what the person typed)
    const presets: Partial<ReportValues> = {};
    const initial = this.initialValues();
    for (const field of PRESET_FIELDS)
      if (!this.values[field] && initial[field]) presets[field] = initial[field];
    if (Object.keys(presets).length) this.values = { ...this.values, ...presets };
    if (changed.has('preview') && this.preview) this.applyPreview(this.preview);
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
      wards: this.connection.wards,
      set: (field, value) => this.set(field, value),
      errorFor: (field) => this.errorFor(field),
      retryWards: () => this.connection.retryWards(),
      change: (step, field) => void this.change(step, field),
      // the question groups that read the town box render only once the later part has made it
      ...(this.town?.view() as ReturnType<TownField['view']>),
    };
  }

  protected override fieldLabel(fieldId: string): string {
    // problems are found by the later part, so it is here whenever a label is asked for
    return (
      this.laterPart?.fieldLabel(this.t, fieldId as FieldId, this.reportContext, this.values.path) ?? fieldId
    );
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
    this.connection.resetSend();
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
    const step = this.step;
    const part = await this.api();
    // a second press while the part was on its way has already moved on
    if (this.step !== step) return;
    if ('failure' in part) return this.showFailure(part.failure);
    const { api } = part;
    this.failure = undefined;
    const problems = api.validateStep(step, this.values, this.reportContext);
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
    this.sending = true; // a second press is ignored from here, also while the checks arrive
    const part = await this.api();
    if ('failure' in part) {
      this.sending = false;
      return this.fail(part.failure);
    }
    const { api } = part;
    const input = api.buildInput(this.values, context);
    // The same rules the server applies, before anything leaves the page.
    const { problems: before } = api.problemsFromServer(api.checkReport(input));
    const configured = this.connection.configuredWith(api);
    if (before.length || !configured) this.sending = false;
    if (before.length) return this.showFieldProblems(before);
    if (!configured) return this.fail({ kind: 'not-configured' });

    this.failure = undefined;
    this.clearProblems(); // the summary shows only what this attempt finds
    this.dispatchEvent(new TsunaguReportSubmitEvent({ context, urgent: isUrgent(this.values) }));
    void this.announcer.announce(this.i18n.m.common.sending);
    const outcome = await this.connection.send(input);
    this.sending = false;
    this.announcer.clear();
    if (!outcome.ok) {
      const { failure } = outcome;
      const problems = failure.kind === 'rejected' ? api.problemsFromServer(failure.fields).problems : [];
      if (!problems.length) return this.fail(failure);
      this.dispatchEvent(new TsunaguReportErrorEvent('validation'));
      return this.showFieldProblems(problems);
    }
    const receipt = outcome.result;
    this.receipt = receipt;
    this.updateFormValue();
    this.dispatchEvent(new TsunaguReportSentEvent({ context, urgent: receipt.urgent }));
    this.connection.afterSent(receipt);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-heading')?.focus();
  }

  private async fail(failure: Failure): Promise<void> {
    this.failure = failure;
    this.dispatchEvent(new TsunaguReportErrorEvent(reportErrorType(failure)));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
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
    // a later step or the receipt renders once the part with its templates is here
    if ((preview.step && preview.step !== 'danger') || preview.receipt)
      this.apiArriving = reportApi
        .get()
        .then((api) => this.arrived(api))
        .catch(() => undefined);
    this.values = { ...this.initialValues(), ...preview.values };
    if (preview.step) this.step = preview.step;
    this.receipt = preview.receipt;
    if (preview.receipt) void this.connection.loadHelpCard();
    this.failure = preview.failure && failureOfType(preview.failure);
    if (preview.showErrors) {
      void Promise.all([reportApi.get(), this.updateComplete])
        .then(([api]) =>
          this.showProblems(api.validateStep(this.step, this.values, this.reportContext), {
            focusSummary: false,
          }),
        )
        .catch(() => undefined); // a preview without its checks shows the step without errors
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    const later = this.laterPart;
    if (this.receipt) {
      return html`<div class="wrapper">
        ${later?.receiptView({
          i18n: this.i18n,
          t,
          receipt: this.receipt,
          copyState: this.copyState,
          onCopy: () => void this.copyReference(),
          onNewReport: () => void this.newReport(),
          self: this.values.path === 'self',
          office: this.connection.office,
          now: new Date(),
          statusUrl: this.statusUrl,
          helpCard: this.connection.helpCard,
        })}
        ${liveRegions(this.announcer)}
      </div>`;
    }
    return formLayout({
      i18n: this.i18n,
      t,
      flow: this.flow,
      step: this.step,
      view: this.view(),
      errors: this.errorSummaryItems(),
      failure: this.failure,
      urgent: isUrgent(this.values),
      sending: this.sending,
      returnToReview: this.returnToReview,
      disabled: this.effectivelyDisabled,
      announcer: this.announcer,
      views: later,
      next: (event) => void this.next(event),
      back: () => void this.back(),
    });
  }
}

/** A preview's failure, named as the `tsunagu-error` event names it. */
function failureOfType(type: ReportErrorType): Failure {
  if (type === 'network') return { kind: 'offline' };
  if (type === 'rate_limited') return { kind: 'busy', retryAfter: undefined };
  if (type === 'config') return { kind: 'not-configured' };
  return { kind: 'server' };
}
