import { expect } from '@open-wc/testing';
import { newIdempotencyKey as sdkKey } from '@tsunagu/client/core';
import { setDefaults } from '../defaults.js';
import { testServer } from '../testing/server.js';
import { httpFor, loadWards, newIdempotencyKey } from './api.js';

/** Records every request the page sends (as the browser sees it) while `fn` runs; `fail` loses them. */
async function recording<T>(
  fn: (control: { fail: boolean }) => Promise<T>,
): Promise<{ result: T; requests: Request[] }> {
  const realFetch = window.fetch;
  const requests: Request[] = [];
  const control = { fail: false };
  window.fetch = async (input, init) => {
    requests.push(new Request(input instanceof Request ? input.clone() : input, init));
    if (control.fail) throw new TypeError('Failed to fetch');
    return realFetch(input, init);
  };
  try {
    return { result: await fn(control), requests };
  } finally {
    window.fetch = realFetch;
  }
}

describe('internal/api: the one way widgets reach the API', () => {
  it('has no core without an API base and key, or with a malformed one', () => {
    expect(httpFor({ locale: 'ja' })).to.equal(undefined);
    expect(httpFor({ apiBase: 'http://127.0.0.1:1', locale: 'ja' })).to.equal(undefined);
    expect(httpFor({ apiBase: 'api.example.jp', key: 'pk_x', locale: 'ja' })).to.equal(undefined);
    expect(httpFor({ apiBase: 'https://api.example.jp', key: 'sk_secret', locale: 'ja' })).to.equal(
      undefined,
    );
  });

  it('shares one core per API, key and language', () => {
    const settings = { apiBase: 'https://api.example.jp', key: 'pk_x', locale: 'ja' };
    const core = httpFor(settings);
    expect(core).to.not.equal(undefined);
    expect(httpFor({ ...settings })).to.equal(core);
    expect(httpFor({ ...settings, locale: 'en' })).to.not.equal(core);
  });

  it('loads the wards once for every widget on the page, without cookies or referrer', async () => {
    const { apiBase, publishableKey } = await testServer();
    const settings = { apiBase, key: publishableKey };
    const { result, requests } = await recording(async () => {
      const [a, b] = await Promise.all([
        loadWards({ ...settings, locale: 'ja' }),
        loadWards({ ...settings, locale: 'en' }),
      ]);
      const c = await loadWards({ ...settings, locale: 'ja-x-easy' });
      return [a, b, c];
    });
    expect(result[0]).to.have.length(18);
    expect(result[1]).to.equal(result[0]);
    expect(result[2]).to.equal(result[0]);
    expect(requests).to.have.length(1);
    const [request] = requests;
    expect(request?.url).to.contain('/v1/areas?towns=none');
    // a simple CORS read: the publishable key rides in the query, so no preflight round trip
    expect(request?.headers.get('authorization')).to.equal(null);
    expect(new URL(request!.url).searchParams.get('key')).to.equal(publishableKey);
    expect(request?.credentials).to.equal('omit');
    expect(request?.referrerPolicy).to.equal('no-referrer');
  });

  it('forgets a failed ward load, so the next widget tries again', async () => {
    const { apiBase, publishableKey } = await testServer();
    const settings = { apiBase: `${apiBase}/`, key: publishableKey, locale: 'ja' }; // not cached yet
    const { result, requests } = await recording(async (control) => {
      control.fail = true;
      const failed = await loadWards(settings).then(
        () => 'loaded',
        () => 'failed',
      );
      control.fail = false;
      return { failed, wards: await loadWards(settings) };
    });
    expect(result.failed).to.equal('failed');
    expect(result.wards).to.have.length(18);
    expect(requests.length).to.be.greaterThan(1);
  });

  it('takes the API base and key from the embed script when the widget has none', () => {
    setDefaults({ apiBase: 'https://defaults.example.jp', key: 'pk_defaults' });
    const core = httpFor({ locale: 'ja' });
    expect(core).to.not.equal(undefined);
    expect(httpFor({ apiBase: 'https://defaults.example.jp', key: 'pk_defaults', locale: 'ja' })).to.equal(
      core,
    );
  });

  it('hands out the SDK idempotency key', () => {
    expect(newIdempotencyKey).to.equal(sdkKey);
    expect(newIdempotencyKey()).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
