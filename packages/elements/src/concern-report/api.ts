// The report widgets' API: only the concern-reports resource of the SDK, on the core shared by every widget
// on the page (../internal/api.ts), and how a ward is named in each language.
import { concernReportsResource, type ConcernReportsResource } from '@tsunagu/client/concern-reports';
import type { Ward } from '@tsunagu/schema';
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

/** Readings of the shipped default data's ward names, for やさしい日本語 (hard kanji get a reading). */
const WARD_READINGS: Record<string, string> = {
  tsurumi: 'つるみく',
  kanagawa: 'かながわく',
  nishi: 'にしく',
  naka: 'なかく',
  minami: 'みなみく',
  hodogaya: 'ほどがやく',
  isogo: 'いそごく',
  kanazawa: 'かなざわく',
  kohoku: 'こうほくく',
  totsuka: 'とつかく',
  konan: 'こうなんく',
  asahi: 'あさひく',
  midori: 'みどりく',
  seya: 'せやく',
  sakae: 'さかえく',
  izumi: 'いずみく',
  aoba: 'あおばく',
  tsuzuki: 'つづきく',
};

/** A ward's name in the widget's language. */
export function wardName(ward: Ward, locale: string): string {
  if (locale === 'en') return ward.name_en ?? ward.name;
  const reading = locale === 'ja-x-easy' ? WARD_READINGS[ward.id] : undefined;
  return reading ? `${ward.name}（${reading}）` : ward.name;
}
