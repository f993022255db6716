// What the sign-up widget's view templates may read and call: a narrow interface, not the element with
// its internals. `WatchSignup` implements it.
import type { Activity, ActivityType, Ward } from '@tsunagu/schema';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { ErrorSummaryItem } from '../internal/error-summary.js';
import type { LiveAnnouncer } from '../internal/live-announcer.js';
import type { SignupMessages } from './messages/index.js';
import type { FormPlan, SignupValues } from './signup-model.js';

/** `already`: the link's sign-up was cancelled before (said calmly, nothing is asked again). */
export type CancelStatus = 'ask' | 'busy' | 'done' | 'already' | 'invalid' | 'error';

export interface SignupViewHost {
  readonly i18n: LocaleController;
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
  // the confirmation's cancel link
  readonly copyState: '' | 'copied' | 'failed';
  copyCancelLink(link: string): Promise<void>;
}
