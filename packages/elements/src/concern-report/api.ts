// The report widgets' API: only the concern-reports resource of the SDK, on the core shared by every widget
// on the page (../internal/api.ts), and how a ward is named in each language.
import { concernReportsResource, type ConcernReportsResource } from '@tsunagu/client/concern-reports';
import type { Ward } from '@tsunagu/schema';
import { httpFor, type ApiSettings } from '../internal/api.js';
import { withReadings } from '../i18n/readings.js';
import type { LocaleId } from '../i18n/locales.js';

/** What the report form and the status check call. */
export interface ReportClient {
  readonly concernReports: ConcernReportsResource;
}

/** The report API for the widget's settings, or undefined when the page has not configured an API base and key. */
export function clientFor(settings: ApiSettings): ReportClient | undefined {
  const http = httpFor(settings);
  return http && { concernReports: concernReportsResource(http) };
}

/** A ward's name in the widget's language. */
export function wardName(ward: Ward, locale: string): string {
  if (locale === 'en') return ward.name_en ?? ward.name;
  return withReadings(ward.name, locale as LocaleId);
}
