// <tsunagu-console>: the shell. Restores the session (or shows the sign-in), keeps the route, the wards and
// the language, renders the screen of the route, and — when a request finds the session gone — shows the
// sign-in in a modal dialog over the screen. The screen stays mounted underneath, so a note being typed is
// still there, and the request is sent again after signing in.
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { baseStyles, liveRegions } from '@tsunagu/elements';
import type { SessionInfo, Ward } from '@tsunagu/schema';
import { ConsoleApi } from './api.js';
import { ConsoleElement, consoleStyles, type Problem } from './base.js';
import { CONSOLE_LOCALES } from './messages/index.js';
import { ADMIN_SECTIONS, BASE, ROUTE_EVENT, navigate, parseRoute, type Route } from './router.js';
import type { ConsoleSignIn } from './screens/sign-in.js';
import './screens/sign-in.js';
import './screens/inbox.js';
import './screens/report.js';
import './screens/catalog.js';
import './screens/admin.js';

const LANGUAGE_NAMES: Record<(typeof CONSOLE_LOCALES)[number], string> = { ja: '日本語', en: 'English' };

@customElement('tsunagu-console')
export class TsunaguConsole extends ConsoleElement {
  static override styles = [
    baseStyles,
    consoleStyles,
    css`
      :host {
        min-height: 100vh;
        background: var(--_t-color-surface);
      }
      .skip {
        position: absolute;
        inset-inline-start: var(--_t-space-2);
        top: -100px;
        padding: var(--_t-space-2) var(--_t-space-4);
        background: var(--_t-color-background);
        z-index: 10;
      }
      .skip:focus {
        top: var(--_t-space-2);
      }
      header {
        background: var(--_t-color-primary);
        color: var(--_t-color-on-primary);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_t-space-2) var(--_t-space-4);
        align-items: center;
        justify-content: space-between;
        max-width: 1200px;
        margin: 0 auto;
        padding: var(--_t-space-3) var(--_t-space-4);
      }
      .app-name {
        margin: 0;
        font-weight: 700;
        font-size: 1.0625em;
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_t-space-2) var(--_t-space-3);
        align-items: center;
      }
      .who p {
        margin: 0;
      }
      header .link-button,
      header a {
        color: var(--_t-color-on-primary);
      }
      header :focus-visible {
        outline-color: var(--_t-color-on-primary);
      }
      .lang {
        display: flex;
        gap: var(--_t-space-2);
        align-items: center;
      }
      .lang select {
        width: auto;
        min-height: 40px;
        padding: 0 var(--_t-space-2);
      }
      nav {
        background: var(--_t-color-background);
        border-bottom: 1px solid var(--_t-color-border);
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--_t-space-1);
        max-width: 1200px;
        margin: 0 auto;
        padding: 0 var(--_t-space-2);
        list-style: none;
      }
      nav a {
        display: inline-block;
        padding: var(--_t-space-3) var(--_t-space-3);
        min-height: 48px;
        text-decoration: none;
        font-weight: 700;
      }
      nav a[aria-current='page'] {
        box-shadow: inset 0 -4px 0 var(--_t-color-primary);
        color: var(--_t-color-text);
      }
      nav .group {
        padding: var(--_t-space-3) var(--_t-space-2) 0 var(--_t-space-4);
        color: var(--_t-color-text-muted);
        font-size: 0.875em;
      }
      main {
        display: block;
        max-width: 1200px;
        margin: 0 auto;
        padding: var(--_t-space-5) var(--_t-space-4) var(--_t-space-6);
      }
      main:focus {
        outline: none;
      }
      .signin-page {
        max-width: 32em;
        margin: var(--_t-space-6) auto;
        padding: var(--_t-space-5);
        border-radius: var(--_t-radius);
        background: var(--_t-color-background);
      }
      dialog {
        width: min(34em, calc(100vw - 16px));
        max-height: calc(100vh - 16px);
        padding: var(--_t-space-5);
        border: 0;
        border-radius: var(--_t-radius);
        background: var(--_t-color-background);
        color: var(--_t-color-text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.6);
      }
      @media (max-width: 599px) {
        .bar,
        main {
          padding-inline: var(--_t-space-3);
        }
        dialog,
        .signin-page {
          padding: var(--_t-space-4);
        }
      }
    `,
  ];

  override api = new ConsoleApi();
  @state() private phase: 'starting' | 'signed-out' | 'ready' | 'failed' = 'starting';
  @state() private route: Route = parseRoute(location);
  @state() private expired = false;
  @state() private generation = 0;
  @state() private startProblem: Problem = null;
  @state() private signedOutNotice = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  private pendingSignIn: { resolve: () => void; reject: (e: unknown) => void } | undefined;
  private lastStaffId: string | null = null;
  private routeChanged = false;

  private readonly onRoute = () => {
    this.route = parseRoute(location);
    this.routeChanged = true;
  };
  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.hasAttribute('download') || !anchor.href) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onRoute);
    window.addEventListener(ROUTE_EVENT, this.onRoute);
    this.addEventListener('click', this.onClick);
    this.api.onSessionLost = () => this.askToSignInAgain();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onRoute);
    window.removeEventListener(ROUTE_EVENT, this.onRoute);
    this.removeEventListener('click', this.onClick);
  }

  private async start(): Promise<void> {
    try {
      const info = await this.api.restore();
      if (info) await this.signedIn(info);
      else this.phase = 'signed-out';
    } catch (error) {
      this.startProblem = this.problemOf(error);
      this.phase = 'failed';
    }
  }

  private async signedIn(info: SessionInfo): Promise<void> {
    this.session = info;
    this.signedOutNotice = '';
    if (this.lastStaffId !== null && this.lastStaffId !== info.staff.id) this.generation++;
    this.lastStaffId = info.staff.id;
    this.phase = 'ready';
    if (info.staff.role !== 'auditor' && this.wards.length === 0) {
      try {
        const areas = await this.api.get<{ wards: Ward[] }>('/v1/areas', { towns: 'none' });
        this.wards = areas.wards;
      } catch {
        /* ward names fall back to their ids */
      }
    }
    this.routeChanged = true;
  }

  private askToSignInAgain(): Promise<void> {
    this.expired = true;
    return new Promise<void>((resolve, reject) => {
      this.pendingSignIn = { resolve, reject };
    });
  }

  private async signedInAgain(info: SessionInfo): Promise<void> {
    const samePerson = info.staff.id === this.lastStaffId;
    this.expired = false;
    this.dialog?.close();
    await this.signedIn(info);
    const pending = this.pendingSignIn;
    this.pendingSignIn = undefined;
    // someone else signing in does not get the previous person's half-done work
    if (samePerson) pending?.resolve();
    else pending?.reject(new Error('signed in as someone else'));
  }

  private stopAfterExpiry(): void {
    this.expired = false;
    this.dialog?.close();
    this.pendingSignIn?.reject(new Error('signed out'));
    this.pendingSignIn = undefined;
    this.signOutLocally(this.t.app.signedOut);
  }

  private signOutLocally(notice: string): void {
    this.session = null;
    this.lastStaffId = null;
    this.generation++;
    this.signedOutNotice = notice;
    this.phase = 'signed-out';
    navigate(BASE, { replace: true });
  }

  private async signOut(everywhere: boolean): Promise<void> {
    let notice = this.t.app.signedOut;
    try {
      if (everywhere) notice = this.t.app.signedOutEverywhere(await this.api.logoutEverywhere());
      else await this.api.logout();
    } catch {
      /* the session is gone either way */
    }
    this.signOutLocally(notice);
  }

  private setLanguage(value: string): void {
    document.documentElement.lang = value;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.expired && this.dialog && !this.dialog.open) {
      this.dialog.showModal();
      const form = this.renderRoot.querySelector<ConsoleSignIn>('dialog console-sign-in');
      void form?.updateComplete.then(() => {
        form.renderRoot.querySelector<HTMLElement>(form.presetLogin ? '#password' : '#login')?.focus();
      });
    }
    if (this.routeChanged && (this.phase === 'ready' || this.phase === 'signed-out')) {
      this.routeChanged = false;
      void this.focusScreen();
    }
    document.title = `${this.screenTitle()} — ${this.t.app.name}`;
  }

  private async focusScreen(): Promise<void> {
    const screen = this.renderRoot.querySelector<ConsoleElement>('main > *:not(p)');
    if (!screen) return;
    await screen.updateComplete;
    screen.renderRoot.querySelector<HTMLElement>('#screen-heading')?.focus();
  }

  private screenTitle(): string {
    const t = this.t.app;
    if (this.phase !== 'ready') return this.t.signIn.heading;
    const r = this.route;
    switch (r.name) {
      case 'inbox':
        return t.inbox;
      case 'report':
        return this.t.report.heading(r.reference);
      case 'activities':
        return t.activities;
      case 'windows':
        return t.windows;
      case 'admin':
        return t[r.section];
      case 'audit':
        return t.audit;
      case 'not_found':
        return t.notFound;
    }
  }

  private navLink(path: string, label: string, current: boolean): TemplateResult {
    return html`<li><a href=${path} aria-current=${current ? 'page' : nothing}>${label}</a></li>`;
  }

  private renderNav(): TemplateResult | typeof nothing {
    const role = this.session?.staff.role;
    if (!role) return nothing;
    const r = this.route;
    const t = this.t.app;
    if (role === 'auditor')
      return html`<nav aria-label=${t.nav}>
        <ul>
          ${this.navLink(`${BASE}audit`, t.audit, true)}
        </ul>
      </nav>`;
    return html`<nav aria-label=${t.nav}>
      <ul>
        ${this.navLink(BASE, t.inbox, r.name === 'inbox' || r.name === 'report')}
        ${this.navLink(`${BASE}activities`, t.activities, r.name === 'activities')}
        ${this.navLink(`${BASE}windows`, t.windows, r.name === 'windows')}
        ${
          role === 'city_admin'
            ? ADMIN_SECTIONS.map((section) =>
                this.navLink(
                  `${BASE}admin/${section}`,
                  t[section],
                  r.name === 'admin' && r.section === section,
                ),
              )
            : nothing
        }
        ${role === 'city_admin' ? this.navLink(`${BASE}audit`, t.audit, r.name === 'audit') : nothing}
      </ul>
    </nav>`;
  }

  private renderScreen(): unknown {
    const r = this.route;
    const common = { api: this.api, session: this.session, wards: this.wards };
    // auditors read the audit log and nothing else
    if (this.session?.staff.role === 'auditor' || r.name === 'audit')
      return html`<console-audit
        .api=${common.api}
        .session=${common.session}
        .wards=${common.wards}
      ></console-audit>`;
    switch (r.name) {
      case 'inbox':
        return html`<console-inbox
          .api=${common.api}
          .session=${common.session}
          .wards=${common.wards}
          .query=${r.query}
        ></console-inbox>`;
      case 'report':
        return keyed(
          r.reference,
          html`<console-report
            .api=${common.api}
            .session=${common.session}
            .wards=${common.wards}
            .reference=${r.reference}
          ></console-report>`,
        );
      case 'activities':
        return html`<console-activities
          .api=${common.api}
          .session=${common.session}
          .wards=${common.wards}
        ></console-activities>`;
      case 'windows':
        return html`<console-windows
          .api=${common.api}
          .session=${common.session}
          .wards=${common.wards}
        ></console-windows>`;
      case 'admin':
        return this.session?.staff.role === 'city_admin'
          ? keyed(
              r.section,
              html`<console-admin
                .api=${common.api}
                .session=${common.session}
                .wards=${common.wards}
                .section=${r.section}
              ></console-admin>`,
            )
          : html`<console-not-found></console-not-found>`;
      case 'not_found':
        return html`<console-not-found></console-not-found>`;
    }
  }

  private renderHeader(): TemplateResult {
    const t = this.t.app;
    const staff = this.session?.staff;
    return html`<header>
      <div class="bar">
        <p class="app-name">${t.name}</p>
        <div class="who">
          ${staff ? html`<p>${t.signedInAs(staff.display_name)}${this.t.app.paren(t.roles[staff.role])}</p>` : nothing}
          <div class="lang">
            <label for="language">${t.language}</label>
            <select
              id="language"
              @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}
            >
              ${CONSOLE_LOCALES.map(
                (l) =>
                  html`<option value=${l} lang=${l} ?selected=${this.locale === l}>
                    ${LANGUAGE_NAMES[l]}
                  </option>`,
              )}
            </select>
          </div>
          ${
            staff
              ? html`<button
                    type="button"
                    class="link-button"
                    id="sign-out"
                    @click=${() => this.signOut(false)}
                  >
                    ${t.signOut}
                  </button>
                  <button
                    type="button"
                    class="link-button"
                    id="sign-out-everywhere"
                    @click=${() => this.signOut(true)}
                  >
                    ${t.signOutEverywhere}
                  </button>`
              : nothing
          }
        </div>
      </div>
    </header>`;
  }

  override render(): TemplateResult {
    const t = this.t.app;
    let body: unknown;
    if (this.phase === 'starting') body = html`<p role="status">${t.loading}</p>`;
    else if (this.phase === 'failed') body = html`${this.renderProblem(this.startProblem)}`;
    else if (this.phase === 'signed-out')
      body = html`<div class="signin-page">
        ${this.signedOutNotice ? html`<p class="notice" role="status">${this.signedOutNotice}</p>` : nothing}
        <console-sign-in
          .api=${this.api}
          .onSignedIn=${(info: SessionInfo) => void this.signedIn(info)}
        ></console-sign-in>
      </div>`;
    else body = keyed(this.generation, this.renderScreen());
    // a button, not a fragment link: a fragment cannot reach into the shadow root (and would change the URL)
    return html`<button
        type="button"
        class="skip link-button"
        @click=${() => this.renderRoot.querySelector<HTMLElement>('main')?.focus()}
      >
        ${t.skip}
      </button>
      ${this.renderHeader()} ${this.phase === 'ready' ? this.renderNav() : nothing}
      <main id="main" tabindex="-1">${body}</main>
      <dialog aria-labelledby="expired-title" @cancel=${(e: Event) => e.preventDefault()}>
        ${
          this.expired
            ? html`<span id="expired-title" class="visually-hidden">${this.t.signIn.expiredHeading}</span>
                <console-sign-in
                  mode="expired"
                  .api=${this.api}
                  .presetLogin=${this.session?.staff.login ?? ''}
                  .onSignedIn=${(info: SessionInfo) => void this.signedInAgain(info)}
                  .onCancel=${() => this.stopAfterExpiry()}
                ></console-sign-in>`
            : nothing
        }
      </dialog>
      ${liveRegions(this.announcer)}`;
  }
}
