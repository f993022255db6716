// The sign-in screen against the real server: fields, refusals as kind sentences, the second factor step.
import { expect, html } from '@open-wc/testing';
import type { SessionInfo } from '@tsunagu/schema';
import { ConsoleApi } from '../src/api.js';
import type { ConsoleSignIn } from '../src/screens/sign-in.js';
import '../src/screens/sign-in.js';
import { $, adminCode, mount, people, until } from './helpers.js';

function type(el: ConsoleSignIn, id: string, value: string) {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

for (const lang of ['ja', 'en'] as const) {
  describe(`console sign-in (${lang})`, () => {
    it('is accessible empty and after a refused password, which it explains', async () => {
      const api = new ConsoleApi();
      const el = await mount<ConsoleSignIn>(html`<console-sign-in .api=${api}></console-sign-in>`, lang);
      await expect(el).to.be.accessible();
      $(el, '#sign-in')!.click();
      await el.updateComplete;
      expect($(el, '#login-error')).to.exist; // required fields, before any request
      await expect(el).to.be.accessible();
      const p = await people();
      type(el, 'login', p.naka.login);
      type(el, 'password', 'wrong password here');
      $(el, '#sign-in')!.click();
      await until(() => Boolean($(el, '#problem')), 'the refusal');
      expect($(el, '#problem')!.textContent).to.include(
        lang === 'ja' ? 'ログイン名かパスワードが違います' : 'login name or password is not right',
      );
      expect(el.shadowRoot!.activeElement?.id).to.equal('problem');
      expect(($(el, '#password') as HTMLInputElement).value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('asks for the 6-digit code when the account has a second factor, then signs in', async () => {
      const api = new ConsoleApi();
      let signed: SessionInfo | null = null;
      const el = await mount<ConsoleSignIn>(
        html`<console-sign-in .api=${api} .onSignedIn=${(i: SessionInfo) => (signed = i)}></console-sign-in>`,
        lang,
      );
      const p = await people();
      type(el, 'login', p.admin.login);
      type(el, 'password', p.admin.password);
      $(el, '#sign-in')!.click();
      await until(() => Boolean($(el, '#code')), 'the code field');
      expect(el.shadowRoot!.activeElement?.id).to.equal('code');
      await expect(el).to.be.accessible();
      type(el, 'code', '12345');
      $(el, '#sign-in')!.click();
      await el.updateComplete;
      expect($(el, '#code-error')).to.exist;
      await expect(el).to.be.accessible();
      // a code works once, so one language completes the sign-in (the other stops at the code step)
      if (lang === 'en') return;
      type(el, 'code', await adminCode());
      $(el, '#sign-in')!.click();
      await until(() => signed !== null, 'signing in');
      expect(signed!.staff.login).to.equal(p.admin.login);
      expect(api.session?.csrf_token).to.equal(signed!.csrf_token);
      await api.logout();
    });
  });
}
