// Sign-in: login name and password, then the 6-digit code when the account has a second factor. Used as
// the first screen and, when a session ends mid-work, inside a modal dialog over the screen (mode
// `expired`): what the person was typing stays where it was, and the request that found the session gone
// is sent again once they are back.
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { busyButton, liveRegions, textField } from '@tsunagu/elements';
import type { SessionInfo } from '@tsunagu/schema';
import { ApiError, errorKey } from '../api.js';
import { ConsoleElement, type Problem } from '../base.js';

@customElement('console-sign-in')
export class ConsoleSignIn extends ConsoleElement {
  @property() mode: 'page' | 'expired' = 'page';
  /** login name to start with (the person whose session ended) */
  @property({ attribute: false }) presetLogin = '';
  @property({ attribute: false }) onSignedIn: ((info: SessionInfo) => void) | undefined;
  @property({ attribute: false }) onCancel: (() => void) | undefined;

  @state() private login = '';
  @state() private password = '';
  @state() private code = '';
  @state() private step: 'password' | 'code' = 'password';
  @state() private busy = false;
  @state() private problem: Problem = null;
  @state() private fieldErrors: Record<string, string> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.presetLogin && !this.login) this.login = this.presetLogin;
  }

  /** Clears what was typed (after signing in, or when the dialog closes). */
  reset(): void {
    this.password = '';
    this.code = '';
    this.step = 'password';
    this.problem = null;
    this.fieldErrors = {};
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const errors: Record<string, string> = {};
    if (!this.login.trim()) errors.login = this.i18n.fieldError('required', { label: this.t.signIn.login });
    if (!this.password) errors.password = this.i18n.fieldError('required', { label: this.t.signIn.password });
    if (this.step === 'code' && !/^\s*\d{3}\s?\d{3}\s*$/.test(this.code))
      errors.code = this.code.trim()
        ? this.i18n.fieldError('invalid_format', { label: this.t.signIn.code })
        : this.i18n.fieldError('required', { label: this.t.signIn.code });
    this.fieldErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      this.problem = null;
      await this.focusAfterRender(first);
      return;
    }
    this.busy = true;
    this.problem = null;
    void this.announcer.announce(this.t.signIn.busy);
    try {
      const info = await this.api.login({
        login: this.login.trim(),
        password: this.password,
        ...(this.step === 'code' ? { totp_code: this.code.replace(/\s/g, '') } : {}),
      });
      this.reset();
      void this.announcer.announce(this.t.signIn.done);
      this.onSignedIn?.(info);
    } catch (error) {
      const key = errorKey(error);
      if (key === 'second_factor_required') {
        this.step = 'code';
        this.code = '';
        void this.announcer.announce(this.t.signIn.codeAsked);
        await this.focusAfterRender('code');
        return;
      }
      if (key === 'second_factor_invalid') this.code = '';
      if (key === 'invalid_credentials') {
        this.password = '';
        this.step = 'password';
      }
      if (error instanceof ApiError && error.fields.length) {
        for (const f of error.fields) {
          const label =
            f.path === 'totp_code'
              ? this.t.signIn.code
              : f.path === 'password'
                ? this.t.signIn.password
                : this.t.signIn.login;
          errors[f.path === 'totp_code' ? 'code' : f.path] = this.i18n.fieldError(f.code, { label });
        }
        this.fieldErrors = errors;
      }
      this.problem = this.problemOf(error);
      await this.focusAfterRender('problem');
    } finally {
      this.busy = false;
    }
  }

  private passwordField(): TemplateResult {
    const error = this.fieldErrors.password;
    return html`<div class=${error ? 'field invalid' : 'field'}>
      <label class="label" for="password">${this.t.signIn.password}</label>
      ${
        error
          ? html`<p id="password-error" class="error">
              <span class="visually-hidden">${this.i18n.m.common.errorPrefix}</span>${error}
            </p>`
          : nothing
      }
      <input
        id="password"
        name="password"
        type="password"
        class="width-medium"
        autocomplete="current-password"
        .value=${this.password}
        ?readonly=${this.step === 'code'}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? 'password-error' : nothing}
        @input=${(e: InputEvent) => (this.password = (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t.signIn;
    const expired = this.mode === 'expired';
    const headingId = expired ? 'sign-in-heading' : 'screen-heading';
    return html`${
        expired
          ? html`<h2 id=${headingId} tabindex="-1">${t.expiredHeading}</h2>
              <p>${t.expiredIntro}</p>`
          : html`<h1 id=${headingId} tabindex="-1">${t.heading}</h1>
              <p>${t.intro}</p>`
      }
      ${this.renderProblem(this.problem)}
      <form novalidate @submit=${this.submit} aria-labelledby=${headingId}>
        ${textField(this.i18n, {
          id: 'login',
          label: t.login,
          value: this.login,
          autocomplete: 'username',
          spellcheck: false,
          width: 'medium',
          required: true,
          error: this.fieldErrors.login,
          onInput: (v) => (this.login = v),
        })}
        ${this.passwordField()}
        ${
          this.step === 'code'
            ? html`<p class="notice">${t.codeAsked}</p>
                ${textField(this.i18n, {
                  id: 'code',
                  label: t.code,
                  hint: t.codeHint,
                  value: this.code,
                  inputmode: 'numeric',
                  autocomplete: 'one-time-code',
                  width: 'short',
                  required: true,
                  error: this.fieldErrors.code,
                  onInput: (v) => (this.code = v),
                })}`
            : nothing
        }
        <div class="actions">
          ${busyButton(this.i18n, {
            id: 'sign-in',
            label: this.step === 'code' ? t.submitCode : t.submit,
            busy: this.busy,
            busyLabel: t.busy,
          })}
          ${
            this.step === 'code'
              ? html`<button type="button" class="link-button" @click=${() => this.reset()}>
                  ${t.startOver}
                </button>`
              : nothing
          }
          ${
            expired
              ? html`<button type="button" class="button secondary" @click=${() => this.onCancel?.()}>
                  ${t.cancel}
                </button>`
              : nothing
          }
        </div>
      </form>
      ${liveRegions(this.announcer)}`;
  }
}
