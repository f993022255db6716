// What the sign-up widget's view templates may read and call: a narrow interface, not the element with
// its internals. `WatchSignup` implements it.
import type { Activity, ActivityType, Ward } from '@tsunagu/schema';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { ErrorSummaryItem } from '../internal/error-summary.js';
import type { LiveAnnouncer } from '../internal/live-announcer.js';
import type { SignupMessages } from './messages/index.js';
import type { FormPlan } from './signup-model.js';
import type { SignupValues } from './signup-values.js';

/** `already`: the link's sign-up was cancelled before (said calmly, nothing is asked again). */
export type CancelStatus = 'ask' | 'busy' | 'done' | 'already' | 'invalid' | 'error';

export interface SignupViewHost {
  readonly i18n: LocaleController;
  /** Which page is on screen. */
  readonly view: 'list' | 'activity' | 'done' | 'cancel';
  readonly m: SignupMessages;
  readonly announcer: LiveAnnouncer;
  readonly effectivelyDisabled: boolean;
  readonly termsUrl: string;
  readonly privacyUrl: string;
  // list
  readonly wards: readonly Ward[];
  readonly activities: readonly Activity[];
  readonly nextCursor: string | null;
  readonly listStatus: 'loading' | 'ready' | 'error' | 'more';
  readonly wardFilter: string;
  readonly typeFilter: string;
  readonly offeredTypes: readonly ActivityType[];
  loadActivities(more?: boolean): Promise<void>;
  setFilter(filter: 'ward' | 'type', value: string): void;
  choose(activity: Activity): void;
  // form
  readonly values: SignupValues;
  readonly plan: FormPlan | undefined;
  readonly submitting: boolean;
  readonly failureMessage: string | undefined;
  set<K extends keyof SignupValues>(key: K, value: SignupValues[K]): void;
  errorFor(fieldId: string): string | undefined;
  errorSummaryItems(): ErrorSummaryItem[];
  submit(event: Event): Promise<void>;
  backToList(): void;
  // cancellation
  readonly cancelStatus: CancelStatus;
  readonly cancelledTitle: string;
  readonly cancelWhen: string;
  confirmCancel(): Promise<void>;
  // the pages after the list, while their later part is on its way or did not arrive
  retryLaterPart(): void;
  // the confirmation's cancel link
  readonly copyState: '' | 'copied' | 'failed';
  copyCancelLink(link: string): Promise<void>;
}
