// What the step templates need from the element: the answers, the words, and ways to change them.
import type { Ward } from '@tsunagu/schema';
import type { LocaleController } from '../i18n/locale-controller.js';
import type { LiveAnnouncer } from '../internal/live-announcer.js';
import type { TownSuggest } from '../internal/town-suggest.js';
import type { ReportMessages } from './messages/index.js';
import type { FieldId, ReportContext, ReportValues, StepId } from './model.js';

export type WardList = readonly Ward[] | 'loading' | 'failed';

export interface ReportView {
  readonly i18n: LocaleController;
  readonly t: ReportMessages;
  readonly values: ReportValues;
  readonly context: ReportContext;
  readonly disabled: boolean;
  readonly announcer: LiveAnnouncer;
  readonly wards: WardList;
  set<K extends FieldId>(field: K, value: ReportValues[K]): void;
  errorFor(field: FieldId): string | undefined;
  retryWards(): void;
  /** The town box's suggestions (the finder's, over the city's towns once loaded). */
  readonly townBox: TownSuggest;
  townInput(value: string): void;
  townKey(event: KeyboardEvent): void;
  townChoose(index: number): void;
  townBlur(): void;
  /** The line under the town box: the ward a town lies in, once known. */
  townStatus(): string;
  /** Opens a question group from the review step, focusing one of its fields. */
  change(step: StepId, field: FieldId): void;
}

/** The wards once loaded, else none. (`Array.isArray` would widen a readonly list to `any[]`.) */
export function loadedWards(wards: WardList): readonly Ward[] {
  return typeof wards === 'string' ? [] : wards;
}
