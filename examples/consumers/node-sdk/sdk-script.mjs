// A partner's Node script using the installed SDK against a running tsunagu server: windows near a town,
// a report sent with an idempotency key (sent twice: one report), and its status. Prints one JSON line.
//   TSUNAGU_API=http://127.0.0.1:8787 TSUNAGU_SECRET_KEY=sk_… node sdk-script.mjs
import { createClient, TsunaguValidationError } from '@tsunagu/client';

const client = createClient({ baseUrl: process.env.TSUNAGU_API, key: process.env.TSUNAGU_SECRET_KEY });

const page = await client.windows.list({ town: '寿町', limit: 5 }).page();
const report = {
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: page.context.ward_id,
  age_group: 'senior_65_plus',
  signs: ['mail_piling_up'],
  consent: 'not_asked',
};
const idempotencyKey = `consumer-${process.pid}-${Date.now()}`;
const receipt = await client.concernReports.create(report, { idempotencyKey });
const again = await client.concernReports.create(report, { idempotencyKey });
const { status } = await client.concernReports.status(receipt.reference, receipt.check_code);

let validation = null;
try {
  await client.concernReports.create({ ...report, consent: 'perhaps' });
} catch (err) {
  if (err instanceof TsunaguValidationError) validation = err.fields.map((f) => `${f.path}:${f.code}`);
}

console.log(
  JSON.stringify({
    ward: page.context.ward_id,
    windows: page.data.map((r) => r.window.name),
    firstServesArea: page.data[0]?.serves_area,
    reference: receipt.reference,
    replayedSame: again.reference === receipt.reference,
    status,
    validation,
  }),
);
