// The report widgets' API: only the concern-reports resource of the SDK, on the core shared by every widget
// on the page (../internal/api.ts).
import { concernReportsResource, type ConcernReportsResource } from '@tsunagu/client/concern-reports';
import { httpFor, type ApiSettings } from '../internal/api.js';

/** What the report form and the status check call. */
export interface ReportClient {
  readonly concernReports: ConcernReportsResource;
}

/** The report API for the widget's settings, or undefined when the page has not configured an API base and key. */
export function clientFor(settings: ApiSettings): ReportClient | undefined {
  const http = httpFor(settings);
  return http && { concernReports: concernReportsResource(http) };
}

/** A ward's name in the widget's language (one wording for every widget: ../internal/labels.ts). */
export { wardName } from '../internal/labels.js';
