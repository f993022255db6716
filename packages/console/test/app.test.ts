// The whole console: sign in through its form, then a session that ends mid-work — the sign-in dialog over
// the screen (axe in that state), the screen kept underneath, and the request sent again after signing in.
import { expect, fixture, html } from '@open-wc/testing';
import { CONSOLE_MESSAGES } from '../src/messages/index.js';
import type { TsunaguConsole } from '../src/app.js';
import '../src/app.js';
import { $, people, until } from './helpers.js';

function type(root: ShadowRoot, selector: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

for (const lang of ['ja', 'en'] as const) {
  describe(`<tsunagu-console> (${lang})`, () => {
    it('signs in, shows the inbox, and asks to sign in again over the screen when the session ends', async () => {
      await CONSOLE_MESSAGES.load(lang);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><tsunagu-console></tsunagu-console></div>`,
      );
      const app = wrapper.querySelector<TsunaguConsole>('tsunagu-console')!;
      const signIn = () => app.shadowRoot!.querySelector('main console-sign-in');
      await until(() => Boolean(signIn()?.shadowRoot?.querySelector('#login')), 'the sign-in form');
      await expect(app).to.be.accessible();
      const p = await people();
      type(signIn()!.shadowRoot!, '#login', p.naka.login);
      type(signIn()!.shadowRoot!, '#password', p.naka.password);
      signIn()!.shadowRoot!.querySelector<HTMLButtonElement>('#sign-in')!.click();
      const inbox = () => app.shadowRoot!.querySelector('console-inbox');
      await until(() => Boolean(inbox()?.shadowRoot?.querySelector('#filter-status option')), 'the inbox');
      await expect(app).to.be.accessible();
      // the session ends elsewhere; the next request finds it gone
      await fetch('/v1/auth/logout-everywhere', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'x-csrf-token': app.api.session!.csrf_token },
      });
      $(inbox()!, '#apply-filters')!.click();
      const dialog = () => app.shadowRoot!.querySelector('dialog');
      await until(() => dialog()!.open, 'the sign-in dialog');
      const again = dialog()!.querySelector('console-sign-in')!;
      await until(() => Boolean(again.shadowRoot?.querySelector('#password')), 'the dialog form');
      expect((again.shadowRoot!.querySelector('#login') as HTMLInputElement).value).to.equal(p.naka.login);
      expect(inbox()).to.exist; // the screen is still there underneath
      await expect(app).to.be.accessible();
      type(again.shadowRoot!, '#password', p.naka.password);
      again.shadowRoot!.querySelector<HTMLButtonElement>('#sign-in')!.click();
      await until(() => !dialog()!.open, 'the dialog to close');
      await until(
        () => Boolean(inbox()?.shadowRoot?.querySelector('#filter-status option')),
        'the inbox again',
      );
      await app.api.logout();
    });

    it('an auditor sees the audit log, which names who signed in', async () => {
      await CONSOLE_MESSAGES.load(lang);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><tsunagu-console></tsunagu-console></div>`,
      );
      const app = wrapper.querySelector<TsunaguConsole>('tsunagu-console')!;
      const signIn = () => app.shadowRoot!.querySelector('main console-sign-in');
      await until(() => Boolean(signIn()?.shadowRoot?.querySelector('#login')), 'the sign-in form');
      const p = await people();
      type(signIn()!.shadowRoot!, '#login', p.auditor.login);
      type(signIn()!.shadowRoot!, '#password', p.auditor.password);
      signIn()!.shadowRoot!.querySelector<HTMLButtonElement>('#sign-in')!.click();
      const audit = () => app.shadowRoot!.querySelector('console-audit');
      await until(
        () => (audit()?.shadowRoot?.querySelectorAll('.cards > li').length ?? 0) > 0,
        'the audit log',
      );
      expect(audit()!.shadowRoot!.textContent).to.include(p.naka.login);
      await expect(app).to.be.accessible();
      await app.api.logout();
    });
  });
}
