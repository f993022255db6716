/**
 * React wrappers (`@tsunagu/elements/react`), made with `@lit/react`: props and events are typed in JSX, and
 * properties such as `data` or `now` are set as properties, not strings. React reserves `key`, so pass the
 * publishable key as `publishableKey`. Importing this module registers every tag.
 *
 * ```tsx
 * import { TsunaguWindowFinder } from '@tsunagu/elements/react';
 * <TsunaguWindowFinder apiBase="https://api.example.jp" publishableKey="pk_…" onFinderResults={(e) => setCount(e.detail.count)} />
 * ```
 *
 * Needs `react` (18.3 or 19) and `@lit/react` 1.x in the app (optional peer dependencies of this package).
 * @module
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineElement } from '../internal/define.js';
import {
  ConcernReport,
  type ReportErrorType,
  type ReportEventDetail,
} from '../concern-report/concern-report.js';
import { ReportStatus } from '../report-status/report-status.js';
import { WatchSignup, type SignupCompleteDetail } from '../watch-signup/watch-signup.js';
import { WindowFinder, type FinderResultsDetail } from '../window-finder/window-finder.js';
import { Awareness } from '../awareness/awareness.js';
import { SelfCheck } from '../awareness/self-check.js';
import { HelpCard } from '../help-card/help-card.js';
import { Poster } from '../poster/poster.js';

defineElement('tsunagu-concern-report', ConcernReport);
defineElement('tsunagu-report-status', ReportStatus);
defineElement('tsunagu-watch-signup', WatchSignup);
defineElement('tsunagu-window-finder', WindowFinder);
defineElement('tsunagu-awareness', Awareness);
defineElement('tsunagu-self-check', SelfCheck);
defineElement('tsunagu-help-card', HelpCard);
defineElement('tsunagu-poster', Poster);

/** `<tsunagu-concern-report>`: `onTsunaguSubmit`, `onTsunaguSuccess` (`detail: {context, urgent}`), `onTsunaguError` (`detail: {type}`). */
export const TsunaguConcernReport = createComponent({
  react: React,
  tagName: 'tsunagu-concern-report',
  elementClass: ConcernReport,
  events: {
    onTsunaguSubmit: 'tsunagu-submit' as EventName<CustomEvent<ReportEventDetail>>,
    onTsunaguSuccess: 'tsunagu-success' as EventName<CustomEvent<ReportEventDetail>>,
    onTsunaguError: 'tsunagu-error' as EventName<CustomEvent<{ type: ReportErrorType }>>,
  },
  displayName: 'TsunaguConcernReport',
});

/** `<tsunagu-report-status>`: a reporter checks the status of a report by its reference and check code. */
export const TsunaguReportStatus = createComponent({
  react: React,
  tagName: 'tsunagu-report-status',
  elementClass: ReportStatus,
  displayName: 'TsunaguReportStatus',
});

/** `<tsunagu-watch-signup>`: `onSignupComplete` (`detail: {activityId, status, waitlistPosition}`), `onSignupCancelled`. */
export const TsunaguWatchSignup = createComponent({
  react: React,
  tagName: 'tsunagu-watch-signup',
  elementClass: WatchSignup,
  events: {
    onSignupComplete: 'tsunagu-signup-complete' as EventName<CustomEvent<SignupCompleteDetail>>,
    onSignupCancelled: 'tsunagu-signup-cancelled' as EventName<CustomEvent<{ activityId: string }>>,
  },
  displayName: 'TsunaguWatchSignup',
});

/** `<tsunagu-window-finder>`: `onFinderResults` (`detail: {count, status}`) whenever the list changes. */
export const TsunaguWindowFinder = createComponent({
  react: React,
  tagName: 'tsunagu-window-finder',
  elementClass: WindowFinder,
  events: {
    onFinderResults: 'tsunagu-finder-results' as EventName<CustomEvent<FinderResultsDetail>>,
  },
  displayName: 'TsunaguWindowFinder',
});

/** `<tsunagu-awareness>`: what to notice and say (`audience`), the urgent lines, and the next step (`nextHref`). */
export const TsunaguAwareness = createComponent({
  react: React,
  tagName: 'tsunagu-awareness',
  elementClass: Awareness,
  displayName: 'TsunaguAwareness',
});

/** `<tsunagu-self-check>`: five everyday situations with kind feedback; nothing is sent. */
export const TsunaguSelfCheck = createComponent({
  react: React,
  tagName: 'tsunagu-self-check',
  elementClass: SelfCheck,
  displayName: 'TsunaguSelfCheck',
});

/** `<tsunagu-help-card>`: the ward's window (`ward`), its phone, open now, and the 24-hour lines when closed. */
export const TsunaguHelpCard = createComponent({
  react: React,
  tagName: 'tsunagu-help-card',
  elementClass: HelpCard,
  displayName: 'TsunaguHelpCard',
});

/** `<tsunagu-poster>`: a printable A4 poster or counter cards with a QR code to the partner's page. */
export const TsunaguPoster = createComponent({
  react: React,
  tagName: 'tsunagu-poster',
  elementClass: Poster,
  displayName: 'TsunaguPoster',
});
