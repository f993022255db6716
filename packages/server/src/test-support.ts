/* eslint-disable @typescript-eslint/no-explicit-any -- tests read untyped JSON bodies */
// Small helpers for the server's own HTTP tests (not part of the public API).
import { createCipheriv, randomBytes } from 'node:crypto';
import type { TestPerson, TestServer } from './testing.js';

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** raw body text (wins over body) */
  raw?: string;
  key?: string | null;
  origin?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: any;
  text: string;
}

export async function call(server: TestServer, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const key = options.key === undefined ? server.publishableKey : options.key;
  if (key) headers.Authorization = `Bearer ${key}`;
  if (options.origin) headers.Origin = options.origin;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await fetch(`${server.url}${path}`, {
    method: options.method ?? (body !== undefined ? 'POST' : 'GET'),
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  let json: any = null;
  try {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- JSON bodies are untyped here
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- same
  return { status: res.status, headers: res.headers, json, text };
}

/** A call as the city administrator (a bearer session), unless `options.key` says otherwise. */
export const admin = (server: TestServer, path: string, options: CallOptions = {}) =>
  call(server, path, { key: server.sessionFor('admin'), ...options });

/** A call as one of the test server's people (a fresh bearer session each time). */
export const as = (server: TestServer, person: TestPerson, path: string, options: CallOptions = {}) =>
  call(server, path, { key: server.sessionFor(person), ...options });

let counter = 0;
export const freshKey = () => `test-${process.pid}-${Date.now()}-${++counter}`;

/** A valid about-someone report, overridable. */
export function aboutSomeone(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    path: 'about_someone',
    reporter_role: 'business',
    danger_now: 'no',
    ward_id: 'naka',
    town: '相生町一丁目',
    age_group: 'senior_65_plus',
    signs: ['mail_piling_up', 'utilities_stopped'],
    concerns: ['money_debt'],
    consent: 'not_asked',
    free_text: '最近お見かけしない。郵便受けがいっぱい。',
    ...overrides,
  };
}

export function selfReferral(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    path: 'self',
    reporter_role: 'self',
    danger_now: 'no',
    ward_id: 'kohoku',
    concerns: ['housing', 'work'],
    consent: 'yes',
    contact: {
      modes: ['phone'],
      phone: '090-1234-5678',
      safe_to_call: true,
      no_message: true,
      time_window: 'afternoon',
      language: 'ja',
    },
    free_text: '仕事がなくなり家賃が払えない',
    ...overrides,
  };
}

/** Tokyo wall time → Date (Japan has no DST). */
export const jst = (isoLocal: string) => new Date(`${isoLocal}+09:00`);

/** A bookable activity in 中区 (a training session), overridable. */
export function activityFixture(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    type: 'training',
    title: '見守り研修',
    organizer: 'テスト',
    ward_id: 'naka',
    starts_at: '2026-12-20T10:00:00+09:00',
    ends_at: '2026-12-20T12:00:00+09:00',
    place: { name: '中区役所 会議室' },
    online: false,
    capacity: 10,
    requirements: { min_age: 12, guardian_consent_under: 18 },
    signup_fields: [],
    allow_organisations: true,
    languages: ['ja'],
    sample: false,
    ...overrides,
  };
}

/** A person's sign-up for an activity, overridable. */
export const personSignup = (activityId: string, n: number, overrides: Record<string, unknown> = {}) => ({
  activity_id: activityId,
  kind: 'person',
  name: `参加者${n}`,
  email: `p${n}@example.jp`,
  terms_accepted: true,
  ...overrides,
});

/** A value sealed as releases before migration 10 did (v1: iv | tag | ciphertext, raw key, no associated data). */
export function sealV1(key: Buffer, plain: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}
