import type { PropertyDeclarations, PropertyValues } from 'lit';
import { plain } from '../i18n/ruby.js';
import type { FieldErrorArgs } from '../i18n/types.js';
import { focusErrorSummary, type ErrorSummaryItem } from './error-summary.js';
import { TsunaguElement } from './tsunagu-element.js';

/**
 * A field problem kept as a code, not a sentence, so it is re-worded when the language changes.
 * `fieldId` is the id of the control in the widget's shadow root.
 */
export interface FieldProblem extends Omit<FieldErrorArgs, 'label'> {
  fieldId: string;
  /** A schema field-error code (`required`, `invalid_phone`, …). */
  code: string;
}

/**
 * Base class for widgets that hold input. Form-associated (ElementInternals), so a widget placed inside a
 * partner's `<form>` submits its values with it, takes part in reset, and is restored by the browser's
 * back/forward cache and autofill; its validity mirrors the error summary.
 *
 * Subclasses implement `formValue()`, `resetValues()`, `restoreValues()` and `fieldLabel()`, call
 * `updateFormValue()` after each change, and render `errorSummary(this.i18n, {errors: this.errorSummaryItems()})`
 * plus `error: this.errorFor(id)` on each field.
 *
 * @summary Base of the widgets that hold input: form association, validity and the error summary.
 */
export abstract class TsunaguFormElement extends TsunaguElement {
  static formAssociated = true;

  // Declared without decorators and initialised in the constructor, so the reactive accessors work whatever
  // the compiler's class-field semantics (the test runner's esbuild does not read the base tsconfig).
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true, attribute: false },
    fieldProblems: { state: true, attribute: false },
  };

  /** Form field name; widgets may use it as a prefix for their FormData entries. */
  declare name: string;
  /** Disables the widget's controls (the partner's switch; a disabled ancestor fieldset also disables it). */
  declare disabled: boolean;
  /** Set by the browser through formDisabledCallback: own `disabled` attribute or a disabled fieldset. */
  declare private formDisabled: boolean;
  /** Current problems, in the order of the fields on screen. */
  declare protected fieldProblems: readonly FieldProblem[];

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.name = '';
    this.disabled = false;
    this.formDisabled = false;
    this.fieldProblems = [];
  }

  /** The form that owns this widget, if any. */
  /**
   * True while the person has typed or chosen something not yet sent. While true, leaving the page
   * (reload, the phone's back gesture, closing the tab) asks the browser's own "leave this page?" first.
   */
  get hasUnsentInput(): boolean {
    return false;
  }

  // The browser's own prompt (its wording is the browser's); nothing is stored to bring answers back.
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.hasUnsentInput) return;
    event.preventDefault();
    event.returnValue = '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The entries this widget contributes to its form. */
  protected abstract formValue(): FormData;
  /** Puts every field back to its initial value (form reset). */
  protected abstract resetValues(): void;
  /** Restores fields from a FormData produced by `formValue()` (back/forward navigation, autofill). */
  protected abstract restoreValues(state: FormData): void;
  /** The visible label of a field in the current locale, used inside its error sentences. */
  protected abstract fieldLabel(fieldId: string): string;

  /** Sends the current values to the owning form (call after every change). */
  protected updateFormValue(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
  }

  /** The error sentence for a field in the current locale, or undefined when it is fine. */
  protected errorFor(fieldId: string): string | undefined {
    const problem = this.fieldProblems.find((p) => p.fieldId === fieldId);
    return problem ? this.problemMessage(problem) : undefined;
  }

  /**
   * Problems whose field is not on screen after the last render (a server rule about a field this form
   * does not show): listed in the summary without a link. Checked after each render, since showing
   * problems may also change the step that holds the field.
   */
  private unlinked: ReadonlySet<string> = new Set();

  private hasField(fieldId: string): boolean {
    return !this.unlinked.has(fieldId);
  }

  private checkLinks(): void {
    const missing = new Set(
      this.fieldProblems
        .map((p) => p.fieldId)
        .filter((id) => this.renderRoot.querySelector(`#${CSS.escape(id)}`) === null),
    );
    const same = missing.size === this.unlinked.size && [...missing].every((id) => this.unlinked.has(id));
    if (!same) {
      this.unlinked = missing;
      this.requestUpdate();
    }
  }

  /** The current problems as error-summary entries, worded in the current locale. */
  protected errorSummaryItems(): ErrorSummaryItem[] {
    return this.fieldProblems.map((problem) => ({
      fieldId: problem.fieldId,
      message: this.problemMessage(problem),
      linked: this.hasField(problem.fieldId),
    }));
  }

  /**
   * Shows problems after a failed submit: renders the summary and inline errors, then moves focus to the
   * summary (GOV.UK pattern) unless `focusSummary` is false.
   */
  protected async showProblems(
    problems: readonly FieldProblem[],
    { focusSummary = true } = {},
  ): Promise<void> {
    this.fieldProblems = problems;
    await this.updateComplete;
    if (focusSummary && problems.length > 0) focusErrorSummary(this.renderRoot);
  }

  /** Removes the problems of one field (e.g. once it is corrected), or all of them. */
  protected clearProblems(fieldId?: string): void {
    this.fieldProblems = fieldId === undefined ? [] : this.fieldProblems.filter((p) => p.fieldId !== fieldId);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.checkLinks();
    this.syncValidity();
  }

  formResetCallback(): void {
    this.resetValues();
    this.clearProblems();
    this.announcer.clear();
    this.updateFormValue();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      this.restoreValues(state);
      this.updateFormValue();
    }
  }

  /** True when the controls must be disabled: by the `disabled` property or by a disabled fieldset. */
  get effectivelyDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  // Not reflected into `disabled`: the attribute would then keep the widget disabled after the fieldset is
  // enabled again.
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private problemMessage(problem: FieldProblem): string {
    const { fieldId, code, ...limits } = problem;
    return this.i18n.fieldError(code, { ...limits, label: this.fieldLabel(fieldId) });
  }

  // Mirrors the error summary into the form's constraint validation, anchored on the first problem's field
  // so the browser's own reportValidity() points at it.
  private syncValidity(): void {
    const first = this.fieldProblems[0];
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(first.fieldId)}`) ?? undefined;
    this.internals.setValidity({ customError: true }, plain(this.problemMessage(first)), anchor);
  }
}
