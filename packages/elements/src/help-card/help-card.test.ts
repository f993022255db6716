// Against the real server: a card without `ward` shows the office of the ward the city set for the key's
// partner (GET /v1/partner, then the ward's offices); a `ward` attribute wins; a partner with no ward gets
// the 24-hour lines alone.
import { expect, fixture, html } from '@open-wc/testing';
import { adminRequest, testServer } from '../testing/server.js';
import type { HelpCard } from './help-card.js';
import '../define/help-card.js';

async function partnerId(): Promise<string> {
  const { apiBase, publishableKey } = await testServer();
  const res = await fetch(`${apiBase}/v1/partner`, {
    headers: { authorization: `Bearer ${publishableKey}` },
  });
  return ((await res.json()) as { id: string }).id;
}

async function setPartnerWard(ward: string | null): Promise<void> {
  const answer = await adminRequest(`/v1/admin/partners/${await partnerId()}`, {
    method: 'PATCH',
    body: { ward_id: ward },
  });
  expect(answer.status).to.equal(200);
}

/**
 * A card on a page of its own settings: each `apiBase` spelling is a separate core, so the partner's ward
 * asked by one card is not the answer another test reads.
 */
async function mountCard(ward: string, apiBaseSuffix: string): Promise<HelpCard> {
  const { apiBase, publishableKey } = await testServer();
  const wrapper = await fixture<HTMLElement>(html`<div lang="ja"></div>`);
  const el = document.createElement('tsunagu-help-card');
  el.setAttribute('api-base', `${apiBase}${apiBaseSuffix}`);
  el.setAttribute('key', publishableKey);
  if (ward) el.setAttribute('ward', ward);
  el.now = new Date('2026-11-26T10:00:00+09:00'); // a Thursday morning: offices open
  wrapper.append(el);
  return el;
}

async function officeName(el: HelpCard): Promise<string | null> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector('.help-office-name');
    if (name) return name.textContent.trim();
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

describe("help card: the partner's ward", () => {
  after(() => setPartnerWard(null));

  it("without a ward attribute shows the office of the ward set for the key's partner", async () => {
    await setPartnerWard('naka');
    const el = await mountCard('', '/');
    expect(await officeName(el)).to.match(/中区 生活支援課/);
    expect(el.shadowRoot!.querySelector('a[part="tel"]')!.getAttribute('href')).to.equal('tel:0452248181');
    await expect(el).to.be.accessible();
  });

  it('a ward attribute wins over the partner’s ward', async () => {
    await setPartnerWard('naka');
    const el = await mountCard('tsurumi', '//');
    expect(await officeName(el)).to.match(/鶴見区/);
  });

  it('a partner with no ward, and no attribute: the 24-hour lines alone, no error', async () => {
    await setPartnerWard(null);
    const el = await mountCard('', '///');
    // the card asked and was told there is no ward: lines, no office, nothing alarming
    for (let i = 0; i < 40; i++) await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.help-office')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.emergency a[href^="tel:"]').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});
