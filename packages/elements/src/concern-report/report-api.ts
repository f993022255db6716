// The report widgets' later part: everything that talks to the API or checks answers with the schema (the
// SDK, zod), and the question groups after the first, fetched after the form's first question is on screen
// (issue 18: ~17 kB gzip that the danger question does not need). The form and the status check reach it through `reportApi` (./api.ts); nothing
// the person typed lives here, so a part that failed to arrive is simply fetched again.
import { concernReportsResource } from '@tsunagu/client/concern-reports';
import {
  concernReportInput,
  fieldErrorsFrom,
  type ConcernReportInput,
  type ConcernReportReceipt,
  type FieldError,
} from '@tsunagu/schema';
import { httpFor, loadTowns, loadWards, type ApiSettings } from '../internal/api.js';
import { NotConfiguredError } from '../internal/failures.js';
import { loadWardOffice } from '../internal/ward-office.js';
import type { TownMatching } from '../internal/town-suggest.js';
import { indexTowns, resolveTown } from '@tsunagu/schema/rules';
import { suggestTowns } from '../window-finder/town-search.js';

export { FIELD_ERRORS } from '../i18n/field-errors.js';
export { SUPPORT_WORDS } from '../i18n/support-words.js';
export { helpCard } from '../internal/help-card.js';
export { KeyedSender } from '../internal/send.js';
export { problemsFromServer, validateStep } from './validate.js';
export { buildInput } from './input.js';
// the town box (its suggestions and the ward a town chooses) is in a later question group
export { TownField } from './town-field.js';
export { TownSuggest } from '../internal/town-suggest.js';
// The question groups after the first, the review and the receipt: the first screen renders only the
// danger check (./step-danger.ts).
export { fieldLabel } from './labels.js';
export { receiptView } from './receipt.js';
export { reviewStep } from './review.js';
export { renderStep } from './steps.js';
export { REPORT_LATER } from './messages/later/index.js';

/** The town box's index and matching, handed to the first screen's box with the towns. */
export const TOWN_MATCHING: TownMatching = { indexTowns, resolveTown, suggestTowns };
export { loadTowns, loadWardOffice, loadWards };

function reports(widget: string, settings: ApiSettings) {
  const http = httpFor(settings);
  if (!http) throw new NotConfiguredError(widget);
  return concernReportsResource(http);
}

/** True when the settings name an API base and key the SDK accepts. */
export function isConfigured(settings: ApiSettings): boolean {
  return httpFor(settings) !== undefined;
}

/** The field errors the server would answer for this report, found before anything leaves the page. */
export function checkReport(input: ConcernReportInput): FieldError[] {
  const checked = concernReportInput.safeParse(input);
  return checked.success ? [] : fieldErrorsFrom(checked.error, input);
}

/** Sends a report (`POST /v1/concern-reports`) with the send's idempotency key. */
export function sendReport(
  settings: ApiSettings,
  input: ConcernReportInput,
  idempotencyKey: string,
): Promise<ConcernReportReceipt> {
  return reports('tsunagu-concern-report', settings).create(input, { idempotencyKey });
}

/** A report's status for its reference and check code. */
export function reportStatus(settings: ApiSettings, reference: string, checkCode: string) {
  return reports('tsunagu-report-status', settings).status(reference, checkCode);
}
