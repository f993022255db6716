// Compiled with `strict` under moduleResolution nodenext and bundler, against the installed tarballs.
// Every @ts-expect-error below must be needed: if a required field became optional or a type loosened,
// tsc would report the directive as unused and this project would fail to compile.
import {
  createClient,
  TsunaguError,
  TsunaguNetworkError,
  TsunaguRateLimitError,
  TsunaguValidationError,
  type ConcernReportInput,
  type ConcernReportReceipt,
} from '@tsunagu/client';
import { windowsResource } from '@tsunagu/client/windows';
import { createHttp } from '@tsunagu/client/core';
import { isOpenAt } from '@tsunagu/schema/hours';
import type { ConsultationWindow } from '@tsunagu/schema';

const client = createClient({ baseUrl: 'https://api.example.jp', key: 'pk_example' });

export async function nearTown(town: string): Promise<string[]> {
  const page = await client.windows.list({ town, concern: ['housing'], limit: 5 }).page();
  const ward: string | null = page.context.ward_id;
  const names: string[] = page.data.map(({ window, distance_m }) => `${window.name} ${distance_m ?? '-'}`);
  return ward ? names : [];
}

export async function send(input: ConcernReportInput): Promise<string> {
  try {
    const receipt: ConcernReportReceipt = await client.concernReports.create(input, {
      idempotencyKey: 'case-2026-001',
    });
    const { status } = await client.concernReports.status(receipt.reference, receipt.check_code);
    return `${receipt.reference} ${status}`;
  } catch (err) {
    if (err instanceof TsunaguValidationError) return err.fields.map((f) => `${f.path}:${f.code}`).join(',');
    if (err instanceof TsunaguRateLimitError) return `retry after ${err.retryAfter ?? '?'} s`;
    if (err instanceof TsunaguNetworkError) return `network: ${err.reason}`;
    if (err instanceof TsunaguError) return `${err.type} ${err.code} ${err.requestId ?? ''}`;
    throw err;
  }
}

export const ok: ConcernReportInput = {
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
  consent: 'not_asked',
};

// @ts-expect-error — `consent` is required: the person's choice is always recorded
export const missingConsent: ConcernReportInput = {
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
};

// @ts-expect-error — codes are a closed set, not any string
export const wrongCode: ConcernReportInput = { ...ok, consent: 'perhaps' };

// @ts-expect-error — list() takes the API's filters only
void client.windows.list({ colour: 'blue' });

export function openAt(window: ConsultationWindow, at: Date): boolean {
  return isOpenAt(window.hours, at);
}

export const slice = windowsResource(createHttp({ baseUrl: 'https://api.example.jp', key: 'pk_example' }));
