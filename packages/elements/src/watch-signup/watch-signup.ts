import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TsunaguConflictError, TsunaguNotFoundError } from '@tsunagu/client/core';
import type { Activity, ActivityType, SignupResult, Ward } from '@tsunagu/schema';
import { html } from '../i18n/ruby.js';
import type { ErrorSummaryItem } from '../internal/error-summary.js';
import { TsunaguSignupCancelledEvent, TsunaguSignupCompleteEvent } from '../internal/events.js';
import {
  failureText,
  joinSentences,
  notLoadedText,
  type Failure as RequestFailure,
  type FailureKind,
} from '../internal/failures.js';
import { TsunaguFormElement } from '../internal/form-element.js';
import { liveRegions } from '../internal/live-announcer.js';
import { activityTitle, activityWhen, parseTypes } from './activity-text.js';
import type { SignupApi } from './api.js';
import {
  cancelLinkFor,
  clearCancelFragment,
  readCancelFragment,
  type CancelCredentials,
} from './cancel-link.js';
import { renderListView } from './list-view.js';
import { SIGNUP_CATALOGUES, type SignupMessages } from './messages/index.js';
import { signupLater, type SignupLater } from './later.js';
import { renderPartPending, type PartStatus } from './part-pending.js';
import type { FormPlan } from './signup-model.js';
import { emptyValues, type SignupValues } from './signup-values.js';
import { SignupController } from './signup-controller.js';
import type { CancelStatus, SignupViewHost } from './view-host.js';
import { watchSignupStyles } from './watch-signup.styles.js';

export type SignupView = 'list' | 'activity' | 'done' | 'cancel';
/** Why a sign-up failed: this widget's own answers, or one of the failures every widget words alike. */
export type Failure = 'notBookable' | 'unknownActivity' | 'seatsChanged' | FailureKind;

export type { SignupCompleteDetail } from '../internal/events.js';
export type { CancelStatus } from './view-host.js';

/**
 * Sign-up for local activities — neighbourhood watch (見守り), business watch partners, food support,
 * community places, study support, hosting work experience and training. People browse by ward and type with
 * the seats left, read the details, and sign up as a person or an organisation; the form asks only what the
 * activity needs (guardian consent for minors). A full activity offers the waiting list. The confirmation
 * gives a cancellation link whose token travels in the URL fragment, never to a server.
 *
 * @tagname tsunagu-watch-signup
 * @summary Browse local activities and sign up, with seats left, waitlist and cancellation by link.
 *
 * @csspart filters - The ward and type filters.
 * @csspart list - The list of activities.
 * @csspart card - One activity in the list.
 * @csspart card-title - The title of an activity in the list.
 * @csspart seats - "残り 3 席" / "満席 — キャンセル待ちに登録".
 * @csspart details - The activity's details above the form.
 * @csspart notice - A message box (waitlist note, failure, empty list).
 * @csspart back - The "back to the list" button.
 * @csspart confirmation - The confirmation after signing up.
 * @csspart cancel-link - The cancellation link in the confirmation.
 *
 * @event {TsunaguSignupCompleteEvent} tsunagu-signup-complete - A sign-up was accepted. `detail: {activityId, status, waitlistPosition}` (no personal data).
 * @event {TsunaguSignupCancelledEvent} tsunagu-signup-cancelled - A sign-up was cancelled through its link. `detail: {activityId}`.
 */
export class WatchSignup extends TsunaguFormElement implements SignupViewHost {
  static override styles = [TsunaguFormElement.styles, watchSignupStyles];
  static override catalogues = [SIGNUP_CATALOGUES];

  static override properties: PropertyDeclarations = {
    ward: { reflect: true },
    types: {},
    apiBase: { attribute: 'api-base' },
    key: {},
    termsUrl: { attribute: 'terms-url' },
    privacyUrl: { attribute: 'privacy-url' },
    cancelUrl: { attribute: 'cancel-url' },
    signupId: { attribute: 'signup-id' },
    cancelToken: { attribute: 'cancel-token' },
    api: { attribute: false },
    view: { state: true, attribute: false },
    wardFilter: { state: true, attribute: false },
    typeFilter: { state: true, attribute: false },
    activity: { state: true, attribute: false },
    values: { state: true, attribute: false },
    submitting: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    result: { state: true, attribute: false },
    cancelStatus: { state: true, attribute: false },
    cancelledTitle: { state: true, attribute: false },
    cancelWhen: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
    partStatus: { state: true, attribute: false },
  };

  /** Ward id to show first (e.g. `naka`); the person can change it. */
  declare ward: string;
  /** Activity types to offer, separated by spaces (e.g. `watch training`); empty = all. */
  declare types: string;
  /** API base URL; defaults to the embed script's `data-api-base`. */
  declare apiBase: string;
  /** Publishable key; defaults to the embed script's `data-key`. */
  declare key: string;
  /** Links shown next to the consent box. */
  declare termsUrl: string;
  declare privacyUrl: string;
  /** Page the cancellation link opens (default: this page). It must carry this widget too. */
  declare cancelUrl: string;
  /** Cancel mode without a link: the sign-up's id and token (e.g. rendered by the partner's server). */
  declare signupId: string;
  declare cancelToken: string;
  /** The API to use instead of the one built from `api-base` and `key` (tests, stories, custom transports). */
  declare api: SignupApi | undefined;

  /** @internal */ declare view: SignupView;
  /** @internal */ declare wardFilter: string;
  /** @internal */ declare typeFilter: string;
  /** @internal */ declare activity: Activity | undefined;
  /** @internal */ declare values: SignupValues;
  /** @internal */ declare submitting: boolean;
  /** @internal */ declare failure: Failure | undefined;
  /** @internal */ declare result: (SignupResult & { title: string; link: string }) | undefined;
  /** @internal */ declare cancelStatus: CancelStatus;
  /** @internal */ declare cancelledTitle: string;
  /** @internal */ declare cancelWhen: string;
  /** @internal Whether the cancel link was copied ('' before any try). */ declare copyState:
    '' | 'copied' | 'failed';
  /** @internal Whether the pages after the list are on their way or failed to arrive (see `laterPart`). */
  declare partStatus: PartStatus;

  /** The pages after the list (the form, its checks, the confirmation, the cancellation) once arrived. */
  private laterPart: SignupLater | undefined;
  /** The later part while a page after the list awaits it (see getUpdateComplete). */
  private partArriving: Promise<unknown> = Promise.resolve();
  /** Whether the later part was asked for once the list was shown. */
  private prefetched = false;

  private cancelCredentials: CancelCredentials | undefined;
  /** Loading and sending: the list, the wards, the sign-up and the cancellation. */
  private readonly connection = new SignupController(this, (state) => {
    this.listShown();
    if (state.status === 'ready') {
      const count = this.activities.length;
      void this.announcer.announce(count ? this.m.list.count(count) : this.m.list.empty);
    } else if (state.status === 'failed') {
      void this.announcer.announce(this.m.list.loadError, { assertive: true });
    }
  });
  private focusTarget: string | undefined;
  private readonly onHashChange = () => this.readCancelLink();

  constructor() {
    super();
    this.ward = '';
    this.types = '';
    this.apiBase = '';
    this.key = '';
    this.termsUrl = '';
    this.privacyUrl = '';
    this.cancelUrl = '';
    this.signupId = '';
    this.cancelToken = '';
    this.api = undefined;
    this.view = 'list';
    this.wardFilter = '';
    this.typeFilter = '';
    this.activity = undefined;
    this.values = emptyValues();
    this.submitting = false;
    this.failure = undefined;
    this.result = undefined;
    this.cancelStatus = 'ask';
    this.cancelledTitle = '';
    this.cancelWhen = '';
    this.copyState = '';
    this.partStatus = 'loading';
  }

  /**
   * @internal The widget's words in the current locale: the list's, and once the later part has arrived,
   * all of them (the pages that read the rest render only then).
   */
  get m(): SignupMessages {
    const first = SIGNUP_CATALOGUES.get(this.i18n.locale);
    const later = this.laterPart?.SIGNUP_LATER.get(this.i18n.locale);
    return (later ? { ...first, ...later } : first) as SignupMessages;
  }

  /** @internal The wards of the ward filter (empty until loaded, or when they could not be). */
  get wards(): Ward[] {
    return this.connection.wards;
  }

  /** @internal The activities listed for the current filters. */
  get activities(): Activity[] {
    return this.connection.activities;
  }

  /** @internal */
  get nextCursor(): string | null {
    return this.connection.nextCursor;
  }

  /** @internal */
  get listStatus(): 'loading' | 'ready' | 'error' | 'more' {
    return this.connection.listStatus;
  }

  /** @internal The failure box's words: this widget's own, or the shared ones and "what you entered is kept". */
  get failureMessage(): string | undefined {
    const failure = this.failure;
    if (!failure) return undefined;
    if (failure === 'notBookable' || failure === 'unknownActivity' || failure === 'seatsChanged') {
      return this.m.failure[failure];
    }
    const words = this.i18n.m.failures;
    return joinSentences(this.i18n, [
      words.notSent,
      failureText(this.i18n, failure),
      failure === 'not-configured' ? '' : words.kept,
    ]);
  }

  /** @internal The list's filters while the list is on screen (the list loads only then). */
  listFilters(): { ward: string; types: readonly ActivityType[] } | undefined {
    if (this.view !== 'list') return undefined;
    return {
      ward: this.wardFilter,
      types: this.typeFilter ? [this.typeFilter as ActivityType] : this.offeredTypes,
    };
  }

  /** @internal Activity types offered in the type filter. */
  get offeredTypes(): ActivityType[] {
    return parseTypes(this.types);
  }

  /** @internal What the form asks for the chosen activity. */
  get plan(): FormPlan | undefined {
    return this.activity && this.laterPart?.planFor(this.activity, this.values);
  }

  /** @internal The error sentence of a field (public for the view templates). */
  override errorFor(fieldId: string): string | undefined {
    return super.errorFor(fieldId);
  }

  /** @internal */
  override errorSummaryItems(): ErrorSummaryItem[] {
    return super.errorSummaryItems();
  }

  /** True while a sign-up form holds answers not yet sent (the base element then warns before leaving). */
  override get hasUnsentInput(): boolean {
    return this.view === 'activity' && JSON.stringify(this.values) !== JSON.stringify(emptyValues());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.wardFilter = this.ward;
    if (!this.readCancelLink() && this.signupId && this.cancelToken) {
      this.startCancel({ signupId: this.signupId, cancelToken: this.cancelToken });
    }
    this.updateFormValue();
  }

  /**
   * The list is on screen (or said it could not load): the form, the confirmation and the cancellation
   * come now, while the person reads it. Not before: on a slow line the part would share the line with
   * the list's own answer.
   */
  private listShown(): void {
    if (this.laterPart || this.prefetched) return;
    this.prefetched = true;
    void signupLater
      .whenAllowed()
      .then((part) => this.arrived(part))
      .catch(() => undefined); // a page that needs it fetches it again and says so if it still cannot
  }

  /**
   * The later part with its words in the widget's language. If those words do not arrive, the form goes on
   * in 日本語 rather than not at all; the next change of language tries again.
   */
  private async arrived(part: SignupLater): Promise<void> {
    await Promise.all([
      this.i18n.adopt(part.SIGNUP_LATER),
      this.i18n.adoptFieldErrors(part.FIELD_ERRORS),
    ]).catch(() => undefined);
    if (this.laterPart) return;
    this.laterPart = part;
    // the page that waited for the part replaces its stand-in: focus stays on its heading
    if (this.view !== 'list' && this.shadowRoot?.activeElement) this.focusAfterRender('#view-heading');
    this.requestUpdate();
  }

  /** Fetches the later part for the page on screen; a failure is said, and the retry button fetches again. */
  private needLaterPart(): Promise<unknown> {
    if (this.laterPart) return Promise.resolve();
    this.partStatus = 'loading';
    this.partArriving = signupLater
      .get()
      .then((part) => this.arrived(part))
      .catch(() => {
        this.partStatus = 'failed';
        void this.announcer.announce(notLoadedText(this.i18n, 'offline'), { assertive: true });
      });
    return this.partArriving;
  }

  /** @internal */
  retryLaterPart(): void {
    void this.needLaterPart().then(() => {
      // the retry button is gone: focus goes to the page's heading, whether the part came or not
      this.focusAfterRender(this.laterPart ? '#view-heading' : '#part-retry');
    });
  }

  // `await el.updateComplete` after opening an activity also waits for the later part it awaits (usually
  // there already), so its form has rendered.
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.partArriving;
    return super.getUpdateComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A partner changing `ward` after start re-filters the list; the connection reloads whenever the
    // filters or the API settings change (on the first update too: after the embed script's defaults).
    if (changed.has('ward') && this.hasUpdated) this.wardFilter = this.ward;
    if (changed.has('api')) this.connection.apiChanged();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusTarget) return;
    // Wait for a reloading list to show the activity the person came from; else fall back to the heading.
    if (this.view === 'list' && this.listStatus === 'loading') return;
    const target =
      this.renderRoot.querySelector<HTMLElement>(this.focusTarget) ??
      this.renderRoot.querySelector<HTMLElement>('#view-heading');
    this.focusTarget = undefined;
    target?.focus();
  }

  /** Moves focus after the next render (view headings carry tabindex="-1"). */
  private focusAfterRender(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  // ── list ─────────────────────────────────────────────────────────────────────────────────────────────

  /** @internal Loads the first page again (or, with `more`, appends the next one). */
  async loadActivities(more = false): Promise<void> {
    if (!more) return this.connection.reload();
    if (!(await this.connection.loadMore())) {
      void this.announcer.announce(this.m.list.loadError, { assertive: true });
    } else {
      void this.announcer.announce(this.m.list.count(this.activities.length));
    }
  }

  /** @internal */
  setFilter(filter: 'ward' | 'type', value: string): void {
    if (filter === 'ward') this.wardFilter = value;
    else this.typeFilter = value;
  }

  /** @internal Opens an activity's details and form. */
  choose(activity: Activity): void {
    if (this.activity?.id !== activity.id) this.connection.resetSend();
    this.activity = activity;
    this.view = 'activity';
    this.failure = undefined;
    this.clearProblems();
    this.updateFormValue();
    void this.needLaterPart();
    this.focusAfterRender('#view-heading');
  }

  /** @internal Back to the list, focus on the activity the person came from. */
  backToList(): void {
    const from = this.activity?.id;
    this.view = 'list';
    this.failure = undefined;
    this.clearProblems();
    if (this.result || this.cancelledTitle) void this.connection.reload();
    this.result = undefined;
    this.focusAfterRender(from ? `[data-activity="${CSS.escape(from)}"]` : '#view-heading');
  }

  // ── form ─────────────────────────────────────────────────────────────────────────────────────────────

  /** @internal */
  set<K extends keyof SignupValues>(key: K, value: SignupValues[K]): void {
    this.values = { ...this.values, [key]: value };
    if (this.fieldProblems.length) this.clearProblems(key);
  }

  /** @internal */
  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const activity = this.activity;
    const plan = this.plan;
    const later = this.laterPart;
    if (this.submitting || !activity || !plan || !later || this.effectivelyDisabled) return;
    this.failure = undefined;
    const problems = later.validate(plan, this.values, activity);
    if (problems.length) {
      await this.showProblems(problems);
      return;
    }
    this.clearProblems();
    const input = later.toInput(activity.id, plan, this.values);
    this.submitting = true;
    void this.announcer.announce(this.m.form.sending);
    const outcome = await this.connection.signUp(input);
    this.submitting = false;
    if (outcome.ok) this.succeed(activity, outcome.result);
    else await this.fail(outcome.error, outcome.failure, plan, activity, later);
  }

  private succeed(activity: Activity, result: SignupResult): void {
    const page = this.cancelUrl || window.location.href;
    this.result = {
      ...result,
      title: activityTitle(activity, this.i18n),
      link: cancelLinkFor(new URL(page, window.location.href).href, {
        signupId: result.id,
        cancelToken: result.cancel_token,
      }),
    };
    this.values = emptyValues();
    this.copyState = '';
    this.view = 'done';
    this.focusAfterRender('#view-heading');
    this.dispatchEvent(
      new TsunaguSignupCompleteEvent({
        activityId: result.activity_id,
        status: result.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
        waitlistPosition: result.waitlist_position,
      }),
    );
  }

  private async fail(
    error: unknown,
    failure: RequestFailure,
    plan: FormPlan,
    activity: Activity,
    later: SignupLater,
  ): Promise<void> {
    if (failure.kind === 'rejected' && failure.fields.length) {
      const fields = failure.fields;
      if (fields.some((f) => f.code === 'unknown_activity')) return this.showFailure('unknownActivity');
      if (fields.some((f) => f.code === 'not_enough_seats')) await this.refreshActivity(activity.id);
      await this.showProblems(later.problemsFromServer(fields, plan, this.activity?.seats_left ?? 0));
      return;
    }
    if (error instanceof TsunaguConflictError && error.code === 'activity_not_bookable') {
      return this.showFailure('notBookable');
    }
    if (error instanceof TsunaguNotFoundError) return this.showFailure('unknownActivity');
    this.showFailure(failure.kind);
  }

  private showFailure(failure: Failure): void {
    this.failure = failure;
    void this.announcer.announce(this.failureMessage ?? '', { assertive: true });
  }

  private async refreshActivity(id: string): Promise<void> {
    try {
      this.activity = await this.connection.getActivity(id);
    } catch {
      // keep the seats we knew; the server's code still explains the problem
    }
  }

  // ── cancellation ─────────────────────────────────────────────────────────────────────────────────────

  private readCancelLink(): boolean {
    const credentials = readCancelFragment(window.location.hash);
    if (!credentials) return false;
    clearCancelFragment();
    this.startCancel(credentials);
    return true;
  }

  private startCancel(credentials: CancelCredentials): void {
    this.cancelCredentials = credentials;
    this.cancelStatus = 'ask';
    this.cancelledTitle = '';
    this.cancelWhen = '';
    this.result = undefined;
    this.view = 'cancel';
    void this.needLaterPart();
    if (this.hasUpdated) this.focusAfterRender('#view-heading');
    void this.loadCancelTarget(credentials);
  }

  /** @internal Copies the cancel link; without a clipboard (permissions, old browser) says how to copy it by hand. */
  async copyCancelLink(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
    }
    void this.announcer.announce(this.copyState === 'copied' ? this.m.done.copied : this.m.done.copyFailed);
  }

  /** Names what the link would cancel (activity and date), or says it is cancelled already. */
  private async loadCancelTarget(credentials: CancelCredentials): Promise<void> {
    try {
      const state = await this.connection.lookUp(credentials.signupId, credentials.cancelToken);
      if (!state || this.cancelCredentials !== credentials) return;
      const activity = await this.connection.getActivity(state.activity_id).catch(() => undefined);
      if (this.cancelCredentials !== credentials || this.cancelStatus !== 'ask') return;
      if (activity) {
        this.cancelledTitle = activityTitle(activity, this.i18n);
        this.cancelWhen = activityWhen(activity, this.i18n, this.m);
      }
      if (state.status === 'cancelled') {
        this.cancelCredentials = undefined;
        this.cancelStatus = 'already';
      }
    } catch (error) {
      if (error instanceof TsunaguNotFoundError && this.cancelCredentials === credentials)
        this.cancelStatus = 'invalid';
      // otherwise the question stays, without the activity's name: cancelling still works
    }
  }

  /** @internal */
  async confirmCancel(): Promise<void> {
    const credentials = this.cancelCredentials;
    if (!credentials || this.cancelStatus === 'busy' || this.cancelStatus === 'done') return;
    this.cancelStatus = 'busy';
    void this.announcer.announce(this.m.cancel.sending);
    try {
      const state = await this.connection.cancel(credentials.signupId, credentials.cancelToken);
      this.cancelCredentials = undefined;
      this.cancelledTitle = await this.connection
        .getActivity(state.activity_id)
        .then((activity) => activityTitle(activity, this.i18n))
        .catch(() => '');
      this.cancelStatus = 'done';
      this.dispatchEvent(new TsunaguSignupCancelledEvent(state.activity_id));
    } catch (error) {
      this.cancelStatus = error instanceof TsunaguNotFoundError ? 'invalid' : 'error';
      void this.announcer.announce(
        this.cancelStatus === 'invalid' ? this.m.cancel.invalid : this.m.cancel.network,
        { assertive: true },
      );
      return;
    }
    this.focusAfterRender('#view-heading');
  }

  // ── form association (no personal data: only the chosen activity and the outcome) ────────────────────

  protected override formValue(): FormData {
    const data = new FormData();
    if (this.activity) data.append('activity_id', this.activity.id);
    if (this.result) data.append('signup_status', this.result.status);
    return data;
  }

  protected override resetValues(): void {
    this.values = emptyValues();
  }

  protected override restoreValues(): void {
    // nothing typed is restored from the browser's form state: it would include personal data
  }

  protected override fieldLabel(fieldId: string): string {
    if (fieldId === 'name' && this.plan?.organisation) return this.m.form.contactName;
    const label = (this.m.form as Record<string, unknown> | undefined)?.[fieldId];
    return typeof label === 'string' ? label : fieldId;
  }

  override render(): TemplateResult {
    const later = this.laterPart;
    const view =
      this.view === 'list' || (this.view === 'activity' && !this.activity)
        ? renderListView(this)
        : !later
          ? renderPartPending(
              this,
              this.activity && this.view === 'activity'
                ? activityTitle(this.activity, this.i18n)
                : this.m.title,
              this.partStatus,
            )
          : this.view === 'activity' && this.activity
            ? later.renderActivityView(this, this.activity)
            : this.view === 'done' && this.result
              ? later.renderDoneView(this, this.result)
              : this.view === 'cancel'
                ? later.renderCancelView(this)
                : renderListView(this);
    return html`${view}${liveRegions(this.announcer)}`;
  }
}
