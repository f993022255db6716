// Every event a tsunagu widget dispatches, as a small class. One naming scheme: `tsunagu-` and what
// happened (the report form's three events predate the widget noun and keep their names: partners listen
// to them). Each extends CustomEvent, so `event.detail` works as before, bubbles and crosses shadow roots.
// A detail holds codes and counts only — never anything a person typed, nor an id or token.
import type { ReportContext } from '../concern-report/model.js';

abstract class TsunaguEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { bubbles: true, composed: true, detail });
  }
}

/** Detail of `tsunagu-submit` and `tsunagu-success`: no personal data, only what a host page may count. */
export interface ReportEventDetail {
  context: ReportContext;
  urgent: boolean;
}

/** Why a send failed, as the `tsunagu-error` event reports it (never any of the person's words). */
export type ReportErrorType = 'validation' | 'network' | 'server' | 'rate_limited' | 'config' | 'other';

/** `<tsunagu-concern-report>` started sending. */
export class TsunaguReportSubmitEvent extends TsunaguEvent<ReportEventDetail> {
  static readonly eventName = 'tsunagu-submit';
  constructor(detail: ReportEventDetail) {
    super(TsunaguReportSubmitEvent.eventName, detail);
  }
}

/** `<tsunagu-concern-report>`: the report was stored. */
export class TsunaguReportSentEvent extends TsunaguEvent<ReportEventDetail> {
  static readonly eventName = 'tsunagu-success';
  constructor(detail: ReportEventDetail) {
    super(TsunaguReportSentEvent.eventName, detail);
  }
}

/** `<tsunagu-concern-report>`: sending failed. */
export class TsunaguReportErrorEvent extends TsunaguEvent<{ type: ReportErrorType }> {
  static readonly eventName = 'tsunagu-error';
  constructor(type: ReportErrorType) {
    super(TsunaguReportErrorEvent.eventName, { type });
  }
}

/** Detail of `tsunagu-signup-complete`: no personal data, no id or token. */
export interface SignupCompleteDetail {
  activityId: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | undefined;
}

/** `<tsunagu-watch-signup>`: a sign-up was accepted. */
export class TsunaguSignupCompleteEvent extends TsunaguEvent<SignupCompleteDetail> {
  static readonly eventName = 'tsunagu-signup-complete';
  constructor(detail: SignupCompleteDetail) {
    super(TsunaguSignupCompleteEvent.eventName, detail);
  }
}

/** `<tsunagu-watch-signup>`: a sign-up was cancelled through its link. */
export class TsunaguSignupCancelledEvent extends TsunaguEvent<{ activityId: string }> {
  static readonly eventName = 'tsunagu-signup-cancelled';
  constructor(activityId: string) {
    super(TsunaguSignupCancelledEvent.eventName, { activityId });
  }
}

/** Detail of `tsunagu-finder-results`: counts only, never what the person chose or where they are. */
export interface FinderResultsDetail {
  count: number;
  status: 'loading' | 'ready' | 'error';
}

/** `<tsunagu-window-finder>`: the result list changed. */
export class TsunaguFinderResultsEvent extends TsunaguEvent<FinderResultsDetail> {
  static readonly eventName = 'tsunagu-finder-results';
  constructor(detail: FinderResultsDetail) {
    super(TsunaguFinderResultsEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tsunagu-submit': TsunaguReportSubmitEvent;
    'tsunagu-success': TsunaguReportSentEvent;
    'tsunagu-error': TsunaguReportErrorEvent;
    'tsunagu-signup-complete': TsunaguSignupCompleteEvent;
    'tsunagu-signup-cancelled': TsunaguSignupCancelledEvent;
    'tsunagu-finder-results': TsunaguFinderResultsEvent;
  }
}
