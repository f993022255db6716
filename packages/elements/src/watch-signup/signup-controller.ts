// The sign-up widget's loading and sending: the activity list for the current filters (a newer filter
// aborts the older load, so a slow answer never overwrites it), further pages, the ward filter's wards,
// the sign-up with one idempotency key per activity, and the cancellation. The element keeps the view,
// the answers and the focus.
import type { ReactiveControllerHost } from 'lit';
import { TsunaguConflictError, TsunaguValidationError } from '@tsunagu/client/core';
import type {
  Activity,
  ActivityType,
  Page,
  SignupInput,
  SignupResult,
  SignupState,
  Ward,
} from '@tsunagu/schema';
import { LoadController, resolveSettings, type LoadState } from '../internal/connection.js';
import { NotConfiguredError } from '../internal/failures.js';
import { KeyedSender, type SendOutcome } from '../internal/send.js';
import { createSignupApi, type SignupApi } from './api.js';

/** What the controller reads from its element. */
export interface SignupControllerHost extends ReactiveControllerHost {
  readonly apiBase: string;
  readonly key: string;
  readonly api: SignupApi | undefined;
  readonly i18n: { readonly locale: string };
  /** The list's filters, or undefined while the list is not on screen (nothing is loaded then). */
  listFilters(): { ward: string; types: readonly ActivityType[] } | undefined;
}

type ListStatus = 'loading' | 'ready' | 'error' | 'more';

interface Target {
  apiBase: string;
  key: string;
  api: number;
}

interface ListInputs extends Target {
  ward: string;
  types: readonly ActivityType[];
}

export class SignupController {
  private readonly list: LoadController<ListInputs, Page<Activity>>;
  private readonly wardLoad: LoadController<Target, Ward[]>;
  private readonly sender = new KeyedSender();
  /** Further pages ("more"), appended to the first. */
  private more: { activities: Activity[]; cursor: string | null; loading: boolean } | undefined;
  private moreLoader: AbortController | undefined;
  // Bodies sent with the current key whose outcome is unknown (a lost response): replayed to recover it.
  private unanswered: SignupInput[] = [];
  /** Bumped when the page hands over another `api` object, so the loads start again. */
  private apiVersion = 0;

  constructor(
    private readonly host: SignupControllerHost,
    settled: (state: LoadState<Page<Activity>>) => void,
  ) {
    const settings = (): Target => ({ ...this.target(), api: this.apiVersion });
    this.list = new LoadController<ListInputs, Page<Activity>>(host, {
      inputs: () => {
        const filters = host.listFilters();
        return filters && { ...settings(), ...filters };
      },
      load: ({ ward, types }, signal) => {
        this.resetMore();
        return this.client().listActivities({ ward: ward || undefined, types }, signal);
      },
      settled,
    });
    this.wardLoad = new LoadController<Target, Ward[]>(host, {
      inputs: settings,
      // the list still works without wards; only the ward filter hides
      load: () =>
        this.client()
          .listWards()
          .catch((): Ward[] => []),
    });
  }

  /** Call when the element's `api` property changed. */
  apiChanged(): void {
    this.apiVersion += 1;
  }

  private target(): { apiBase: string; key: string } {
    const { apiBase, key } = resolveSettings({
      apiBase: this.host.apiBase,
      key: this.host.key,
      locale: this.host.i18n.locale,
    });
    return { apiBase, key };
  }

  private client(): SignupApi {
    if (this.host.api) return this.host.api;
    const { apiBase, key } = this.target();
    if (!apiBase || !key) {
      const refuse = () => Promise.reject(new NotConfiguredError('tsunagu-watch-signup'));
      return {
        listActivities: refuse,
        getActivity: refuse,
        listWards: refuse,
        createSignup: refuse,
        cancelSignup: refuse,
        getSignup: refuse,
      };
    }
    return createSignupApi({ apiBase, key, locale: this.host.i18n.locale });
  }

  get listStatus(): ListStatus {
    const state = this.list.state;
    if (state.status === 'failed') return 'error';
    if (state.status !== 'ready') return 'loading';
    return this.more?.loading ? 'more' : 'ready';
  }

  get activities(): Activity[] {
    const first = this.list.data?.data ?? [];
    return this.more ? [...first, ...this.more.activities] : first;
  }

  get nextCursor(): string | null {
    return this.more ? this.more.cursor : (this.list.data?.next_cursor ?? null);
  }

  get wards(): Ward[] {
    return this.wardLoad.data ?? [];
  }

  /** Loads the first page again (try again, back from a sign-up). */
  reload(): Promise<void> {
    return this.list.reload();
  }

  private resetMore(): void {
    this.moreLoader?.abort();
    this.moreLoader = undefined;
    this.more = undefined;
  }

  /** Appends the next page; a new first-page load drops it. Resolves false when it failed. */
  async loadMore(): Promise<boolean> {
    const cursor = this.nextCursor;
    const filters = this.host.listFilters();
    if (!cursor || !filters) return true;
    const loader = new AbortController();
    this.moreLoader?.abort();
    this.moreLoader = loader;
    const before = this.more?.activities ?? [];
    this.more = { activities: before, cursor, loading: true };
    this.host.requestUpdate();
    try {
      const page = await this.client().listActivities(
        { ward: filters.ward || undefined, types: filters.types, cursor },
        loader.signal,
      );
      if (loader !== this.moreLoader) return true;
      this.more = { activities: [...before, ...page.data], cursor: page.next_cursor, loading: false };
      return true;
    } catch {
      if (loader !== this.moreLoader) return true;
      this.more = { activities: before, cursor, loading: false };
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  getActivity(id: string): Promise<Activity> {
    return this.client().getActivity(id);
  }

  /** Forgets the sign-up's key (another activity, or after success). */
  resetSend(): void {
    this.sender.reset();
    this.unanswered = [];
  }

  /** Signs up; every attempt for the same activity keeps one idempotency key, so a seat is never taken twice. */
  async signUp(input: SignupInput): Promise<SendOutcome<SignupResult>> {
    const api = this.client();
    const outcome = await this.sender.send(input.activity_id, async (key) => {
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
    });
    if (outcome.ok) this.unanswered = [];
    return outcome;
  }

  cancel(signupId: string, cancelToken: string): Promise<SignupState> {
    return this.client().cancelSignup(signupId, cancelToken);
  }

  /** What a cancel link is about, before anything is cancelled; undefined when the page's API cannot say. */
  lookUp(signupId: string, cancelToken: string): Promise<SignupState | undefined> {
    const api = this.client();
    return api.getSignup ? api.getSignup(signupId, cancelToken) : Promise.resolve(undefined);
  }
}
