// A school's back-office script: find the consultation windows that serve a town, then send a referral
// about a pupil the school is worried about. Adapt the three marked places (TOWN, the case, the school).
//
//   TSUNAGU_SECRET_KEY=sk_… TSUNAGU_API=https://api.tsunagu.example node --import tsx school-referral.ts
//
// The secret key is for servers only: keep it in an environment variable or a secrets store, never in a web
// page or in this file. (The SDK refuses to run with a secret key in a browser.)
import {
  createClient,
  TsunaguError,
  TsunaguNetworkError,
  TsunaguValidationError,
  type ConcernReportInput,
} from '@tsunagu/client';

const key = process.env.TSUNAGU_SECRET_KEY;
if (!key) {
  console.error('Set TSUNAGU_SECRET_KEY (for the local demo server: the key in <db>.demo-secret-key).');
  process.exit(1);
}
const client = createClient({
  baseUrl: process.env.TSUNAGU_API ?? 'http://127.0.0.1:8787',
  key,
  locale: 'ja',
  timeout: 10_000, // per attempt; GETs and the referral are retried safely on network trouble
});

// 1. ADAPT: the town the school (or the pupil's family) is in.
const TOWN = process.env.TSUNAGU_TOWN ?? '寿町';

// 2. Windows for that town, the ones serving it first. `.page()` gets one page with the server's reading of
//    the place (`context`: which ward the town is in); `for await (const r of client.windows.list(…))` would
//    walk every page instead.
const page = await client.windows
  .list({ town: TOWN, limit: 8 })
  .page()
  .catch((err: unknown) => {
    if (err instanceof TsunaguValidationError && err.fields.some((f) => f.path === 'town')) {
      console.error(`No town called ${TOWN} was found: check the spelling (e.g. 寿町, 日ノ出町).`);
      process.exit(1);
    }
    throw err;
  });
// the ward the server resolved from the town: its ward team will read the referral
const wardId = page.context.ward_id;
if (!wardId) throw new Error(`Could not tell the ward of ${TOWN}.`);
console.log(`Consultation windows for ${TOWN} (ward: ${wardId}):`);
for (const { window, serves_area, open_now, distance_m } of page.data) {
  const phone = window.phones.find((p) => p.kind === 'voice')?.number ?? '-';
  const where = distance_m === null ? 'phone line' : `${(distance_m / 1000).toFixed(1)} km`;
  console.log(
    `  ${serves_area ? '*' : ' '} ${window.name}  ${phone}  (${where}${open_now ? ', open now' : ''})`,
  );
}
console.log('  (* = serves this town)\n');

// 3. ADAPT: the referral. Codes, not sentences; no name of the pupil is needed. Consent 'not_asked' means
//    the family has not been asked yet: the ward team will judge how to reach out.
const referral: ConcernReportInput = {
  path: 'about_someone',
  reporter_role: 'school',
  context: 'school',
  danger_now: 'no',
  ward_id: wardId,
  town: TOWN,
  age_group: 'child_6_12',
  consent: 'not_asked',
  school: {
    school_name: '横浜市立〇〇小学校', // ADAPT
    grade: '4',
    absent_days_last_30: 8,
    school_signs: ['frequent_absence', 'no_lunch_money'],
    share_with_child_family_support: true,
  },
  reporter_contact: { organisation: '横浜市立〇〇小学校', phone: '045-000-0000' }, // ADAPT: who the ward calls back
};

// Your own case id as the idempotency key: running the script twice for the same case creates ONE report.
const caseId = process.env.SCHOOL_CASE_ID ?? 'case-2026-001';

try {
  const receipt = await client.concernReports.create(referral, {
    idempotencyKey: `school-referral-${caseId}`,
  });
  console.log(
    `Referral sent: ${receipt.reference} (check code ${receipt.check_code}). Keep both with the case.`,
  );
  console.log(`What happens next: ${receipt.guidance.join(', ')}`);
  const { status, updated_at } = await client.concernReports.status(receipt.reference, receipt.check_code);
  console.log(`Status: ${status} (as of ${updated_at})`);
} catch (err) {
  if (err instanceof TsunaguValidationError) {
    for (const field of err.fields) console.error(`  ${field.path}: ${field.code}`);
  } else if (err instanceof TsunaguNetworkError) {
    console.error(
      `Could not reach tsunagu (${err.reason}); nothing was lost: run again with the same case id.`,
    );
  } else if (err instanceof TsunaguError) {
    console.error(`tsunagu refused the referral: ${err.code} (request ${err.requestId ?? '-'})`);
  }
  process.exitCode = 1;
}
