import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import {
  TsunaguConflictError,
  TsunaguNotFoundError,
  TsunaguRateLimitError,
  TsunaguValidationError,
} from '@tsunagu/client/core';
import type { Activity, ActivityType, SignupInput, SignupResult, Ward } from '@tsunagu/schema';
import { getDefaults } from '../defaults.js';
import type { ErrorSummaryItem } from '../internal/error-summary.js';
import { TsunaguFormElement } from '../internal/form-element.js';
import { liveRegions } from '../internal/live-announcer.js';
import { renderActivityView } from './activity-view.js';
import { activityTitle, activityWhen, parseTypes } from './activity-text.js';
import { newIdempotencyKey } from '../internal/api.js';
import { createSignupApi, type SignupApi } from './api.js';
import {
  cancelLinkFor,
  clearCancelFragment,
  readCancelFragment,
  type CancelCredentials,
} from './cancel-link.js';
import { renderListView } from './list-view.js';
import { SIGNUP_CATALOGUES, type SignupMessages } from './messages/index.js';
import { renderCancelView, renderDoneView } from './outcome-views.js';
import {
  emptyValues,
  planFor,
  problemsFromServer,
  toInput,
  validate,
  type FormPlan,
  type SignupValues,
} from './signup-model.js';
import { watchSignupStyles } from './watch-signup.styles.js';

export type SignupView = 'list' | 'activity' | 'done' | 'cancel';
export type Failure = keyof SignupMessages['failure'];
/** `already`: the link's sign-up was cancelled before (said calmly, nothing is asked again). */
export type CancelStatus = 'ask' | 'busy' | 'done' | 'already' | 'invalid' | 'error';

/** Detail of `tsunagu-signup-complete`: no personal data, no id or token. */
export interface SignupCompleteDetail {
  activityId: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | undefined;
}

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
 * @event tsunagu-signup-complete - A sign-up was accepted. `detail: {activityId, status, waitlistPosition}` (no personal data).
 * @event tsunagu-signup-cancelled - A sign-up was cancelled through its link. `detail: {activityId}`.
 */
export class WatchSignup extends TsunaguFormElement {
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
    wards: { state: true, attribute: false },
    activities: { state: true, attribute: false },
    nextCursor: { state: true, attribute: false },
    listStatus: { state: true, attribute: false },
    activity: { state: true, attribute: false },
    values: { state: true, attribute: false },
    submitting: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    result: { state: true, attribute: false },
    cancelStatus: { state: true, attribute: false },
    cancelledTitle: { state: true, attribute: false },
    cancelWhen: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
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
  /** @internal */ declare wards: Ward[];
  /** @internal */ declare activities: Activity[];
  /** @internal */ declare nextCursor: string | null;
  /** @internal */ declare listStatus: 'loading' | 'ready' | 'error' | 'more';
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

  private cancelCredentials: CancelCredentials | undefined;
  // One key per sign-up attempt, kept across "try again" so a lost response never books twice.
  private idempotencyKey: string | undefined;
  // Bodies sent with that key whose outcome is unknown (a lost response): replayed to recover the result.
  private unanswered: SignupInput[] = [];
  private listRequest = 0;
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
    this.wards = [];
    this.activities = [];
    this.nextCursor = null;
    this.listStatus = 'loading';
    this.activity = undefined;
    this.values = emptyValues();
    this.submitting = false;
    this.failure = undefined;
    this.result = undefined;
    this.cancelStatus = 'ask';
    this.cancelledTitle = '';
    this.cancelWhen = '';
    this.copyState = '';
  }

  /** @internal The widget's words in the current locale. */
  get m(): SignupMessages {
    return SIGNUP_CATALOGUES.get(this.i18n.locale);
  }

  /** @internal Activity types offered in the type filter. */
  get offeredTypes(): ActivityType[] {
    return parseTypes(this.types);
  }

  /** @internal What the form asks for the chosen activity. */
  get plan(): FormPlan | undefined {
    return this.activity && planFor(this.activity, this.values);
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

  // Loads after the first render, not on connect: an embed entry registers the tag (upgrading widgets already
  // in the page) before its own module body has applied the script tag's data-api-base / data-key.
  protected override firstUpdated(): void {
    if (this.view === 'list') void this.loadActivities();
    void this.loadWards();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A partner changing `ward` or `types` after start re-filters the list.
    if ((changed.has('ward') || changed.has('types')) && this.hasUpdated) {
      if (changed.has('ward')) this.wardFilter = this.ward;
      if (this.view === 'list') void this.loadActivities();
    }
    // …and a page (or a framework) setting api-base or key after start loads from that API.
    if ((changed.has('apiBase') || changed.has('key')) && this.hasUpdated && !this.api) {
      if (this.view === 'list') void this.loadActivities();
      void this.loadWards();
    }
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

  private client(): SignupApi {
    if (this.api) return this.api;
    const defaults = getDefaults();
    return createSignupApi({
      apiBase: this.apiBase || defaults.apiBase || '',
      key: this.key || defaults.key || '',
      locale: this.i18n.locale,
    });
  }

  /** Moves focus after the next render (view headings carry tabindex="-1"). */
  private focusAfterRender(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  // ── list ─────────────────────────────────────────────────────────────────────────────────────────────

  /** @internal Loads the first page (or, with `more`, the next one) for the current filters. */
  async loadActivities(more = false): Promise<void> {
    const request = ++this.listRequest;
    const offered = this.offeredTypes;
    const types = this.typeFilter ? [this.typeFilter as ActivityType] : offered;
    this.listStatus = more ? 'more' : 'loading';
    if (!more) this.activities = [];
    try {
      const page = await this.client().listActivities({
        ward: this.wardFilter || undefined,
        types,
        cursor: more ? (this.nextCursor ?? undefined) : undefined,
      });
      if (request !== this.listRequest) return; // a newer filter won
      this.activities = more ? [...this.activities, ...page.data] : page.data;
      this.nextCursor = page.next_cursor;
      this.listStatus = 'ready';
      void this.announcer.announce(
        this.activities.length ? this.m.list.count(this.activities.length) : this.m.list.empty,
      );
    } catch {
      if (request !== this.listRequest) return;
      this.listStatus = 'error';
      void this.announcer.announce(this.m.list.loadError, { assertive: true });
    }
  }

  private wardsRequest = 0;

  private async loadWards(): Promise<void> {
    const request = ++this.wardsRequest;
    try {
      const wards = await this.client().listWards();
      if (request === this.wardsRequest) this.wards = wards; // an answer for earlier settings is dropped
    } catch {
      if (request === this.wardsRequest) this.wards = []; // the list still works; only the ward filter hides
    }
  }

  /** @internal */
  setFilter(filter: 'ward' | 'type', value: string): void {
    if (filter === 'ward') this.wardFilter = value;
    else this.typeFilter = value;
    void this.loadActivities();
  }

  /** @internal Opens an activity's details and form. */
  choose(activity: Activity): void {
    if (this.activity?.id !== activity.id) {
      this.idempotencyKey = undefined;
      this.unanswered = [];
    }
    this.activity = activity;
    this.view = 'activity';
    this.failure = undefined;
    this.clearProblems();
    this.updateFormValue();
    this.focusAfterRender('#view-heading');
  }

  /** @internal Back to the list, focus on the activity the person came from. */
  backToList(): void {
    const from = this.activity?.id;
    this.view = 'list';
    this.failure = undefined;
    this.clearProblems();
    if (!this.activities.length || this.result || this.cancelledTitle) void this.loadActivities();
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
    if (this.submitting || !activity || !plan || this.effectivelyDisabled) return;
    this.failure = undefined;
    const problems = validate(plan, this.values, activity);
    if (problems.length) {
      await this.showProblems(problems);
      return;
    }
    this.clearProblems();
    const input = toInput(activity.id, plan, this.values);
    this.idempotencyKey ??= newIdempotencyKey();
    this.submitting = true;
    void this.announcer.announce(this.m.form.sending);
    try {
      const result = await this.send(input, this.idempotencyKey);
      this.succeed(activity, result);
    } catch (error) {
      await this.fail(error, plan, activity);
    } finally {
      this.submitting = false;
    }
  }

  private async send(input: SignupInput, key: string): Promise<SignupResult> {
    const api = this.client();
    try {
      return await api.createSignup(input, key);
    } catch (error) {
      if (error instanceof TsunaguConflictError && error.code === 'idempotency_key_reused') {
        // An earlier attempt with this key reached the server (its answer was lost) and the person has
        // changed an answer since: replay that attempt to get its result instead of booking twice.
        for (const earlier of this.unanswered) {
          const replayed = await api.createSignup(earlier, key).catch(() => undefined);
          if (replayed) return replayed;
        }
      }
      if (!(error instanceof TsunaguValidationError || error instanceof TsunaguConflictError)) {
        this.unanswered.push(input); // no answer: it may or may not have been stored
      }
      throw error;
    }
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
    this.idempotencyKey = undefined;
    this.unanswered = [];
    this.copyState = '';
    this.view = 'done';
    this.focusAfterRender('#view-heading');
    this.dispatchEvent(
      new CustomEvent<SignupCompleteDetail>('tsunagu-signup-complete', {
        bubbles: true,
        composed: true,
        detail: {
          activityId: result.activity_id,
          status: result.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
          waitlistPosition: result.waitlist_position,
        },
      }),
    );
  }

  private async fail(error: unknown, plan: FormPlan, activity: Activity): Promise<void> {
    if (error instanceof TsunaguValidationError && error.fields.length) {
      const fields = error.fields;
      if (fields.some((f) => f.code === 'unknown_activity')) return this.showFailure('unknownActivity');
      if (fields.some((f) => f.code === 'not_enough_seats')) await this.refreshActivity(activity.id);
      await this.showProblems(problemsFromServer(fields, plan, this.activity?.seats_left ?? 0));
      return;
    }
    if (error instanceof TsunaguConflictError && error.code === 'activity_not_bookable') {
      return this.showFailure('notBookable');
    }
    if (error instanceof TsunaguNotFoundError) return this.showFailure('unknownActivity');
    if (error instanceof TsunaguRateLimitError) return this.showFailure('rateLimited');
    const status = (error as { status?: number }).status;
    this.showFailure(status === undefined ? 'network' : 'server');
  }

  private showFailure(failure: Failure): void {
    this.failure = failure;
    void this.announcer.announce(this.m.failure[failure], { assertive: true });
  }

  private async refreshActivity(id: string): Promise<void> {
    try {
      this.activity = await this.client().getActivity(id);
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
    const api = this.client();
    try {
      const state = await api.getSignup?.(credentials.signupId, credentials.cancelToken);
      if (!state || this.cancelCredentials !== credentials) return;
      const activity = await api.getActivity(state.activity_id).catch(() => undefined);
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
      const state = await this.client().cancelSignup(credentials.signupId, credentials.cancelToken);
      this.cancelCredentials = undefined;
      this.cancelledTitle = await this.client()
        .getActivity(state.activity_id)
        .then((activity) => activityTitle(activity, this.i18n))
        .catch(() => '');
      this.cancelStatus = 'done';
      this.dispatchEvent(
        new CustomEvent('tsunagu-signup-cancelled', {
          bubbles: true,
          composed: true,
          detail: { activityId: state.activity_id },
        }),
      );
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
    const label = (this.m.form as Record<string, unknown>)[fieldId];
    return typeof label === 'string' ? label : fieldId;
  }

  override render(): TemplateResult {
    const view =
      this.view === 'activity' && this.activity
        ? renderActivityView(this, this.activity)
        : this.view === 'done' && this.result
          ? renderDoneView(this, this.result)
          : this.view === 'cancel'
            ? renderCancelView(this)
            : renderListView(this);
    return html`${view}${liveRegions(this.announcer)}`;
  }
}
