import { css, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { ConcernReportStatus } from '@tsunagu/schema';
import { checkCodePattern, normalizeReference, referencePattern } from '@tsunagu/schema/rules/reference';
import { isTsunaguError } from '@tsunagu/client/error-kind';
import { busyButton } from '../internal/busy-button.js';
import { errorSummary } from '../internal/error-summary.js';
import { TsunaguFormElement, type FieldProblem } from '../internal/form-element.js';
import { liveRegions } from '../internal/live-announcer.js';
import { textField } from '../internal/text-field.js';
import { resolveSettings } from '../internal/connection.js';
import { NotConfiguredError, failureFor, notLoadedText, type Failure } from '../internal/failures.js';
import { reportApi } from '../concern-report/api.js';
import { REPORT_MESSAGES, type ReportFirstMessages } from '../concern-report/messages/index.js';

const styles = css`
  h2 {
    margin: 0 0 var(--_t-space-4);
    font-size: 1.25em;
  }
  .result,
  .failure {
    margin: var(--_t-space-5) 0 0;
    padding: var(--_t-space-4);
    border: 2px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
  }
  .failure {
    border: 4px solid var(--_t-color-error);
  }
`;

/**
 * Lets a reporter check where a concern report stands with its reference number and check code. Shows the
 * status only (received → acknowledged → connected / closed), never the content.
 *
 * @tagname tsunagu-report-status
 * @summary Status check for a sent concern report (reference + check code).
 *
 * @attr reference - Pre-fills the reference number.
 * @attr api-base - Base URL of the tsunagu API (defaults to the embed script's `data-api-base`).
 * @attr key - The partner's publishable key (defaults to the embed script's `data-key`).
 * @csspart result - The box with the status.
 * @csspart failure - The "not found" or "could not check" box.
 */
export class ReportStatus extends TsunaguFormElement {
  static override styles = [TsunaguFormElement.styles, styles];
  static override catalogues = [REPORT_MESSAGES];

  static override properties: PropertyDeclarations = {
    reference: {},
    apiBase: { attribute: 'api-base' },
    key: {},
    checkCode: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    result: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  declare reference: string;
  declare apiBase: string | undefined;
  declare key: string | undefined;
  declare private checkCode: string;
  declare private busy: boolean;
  declare private result: ConcernReportStatus | undefined;
  /** `not_found`: no report with that reference and check code; else why the check could not be made. */
  declare private failure: 'not_found' | Failure | undefined;

  constructor() {
    super();
    this.reference = '';
    this.apiBase = undefined;
    this.key = undefined;
    this.checkCode = '';
    this.busy = false;
    this.result = undefined;
    this.failure = undefined;
  }

  private get t(): ReportFirstMessages {
    return REPORT_MESSAGES.get(this.i18n.locale);
  }

  protected override fieldLabel(fieldId: string): string {
    return fieldId === 'check_code' ? this.t.status.checkCode : this.t.status.reference;
  }

  protected override formValue(): FormData {
    return new FormData(); // a status check sends nothing to a partner's form
  }

  protected override resetValues(): void {
    this.reference = '';
    this.checkCode = '';
    this.result = undefined;
    this.failure = undefined;
  }

  protected override restoreValues(): void {}

  private validate(): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const reference = this.reference.trim();
    const code = this.checkCode.trim().toUpperCase();
    if (!reference) problems.push({ fieldId: 'reference', code: 'required' });
    else if (!referencePattern.test(normalizeReference(reference)))
      problems.push({ fieldId: 'reference', code: 'invalid_format' });
    if (!code) problems.push({ fieldId: 'check_code', code: 'required' });
    else if (!checkCodePattern.test(code)) problems.push({ fieldId: 'check_code', code: 'invalid_format' });
    return problems;
  }

  private async check(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    // the last answer ("not found", a status) is not about what is in the boxes now
    this.result = undefined;
    this.failure = undefined;
    const problems = this.validate();
    if (problems.length) {
      // their sentences come with the lookup's later part (usually here already)
      await this.withSentences();
      return this.showProblems(problems);
    }
    this.clearProblems();
    this.result = undefined;
    this.failure = undefined;
    const settings = resolveSettings({ apiBase: this.apiBase, key: this.key, locale: this.i18n.locale });
    this.busy = true;
    void this.announcer.announce(this.t.status.checking);
    try {
      if (!settings.apiBase || !settings.key) throw new NotConfiguredError('tsunagu-report-status');
      // the API comes after the form's first screen (a failed fetch is the `offline` failure)
      const api = await reportApi.get();
      this.result = await api.reportStatus(settings, this.reference, this.checkCode);
    } catch (error) {
      this.failure = isTsunaguError(error, 'not_found') ? 'not_found' : failureFor(error);
    }
    this.busy = false;
    this.announcer.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#status-outcome')?.focus();
  }

  private failureMessage(failure: Failure): string {
    return notLoadedText(this.i18n, failure);
  }

  protected override firstUpdated(): void {
    // the lookup's code (the SDK) and the field-error sentences arrive while the person types
    void reportApi
      .whenAllowed()
      .then(() => this.withSentences())
      .catch(() => undefined);
  }

  /** The field-error sentences from the later part; without it the errors say less but still show. */
  private async withSentences(): Promise<void> {
    try {
      const api = await reportApi.get();
      await this.i18n.adoptFieldErrors(api.FIELD_ERRORS);
    } catch {
      // the part did not arrive: LocaleController.fieldError names the field without a sentence
    }
  }

  override render(): TemplateResult {
    const s = this.t.status;
    return html`<h2>${s.heading}</h2>
      <p>${s.intro}</p>
      ${errorSummary(this.i18n, { errors: this.errorSummaryItems() })}
      <form novalidate @submit=${(event: Event) => void this.check(event)}>
        ${textField(this.i18n, {
          id: 'reference',
          label: s.reference,
          hint: s.referenceHint,
          required: true,
          width: 'medium',
          value: this.reference,
          autocomplete: 'off',
          spellcheck: false,
          disabled: this.effectivelyDisabled,
          error: this.errorFor('reference'),
          onInput: (value) => {
            this.reference = value;
            this.clearProblems('reference');
          },
        })}
        ${textField(this.i18n, {
          id: 'check_code',
          label: s.checkCode,
          hint: s.checkCodeHint,
          required: true,
          width: 'short',
          value: this.checkCode,
          autocomplete: 'off',
          spellcheck: false,
          disabled: this.effectivelyDisabled,
          error: this.errorFor('check_code'),
          onInput: (value) => {
            this.checkCode = value;
            this.clearProblems('check_code');
          },
        })}
        ${busyButton(this.i18n, { id: 'check', label: s.submit, busy: this.busy, busyLabel: s.checking, disabled: this.effectivelyDisabled })}
      </form>
      ${
        this.result
          ? html`<div id="status-outcome" class="result" part="result" tabindex="-1" role="status">
              <p><strong>${s.result}</strong></p>
              <p>${s.statuses[this.result.status]}</p>
              <p>${s.updated(this.i18n.formatDate(new Date(this.result.updated_at)))}</p>
            </div>`
          : nothing
      }
      ${
        this.failure
          ? html`<div id="status-outcome" class="failure" part="failure" tabindex="-1" role="alert">
              <p>${this.failure === 'not_found' ? s.notFound : this.failureMessage(this.failure)}</p>
            </div>`
          : nothing
      }
      ${liveRegions(this.announcer)}`;
  }
}
