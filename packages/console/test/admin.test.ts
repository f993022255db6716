// The city administrator's partner list against the real server: each partner's ward is shown, changed in
// place and saved (the partner's help card follows it), in both languages; axe on every state.
import { expect, html } from '@open-wc/testing';
import type { Partner, Ward } from '@tsunagu/schema';
import { ConsoleApi } from '../src/api.js';
import type { ConsoleAdmin } from '../src/screens/admin.js';
import '../src/screens/admin.js';
import { $, adminCode, mount, people, until, wardsFrom } from './helpers.js';

let api: ConsoleApi;
let wards: Ward[];

before(async () => {
  const admin = (await people()).admin;
  api = new ConsoleApi();
  await api.login({ login: admin.login, password: admin.password, totp_code: await adminCode() });
  wards = await wardsFrom(api);
});
after(() => api.logout());

for (const [lang, noWard, naka] of [
  ['ja', '区の指定なし', '中区'],
  ['en', 'no ward set', 'Naka'],
] as const) {
  describe(`console admin: partners (${lang})`, () => {
    it("shows each partner's ward and saves a new one", async () => {
      const created = await api.post<Partner>('/v1/admin/partners', { name: `八百屋 ${lang}`, type: 'shop' });
      const el = await mount<ConsoleAdmin>(
        html`<console-admin
          .api=${api}
          .session=${api.session}
          .wards=${wards}
          section="partners"
        ></console-admin>`,
        lang,
      );
      const row = () =>
        [...el.shadowRoot!.querySelectorAll('.cards > li')].find((li) =>
          li.textContent.includes(created.name),
        ) as HTMLElement | undefined;
      await until(() => row() !== undefined, 'the partner list');
      const summary = () => row()!.querySelector('p.muted')!.textContent;
      expect(summary()).to.include(noWard);
      await expect(el).to.be.accessible();

      row()!.querySelector('details')!.open = true;
      const select = $(el, `#ward-${created.id}`) as HTMLSelectElement;
      select.value = 'naka';
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      const save = [...row()!.querySelectorAll('button')].find((b) => b.textContent.includes(created.name))!;
      save.click();
      // the row's own line, not the select (whose placeholder option is also "no ward set")
      await until(() => !summary().includes(noWard), 'the saved ward');
      expect(summary()).to.include(naka);
      const onServer = await api.get<{ data: Partner[] }>('/v1/admin/partners');
      expect(onServer.data.find((p) => p.id === created.id)!.ward_id).to.equal('naka');
      await expect(el).to.be.accessible();
    });
  });
}
