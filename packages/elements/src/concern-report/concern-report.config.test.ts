import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { testServer } from '../testing/server.js';
import type { ConcernReport } from './concern-report.js';
import '../define/concern-report.js';

/** The ward list the form offers (`loading`, `failed` or the wards), read from the element's state. */
const wardList = (el: ConcernReport) =>
  (el as unknown as { connection: { wards: unknown } }).connection.wards;

describe('<tsunagu-concern-report> configured after it is on the page', () => {
  it('asks for the wards again when api-base and key arrive later (frameworks set them after mounting)', async () => {
    const { apiBase, publishableKey } = await testServer();
    const el = await fixture<ConcernReport>(html`<tsunagu-concern-report></tsunagu-concern-report>`);
    await waitUntil(() => wardList(el) === 'failed', 'without an API the ward list fails');

    el.setAttribute('api-base', apiBase);
    el.key = publishableKey;
    await waitUntil(() => Array.isArray(wardList(el)), 'the wards load once configured');
    const ids = (wardList(el) as { id: string }[]).map((w) => w.id);
    expect(ids).to.have.length(18);
    expect(ids).to.include('naka');
  });
});
