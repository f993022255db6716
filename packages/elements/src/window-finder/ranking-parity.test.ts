// Browser and server rank windows by one rule (the schema's rules/ranking.ts): for every one of the
// city's 1,705 towns, the finder's order over the loaded windows equals GET /v1/windows?town=… from the
// real server. A window serving anyone that sits in a ward (an NPO in 中区) is in the data on purpose: it
// ranked first in the browser and second on the server before the rule was shared.
import { expect } from '@open-wc/testing';
import type { AreasResponse, ConsultationWindow } from '@tsunagu/schema';
import { adminRequest, testServer } from '../testing/server.js';
import { EMPTY_QUERY, findWindows, openStates, prepareWindows } from './finder-search.js';
import { npo } from './test-fixtures/sample-windows.js';
import { townPoint } from './town-search.js';

async function get<T>(path: string): Promise<T> {
  const { apiBase, publishableKey } = await testServer();
  const response = await fetch(new URL(path, apiBase), {
    headers: { authorization: `Bearer ${publishableKey}` },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

describe('window ranking: browser and server agree', () => {
  const extra = { ...npo(), id: 'parity-npo', sample: true, updated_at: undefined };
  before(async () => {
    const { updated_at: _, ...input } = extra;
    const created = await adminRequest('/v1/admin/windows', { method: 'POST', body: input });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  });
  after(async () => {
    await adminRequest('/v1/admin/windows/parity-npo', { method: 'DELETE' });
  });

  it('ranks the same windows in the same order for all 1,705 towns', async function () {
    this.timeout(120_000);
    const areas = await get<AreasResponse>('/v1/areas');
    expect(areas.towns).to.have.length(1705);
    const windows: ConsultationWindow[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { data: { window: ConsultationWindow }[]; next_cursor: string | null } = await get(
        `/v1/windows?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      windows.push(...page.data.map((item) => item.window));
      cursor = page.next_cursor;
    }
    expect(windows.map((w) => w.id)).to.include('parity-npo');
    // the data's own order is the server's (the tie-breaker on both sides)
    const all = await adminRequest<{ data: ConsultationWindow[] }>('/v1/admin/windows');
    const prepared = prepareWindows(all.body.data);
    const open = openStates(prepared, new Date());
    const mismatches: string[] = [];
    const towns = areas.towns;
    for (let i = 0; i < towns.length; i += 25) {
      await Promise.all(
        towns.slice(i, i + 25).map(async (town) => {
          const server = await get<{ data: { window: { id: string } }[] }>(
            `/v1/windows?town=${encodeURIComponent(town.id)}&limit=100`,
          );
          const browser = findWindows(prepared, open, EMPTY_QUERY, {
            wardId: town.ward_id,
            origin: townPoint(town),
          });
          const a = browser.map((r) => r.window.id).join(' ');
          const b = server.data.map((item) => item.window.id).join(' ');
          if (a !== b) mismatches.push(`${town.name}: browser ${a} / server ${b}`);
        }),
      );
    }
    expect(mismatches.slice(0, 3), `${mismatches.length} towns differ`).to.deep.equal([]);
  });
});
