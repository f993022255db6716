/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import type { OpeningHours } from '../hours.js';
import { FIELD_ERROR_CODES, HONEYPOT_FIELD } from '../codes.js';
import { concernsNoticed, programsFor, suggestsFoodSupport } from '../rules/report.js';
import { fieldErrorsFrom } from './errors.js';
import { concernReportInput } from './concern-reports.js';
import { normalizeReference, referencePattern } from '../rules/reference.js';
import { activityInput, signupInput } from './activities.js';
import type { openingHours } from './windows.js';
import { windowInput, windowSearchParams } from './windows.js';
import { apiError } from './common.js';
import { areasResponse } from './areas.js';

// compile-time: the zod hours schema mirrors hours.ts field by field, both ways
type ParsedHours = z.infer<typeof openingHours>;
const toDomain = (h: ParsedHours): OpeningHours => h;
const fromDomain = (h: OpeningHours): ParsedHours => h;
void toDomain;
void fromDomain;

const codes = (schema: { safeParse(v: unknown): any }, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : fieldErrorsFrom(r.error, value);
};

const report = (o: Record<string, unknown> = {}) => ({
  path: 'about_someone',
  reporter_role: 'neighbour',
  danger_now: 'no',
  ward_id: 'naka',
  consent: 'not_asked',
  signs: ['mail_piling_up'],
  concerns: ['isolation'],
  ...o,
});

describe('concern report content rules (rules/report.ts)', () => {
  it('refuses an empty report, on whichever path', () => {
    const empty = { signs: undefined, concerns: undefined };
    assert.deepEqual(codes(concernReportInput, report(empty)), [{ path: 'signs', code: 'nothing_noticed' }]);
    assert.deepEqual(codes(concernReportInput, report({ ...empty, free_text: '最近見かけません' })), []);
    assert.deepEqual(
      codes(concernReportInput, report({ ...empty, path: 'self', reporter_role: 'self', consent: 'yes' })),
      [{ path: 'concerns', code: 'nothing_noticed' }],
    );
  });
  it('a neighbour is not stamped with an organisation', () => {
    assert.deepEqual(
      codes(concernReportInput, report({ reporter_contact: { organisation: 'ことぶきマート' } })),
      [{ path: 'reporter_contact.organisation', code: 'not_allowed' }],
    );
    assert.deepEqual(
      codes(
        concernReportInput,
        report({ reporter_role: 'business', reporter_contact: { organisation: 'ことぶきマート' } }),
      ),
      [],
    );
  });
  it('a hungry child suggests food support and the children’s program, not a place to stay', () => {
    const r = { signs: ['child_hungry' as const], concerns: [] };
    assert.equal(suggestsFoodSupport(r), true);
    assert.deepEqual(programsFor(concernsNoticed(r)), ['independence_consultation', 'child_learning']);
    const school = { school: { school_signs: ['hunger' as const] } };
    assert.equal(suggestsFoodSupport(school), true);
    assert.ok(!programsFor(concernsNoticed(school)).includes('temporary_shelter'));
  });
});

describe('fieldErrorsFrom', () => {
  it('maps zod issues to the stable codes, one per field', () => {
    assert.deepEqual(
      codes(
        concernReportInput,
        report({
          ward_id: undefined,
          free_text: 'x'.repeat(801),
          signs: ['mail_piling_up', 'nope'],
          extra: 1,
        }),
      ),
      [
        { path: 'ward_id', code: 'required' },
        { path: 'signs.1', code: 'invalid_choice' },
        { path: 'free_text', code: 'too_long' },
        { path: 'extra', code: 'unknown_field' },
      ],
    );
    assert.deepEqual(codes(concernReportInput, report({ ward_id: 5 })), [
      { path: 'ward_id', code: 'invalid_type' },
    ]);
    // without the input, a type mismatch reads as 'required' (documented)
    const r = concernReportInput.safeParse(report({ ward_id: 5 }));
    assert.deepEqual(fieldErrorsFrom(r.error!), [{ path: 'ward_id', code: 'required' }]);
  });

  it('every code it can produce is in FIELD_ERROR_CODES', () => {
    const samples = [
      codes(concernReportInput, {}),
      codes(signupInput, {}),
      codes(windowInput, { id: 'A B', phones: [{ number: 'x' }] }),
      codes(activityInput, { capacity: -1 }),
      codes(windowSearchParams, { limit: 1000, near: { lat: 100, lng: 0 } }),
    ].flat();
    assert.ok(samples.length > 10);
    for (const f of samples) assert.ok((FIELD_ERROR_CODES as readonly string[]).includes(f.code), f.code);
  });
});

describe('concern report rules', () => {
  it('self path means role self and consent yes', () => {
    assert.deepEqual(
      codes(concernReportInput, report({ path: 'self', reporter_role: 'self', consent: 'yes' })),
      [],
    );
    assert.deepEqual(codes(concernReportInput, report({ path: 'self', consent: 'yes' })), [
      { path: 'reporter_role', code: 'invalid_choice' },
    ]);
    assert.deepEqual(codes(concernReportInput, report({ path: 'self', reporter_role: 'self' })), [
      { path: 'consent', code: 'consent_required' },
    ]);
  });

  it('contact details of the person need consent; modes need their details', () => {
    const contact = { modes: ['phone', 'mail'], phone: '045-123-4567' };
    assert.deepEqual(codes(concernReportInput, report({ contact })), [
      { path: 'contact', code: 'consent_required' },
    ]);
    assert.deepEqual(codes(concernReportInput, report({ consent: 'yes', contact })), [
      { path: 'contact.email', code: 'required' },
    ]);
    assert.deepEqual(codes(concernReportInput, report({ consent: 'yes', anonymous: true, contact })), [
      { path: 'contact', code: 'not_allowed' },
    ]);
    assert.deepEqual(
      codes(concernReportInput, report({ consent: 'yes', contact: { ...contact, email: 'a@b.jp' } })),
      [],
    );
  });

  it('phones: Japanese formats and short codes', () => {
    for (const ok of ['045-123-4567', '09012345678', '0120-279-338', '189', '#7119', '+81-45-123-4567']) {
      assert.deepEqual(
        codes(concernReportInput, report({ consent: 'yes', contact: { modes: ['phone'], phone: ok } })),
        [],
        ok,
      );
    }
    for (const bad of ['call me', '12', '045-123-4567 ext 3']) {
      assert.deepEqual(
        codes(concernReportInput, report({ consent: 'yes', contact: { modes: ['phone'], phone: bad } })),
        [{ path: 'contact.phone', code: bad.length > 20 ? 'too_long' : 'invalid_phone' }],
        bad,
      );
    }
  });

  it('the honeypot field is part of the input (so strict parsing does not reject it)', () => {
    assert.deepEqual(codes(concernReportInput, report({ [HONEYPOT_FIELD]: '' })), []);
  });

  it('references are readable and normalised from what people type', () => {
    assert.match('TK-7Q4M-9XZ2', referencePattern);
    assert.doesNotMatch('TK-7Q4M-9XZ0', referencePattern);
    assert.doesNotMatch('TK-7QIM-9XZ2', referencePattern);
    assert.equal(normalizeReference('tk 7q4m 9xz2'), 'TK-7Q4M-9XZ2');
    assert.equal(normalizeReference('7Q4M9XZ2'), 'TK-7Q4M-9XZ2');
  });

  it('programsFor: the default first, then by concern', () => {
    assert.deepEqual(programsFor([]), ['independence_consultation']);
    assert.deepEqual(programsFor(['housing']), [
      'independence_consultation',
      'housing_benefit',
      'temporary_shelter',
    ]);
  });
});

describe('sign-up rules', () => {
  const base = {
    activity_id: 'a1',
    kind: 'person',
    name: '山田',
    email: 'y@example.jp',
    terms_accepted: true,
  };
  it('contact, terms, guardian, organisation fields', () => {
    assert.deepEqual(codes(signupInput, base), []);
    assert.deepEqual(codes(signupInput, { ...base, email: undefined }), [
      { path: 'email', code: 'contact_required' },
    ]);
    assert.deepEqual(codes(signupInput, { ...base, terms_accepted: false }), [
      { path: 'terms_accepted', code: 'terms_required' },
    ]);
    // the guardian age belongs to the activity (guardian_consent_under): rules/signup.ts decides it, so
    // the shape alone no longer refuses a 17-year-old whose activity asks a guardian only under 16
    assert.deepEqual(codes(signupInput, { ...base, age: 15 }), []);
    assert.deepEqual(codes(signupInput, { ...base, headcount: 3 }), [
      { path: 'headcount', code: 'not_allowed' },
    ]);
    assert.deepEqual(codes(signupInput, { ...base, kind: 'organisation', headcount: 3 }), [
      { path: 'organisation_name', code: 'required' },
    ]);
    assert.deepEqual(
      codes(signupInput, { ...base, kind: 'organisation', organisation_name: '店', headcount: 51 }),
      [{ path: 'headcount', code: 'too_large' }],
    );
  });
});

describe('error shape', () => {
  it('parses the documented shape', () => {
    assert.equal(
      apiError.safeParse({
        error: {
          type: 'validation_error',
          code: 'invalid_request',
          message: 'x',
          fields: [{ path: 'a', code: 'required' }],
          request_id: 'req_1',
        },
      }).success,
      true,
    );
    assert.equal(
      apiError.safeParse({ error: { type: 'teapot', code: 'x', message: 'x', request_id: 'r' } }).success,
      false,
    );
  });
});

describe('areas', () => {
  it('a town may carry a kana reading; without one it still parses', () => {
    const base = { id: 'naka-0001', ward_id: 'naka', name: '相生町一丁目', lat: 35.44, lng: 139.63 };
    const parsed = areasResponse.parse({ wards: [], towns: [{ ...base, reading: 'あいおいちょう' }, base] });
    assert.equal(parsed.towns[0]!.reading, 'あいおいちょう');
    assert.equal('reading' in parsed.towns[1]!, false);
    assert.equal(areasResponse.safeParse({ wards: [], towns: [{ ...base, reading: null }] }).success, false);
  });
});
