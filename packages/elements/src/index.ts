export { defineElement } from './internal/define.js';
export { getDefaults, setDefaults, type TsunaguDefaults } from './defaults.js';

// Localisation
export * from './i18n/index.js';

// Theming
export {
  TOKEN_DEFAULTS,
  baseStyles,
  blockStyles,
  hostReset,
  tokenStyles,
  type TokenName,
} from './theme/index.js';

// Base classes and building blocks shared by the widgets
export { TsunaguElement } from './internal/tsunagu-element.js';
export { TsunaguFormElement, type FieldProblem } from './internal/form-element.js';
export { LiveAnnouncer, liveRegions } from './internal/live-announcer.js';
export {
  describedBy,
  errorId,
  fieldClass,
  hintId,
  hintText,
  inlineError,
  requiredBadge,
  type FieldOptions,
} from './internal/field-parts.js';
export { textField, type TextFieldOptions } from './internal/text-field.js';
export { characterCountText, countHintId, textArea, type TextAreaOptions } from './internal/text-area.js';
export {
  checkbox,
  checkboxGroup,
  optionId,
  radioGroup,
  type CheckboxGroupOptions,
  type CheckboxOptions,
  type ChoiceOption,
  type RadioGroupOptions,
} from './internal/choice-group.js';
export { selectField, type SelectFieldOptions } from './internal/select-field.js';
export {
  DEFAULT_ERROR_SUMMARY_ID,
  errorSummary,
  focusErrorSummary,
  focusField,
  type ErrorSummaryItem,
  type ErrorSummaryOptions,
} from './internal/error-summary.js';
export { busyButton, type BusyButtonOptions } from './internal/busy-button.js';
export { emergencyNotice, type EmergencyNoticeOptions } from './internal/emergency-notice.js';

// Widgets (side-effect free classes; register them with the `define/*` entry points).
export { WatchSignup, type SignupCompleteDetail } from './watch-signup/watch-signup.js';
export {
  ConcernReport,
  type ReportEventDetail,
  type ReportErrorType,
} from './concern-report/concern-report.js';
export { ReportStatus } from './report-status/report-status.js';
export { WindowFinder, type FinderResultsDetail, type FinderData } from './window-finder/window-finder.js';
export { Awareness } from './awareness/awareness.js';
export { SelfCheck } from './awareness/self-check.js';
export { HelpCard } from './help-card/help-card.js';
export { Poster } from './poster/poster.js';

// Events every widget dispatches (classes, so `addEventListener('tsunagu-success', (e) => e.detail)` is typed)
export {
  TsunaguFinderResultsEvent,
  TsunaguReportErrorEvent,
  TsunaguReportSentEvent,
  TsunaguReportSubmitEvent,
  TsunaguSignupCancelledEvent,
  TsunaguSignupCompleteEvent,
} from './internal/events.js';

// The connection layer the widgets share (for widgets built on these base classes)
export {
  LoadController,
  resolveSettings,
  type LoadState,
  type ResolvedSettings,
} from './internal/connection.js';
export {
  failureFor,
  failureText,
  isRetryable,
  NotConfiguredError,
  type Failure,
} from './internal/failures.js';
export { KeyedSender, type SendOptions, type SendOutcome } from './internal/send.js';
