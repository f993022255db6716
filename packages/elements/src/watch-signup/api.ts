// The few API calls the sign-up widget makes, through the SDK's activities and sign-ups entry points on the
// core every widget shares (../internal/api.ts): the SDK's headers, typed errors, schema checks and safe
// retries (a lost sign-up is re-sent with the same Idempotency-Key), without the resources it never calls.
import { activitiesResource } from '@tsunagu/client/activities';
import type { TsunaguHttp } from '@tsunagu/client/core';
import { signupsResource } from '@tsunagu/client/signups';
import type {
  Activity,
  ActivityType,
  Page,
  SignupInput,
  SignupResult,
  SignupState,
  Ward,
} from '@tsunagu/schema';
import { httpFor, loadWards, type ApiSettings } from '../internal/api.js';

export interface SignupApiConfig {
  apiBase: string;
  key: string;
  /** Sent as Accept-Language. */
  locale: string;
}

export interface ActivityQuery {
  ward?: string | undefined;
  types?: readonly ActivityType[] | undefined;
  cursor?: string | undefined;
}

/** What the widget needs from the API; tests and stories may pass their own. */
export interface SignupApi {
  /** `signal` aborts the request when the widget no longer needs the answer (new filters, removed). */
  listActivities(query: ActivityQuery, signal?: AbortSignal): Promise<Page<Activity>>;
  getActivity(id: string): Promise<Activity>;
  listWards(): Promise<Ward[]>;
  /** Same `idempotencyKey` on every "try again": one seat per key, never two. */
  createSignup(input: SignupInput, idempotencyKey: string): Promise<SignupResult>;
  /** The token travels in the body, never in a URL (URLs end up in logs). */
  cancelSignup(id: string, cancelToken: string): Promise<SignupState>;
  /** What a cancel link is about, before anything is cancelled (the token travels in a header). */
  getSignup?(id: string, cancelToken: string): Promise<SignupState>;
}

/** Activities shown per page of the list. */
const PAGE_SIZE = 20;

/** Creates the widget's API on the SDK. Nothing is checked until a call: an unset API rejects that call. */
export function createSignupApi(config: SignupApiConfig): SignupApi {
  const settings: ApiSettings = { apiBase: config.apiBase, key: config.key, locale: config.locale };
  const withHttp = <T>(call: (http: TsunaguHttp) => Promise<T>): Promise<T> => {
    const http = httpFor(settings);
    return http
      ? call(http)
      : Promise.reject(new Error('tsunagu-watch-signup: set api-base and key (or the embed script).'));
  };
  return {
    listActivities: ({ ward, types, cursor }, signal) =>
      withHttp((http) =>
        activitiesResource(http)
          .list({ ward, type: types?.length ? [...types] : undefined, limit: PAGE_SIZE }, { signal })
          .page(cursor),
      ),
    getActivity: (id) => withHttp((http) => activitiesResource(http).get(id)),
    listWards: async () => [...(await loadWards(settings))],
    createSignup: (input, idempotencyKey) =>
      withHttp((http) => signupsResource(http).create(input, { idempotencyKey })),
    cancelSignup: (id, cancelToken) => withHttp((http) => signupsResource(http).cancel(id, cancelToken)),
    getSignup: (id, cancelToken) => withHttp((http) => signupsResource(http).get(id, cancelToken)),
  };
}
