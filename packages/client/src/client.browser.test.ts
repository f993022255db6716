// The SDK in real Chromium against the real reference server (started by web-test-runner's test-server
// plugin; its demo publishable key allows this page's origin).
import { expect } from '@open-wc/testing';
import type { ConcernReportInput } from '@tsunagu/schema';
import * as sdk from './index.js';
import { createClient, TsunaguAuthError, TsunaguValidationError } from './index.js';

interface TestServerInfo {
  apiBase: string;
  publishableKey: string;
}
const testServer = async (): Promise<TestServerInfo> => {
  const path = '/__tsunagu__/server.js';
  return (await import(/* @vite-ignore */ path)) as TestServerInfo;
};

const referral = (extra: Partial<ConcernReportInput> = {}): ConcernReportInput => ({
  path: 'about_someone',
  reporter_role: 'neighbour',
  danger_now: 'no',
  ward_id: 'naka',
  consent: 'not_asked',
  signs: ['not_seen_lately'],
  ...extra,
});

describe('@tsunagu/client in the browser', () => {
  it('lists windows near a town, walking pages with for await', async () => {
    const { apiBase, publishableKey } = await testServer();
    const client = createClient({ baseUrl: apiBase, key: publishableKey, locale: 'ja' });
    const list = client.windows.list({ town: '寿町', limit: 5 });
    const first = await list.page();
    expect(first.context.ward_id).to.equal('naka');
    expect(first.data[0]?.serves_area).to.equal(true);
    let count = 0;
    for await (const result of list) {
      expect(result.window.id).to.be.a('string');
      count += 1;
    }
    expect(count).to.be.greaterThan(5);
  });

  it('creates a concern report and checks its status', async () => {
    const { apiBase, publishableKey } = await testServer();
    const client = createClient({ baseUrl: apiBase, key: publishableKey });
    const receipt = await client.concernReports.create(referral());
    expect(receipt.reference).to.match(/^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const status = await client.concernReports.status(receipt.reference, receipt.check_code);
    expect(status.status).to.equal('received');
  });

  it('rejects invalid input with a typed validation error carrying field codes', async () => {
    const { apiBase, publishableKey } = await testServer();
    const client = createClient({ baseUrl: apiBase, key: publishableKey });
    let caught: unknown;
    try {
      await client.concernReports.create(
        referral({ consent: 'maybe' } as unknown as Partial<ConcernReportInput>),
      );
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(TsunaguValidationError);
    const err = caught as TsunaguValidationError;
    expect(err.status).to.equal(422);
    expect(err.fields).to.deep.include({ path: 'consent', code: 'invalid_choice' });
    expect(err.requestId).to.match(/^req_/, 'X-Request-Id or the body reaches the page');
  });

  it('refuses a secret key, naming the danger, before any request', () => {
    let caught: unknown;
    try {
      createClient({ baseUrl: 'http://127.0.0.1:9', key: 'sk_live_anything' });
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(TsunaguAuthError);
    expect((caught as TsunaguAuthError).code).to.equal('secret_key_in_browser');
    expect((caught as Error).message).to.contain('anyone who opens this page can read it');
  });

  it('instanceof holds across a second copy of the error module', async () => {
    const copyPath = './errors.ts?copy=2';
    const copy = (await import(/* @vite-ignore */ copyPath)) as typeof sdk;
    expect(copy.TsunaguValidationError).not.to.equal(sdk.TsunaguValidationError);
    const err = new copy.TsunaguRateLimitError({
      type: 'rate_limited',
      code: 'rate_limited',
      message: 'slow',
      retryAfter: 3,
    });
    expect(err instanceof sdk.TsunaguRateLimitError).to.equal(true);
    expect(err instanceof sdk.TsunaguError).to.equal(true);
    expect(err instanceof sdk.TsunaguValidationError).to.equal(false);
  });
});
