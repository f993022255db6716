// City administrators: partners, API keys (create — the plain key shown once —, revoke, rotate, allowed
// origins), staff accounts (create — the first password and TOTP set-up shown once —, disable, role and
// wards, new password), wards (read only) and webhooks with their delivery log. Secrets shown once live only
// in this element's memory and are dropped when the person closes them or leaves the screen.
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { busyButton, liveRegions, selectField, textField } from '@tsunagu/elements';
import type {
  ApiKeyCreated,
  ApiKeyInfo,
  Partner,
  StaffAccount,
  StaffCreated,
  StaffRole,
  Webhook,
  WebhookDelivery,
} from '@tsunagu/schema';
import { ApiError } from '../api.js';
import { ConsoleElement, type Problem } from '../base.js';
import type { AdminSection } from '../router.js';

const PARTNER_TYPES = ['shop', 'company', 'facility', 'npo', 'school', 'city', 'other'] as const;
const KEY_KINDS = ['publishable', 'secret'] as const;
const ROLES: readonly StaffRole[] = ['ward_staff', 'city_admin', 'auditor'];
const EVENTS = [
  'concern_report.created',
  'concern_report.status_changed',
  'signup.created',
  'signup.cancelled',
] as const;

type Secret = { heading: string; note: string; items: [string, string][] } | null;

@customElement('console-admin')
export class ConsoleAdmin extends ConsoleElement {
  @property() section: AdminSection = 'partners';
  @state() private partners: Partner[] = [];
  @state() private keys: ApiKeyInfo[] = [];
  @state() private staff: StaffAccount[] = [];
  @state() private webhooks: Webhook[] = [];
  @state() private deliveries: Record<string, WebhookDelivery[]> = {};
  @state() private loaded = false;
  @state() private problem: Problem = null;
  @state() private busy: string | null = null;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private secret: Secret = null;
  @state() private done: string | null = null;
  // form values
  @state() private partnerName = '';
  @state() private partnerType = '';
  @state() private partnerWard = '';
  @state() private partnerWardEdits: Record<string, string> = {};
  @state() private keyPartner = '';
  @state() private keyKind: 'publishable' | 'secret' = 'publishable';
  @state() private keyOrigins = '';
  @state() private originEdits: Record<string, string> = {};
  @state() private overlap: Record<string, string> = {};
  @state() private staffLogin = '';
  @state() private staffName = '';
  @state() private staffRole: StaffRole | '' = '';
  @state() private staffWards: string[] = [];
  @state() private staffEdits: Record<string, { role: StaffRole; wards: string[] }> = {};
  @state() private hookUrl = '';
  @state() private hookEvents: string[] = ['concern_report.created', 'concern_report.status_changed'];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      if (this.section === 'partners' || this.section === 'keys')
        this.partners = (await this.api.get<{ data: Partner[] }>('/v1/admin/partners')).data;
      if (this.section === 'keys')
        this.keys = (await this.api.get<{ data: ApiKeyInfo[] }>('/v1/admin/keys')).data;
      if (this.section === 'staff')
        this.staff = (await this.api.get<{ data: StaffAccount[] }>('/v1/admin/staff')).data;
      if (this.section === 'webhooks')
        this.webhooks = (await this.api.get<{ data: Webhook[] }>('/v1/admin/webhooks')).data;
      this.loaded = true;
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  private async act(
    id: string,
    action: () => Promise<string>,
    labels: Record<string, string> = {},
  ): Promise<void> {
    if (this.busy) return;
    this.busy = id;
    this.problem = null;
    this.done = null;
    this.fieldErrors = {};
    try {
      this.done = await action();
      void this.announcer.announce(this.done);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length) {
        const errors: Record<string, string> = {};
        for (const f of error.fields) {
          const key = f.path.split('.')[0]!;
          errors[key] = this.i18n.fieldError(f.code, { label: labels[key] ?? key });
        }
        this.fieldErrors = errors;
      }
      this.problem = this.problemOf(error);
      await this.focusAfterRender('problem');
    } finally {
      this.busy = null;
    }
  }

  private required(values: Record<string, [string, string]>): boolean {
    const errors: Record<string, string> = {};
    for (const [key, [value, label]] of Object.entries(values))
      if (!value.trim()) errors[key] = this.i18n.fieldError('required', { label });
    this.fieldErrors = errors;
    const first = Object.keys(errors)[0];
    if (first) void this.focusAfterRender(first);
    return !first;
  }

  private origins(text: string): string[] {
    return text
      .split(/[\s,]+/)
      .map((o) => o.trim())
      .filter(Boolean);
  }

  private renderSecret(): TemplateResult | typeof nothing {
    const s = this.secret;
    if (!s) return nothing;
    return html`<section class="panel u-strong" aria-labelledby="secret-heading">
      <h2 class="u-mt0" id="secret-heading" tabindex="-1">${s.heading}</h2>
      <p class="notice warning">${s.note}</p>
      ${s.items.map(
        ([label, value]) =>
          html`<h3>${label}</h3>
            <code class="secret">${value}</code>`,
      )}
      <p class="u-mt4">
        <button type="button" class="button secondary" @click=${() => (this.secret = null)}>
          ${this.t.admin.close}
        </button>
      </p>
    </section>`;
  }

  private showSecret(secret: NonNullable<Secret>): void {
    this.secret = secret;
    void this.focusAfterRender('secret-heading');
  }

  private checkboxes(
    id: string,
    legend: string,
    options: { value: string; label: string }[],
    chosen: readonly string[],
    onChange: (next: string[]) => void,
    hint?: string,
  ): TemplateResult {
    const error = this.fieldErrors[id];
    return html`<fieldset
      class=${error ? 'field invalid' : 'field'}
      aria-describedby=${hint ? `${id}-hint` : nothing}
    >
      <legend class="legend">${legend}</legend>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${error ? html`<p class="error" id=${`${id}-error`}><span class="visually-hidden">${this.i18n.m.common.errorPrefix}</span>${error}</p>` : nothing}
      <div class="choices">
        ${options.map(
          (o, i) =>
            html`<div class="choice">
              <input
                type="checkbox"
                id=${i === 0 ? id : `${id}-${o.value}`}
                value=${o.value}
                .checked=${chosen.includes(o.value)}
                @change=${(e: Event) =>
                  onChange(
                    (e.target as HTMLInputElement).checked
                      ? [...chosen, o.value]
                      : chosen.filter((v) => v !== o.value),
                  )}
              />
              <label for=${i === 0 ? id : `${id}-${o.value}`}>${o.label}</label>
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private originsField(
    id: string,
    value: string,
    onInput: (v: string) => void,
    label = this.t.admin.origins,
  ): TemplateResult {
    const error = this.fieldErrors[id];
    return html`<div class=${error ? 'field invalid' : 'field'}>
      <label class="label" for=${id}>${label}</label>
      <p class="hint" id=${`${id}-hint`}>${this.t.admin.originsHint}</p>
      ${error ? html`<p class="error" id=${`${id}-error`}><span class="visually-hidden">${this.i18n.m.common.errorPrefix}</span>${error}</p>` : nothing}
      <textarea
        id=${id}
        class="origins"
        spellcheck="false"
        .value=${value}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
        @input=${(e: InputEvent) => onInput((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  // ——— partners ———
  private renderPartners(): TemplateResult {
    const a = this.t.admin;
    return html`<h1 id="screen-heading" tabindex="-1">${a.partnersHeading}</h1>
      <p>${a.partnersIntro}</p>
      ${this.renderList(this.partners, (p) => this.renderPartner(p))}
      <form
        class="panel"
        novalidate
        aria-labelledby="add-partner"
        @submit=${(e: Event) => {
          e.preventDefault();
          if (
            !this.required({
              'partner-name': [this.partnerName, a.partnerName],
              'partner-type': [this.partnerType, a.partnerType],
            })
          )
            return;
          void this.act(
            'partner',
            async () => {
              const created = await this.api.post<Partner>('/v1/admin/partners', {
                name: this.partnerName.trim(),
                type: this.partnerType,
                ward_id: this.partnerWard || null,
              });
              this.partners = [...this.partners, created];
              this.partnerName = '';
              this.partnerWard = '';
              return a.partnerAdded(created.name);
            },
            { name: a.partnerName, type: a.partnerType, ward_id: a.partnerWard },
          );
        }}
      >
        <h2 class="u-mt0" id="add-partner">${a.addPartner}</h2>
        ${textField(this.i18n, { id: 'partner-name', label: a.partnerName, value: this.partnerName, required: true, autocomplete: 'off', error: this.fieldErrors['partner-name'] ?? this.fieldErrors.name, onInput: (v) => (this.partnerName = v) })}
        ${selectField(this.i18n, { id: 'partner-type', label: a.partnerType, value: this.partnerType, required: true, options: PARTNER_TYPES.map((p) => ({ value: p, label: a.partnerTypes[p] })), error: this.fieldErrors['partner-type'] ?? this.fieldErrors.type, onChange: (v) => (this.partnerType = v) })}
        ${selectField(this.i18n, { id: 'partner-ward', label: a.partnerWard, hint: a.partnerWardHint, value: this.partnerWard, placeholder: a.noWard, options: this.wardOptions(), error: this.fieldErrors['partner-ward'] ?? this.fieldErrors.ward_id, onChange: (v) => (this.partnerWard = v) })}
        ${busyButton(this.i18n, { id: 'add-partner-submit', label: a.addPartner, busy: this.busy === 'partner' })}
      </form>`;
  }

  /** One partner: its type, ward and age, and its ward changed in place (its help card follows). */
  private renderPartner(p: Partner): TemplateResult {
    const a = this.t.admin;
    const ward = this.partnerWardEdits[p.id] ?? p.ward_id ?? '';
    return html`<li>
      <p class="card-title">${p.name}</p>
      <p class="muted u-m0">
        ${a.partnerTypes[p.type]} · ${p.ward_id ? this.wardName(p.ward_id) : a.noWard} ·
        ${a.created(this.dateTime(p.created_at))}
      </p>
      <details class="u-mt2">
        <summary>${a.partnerWardOpen(p.name)}</summary>
        ${selectField(this.i18n, { id: `ward-${p.id}`, label: `${a.partnerWard}${this.t.app.paren(p.name)}`, hint: a.partnerWardHint, value: ward, placeholder: a.noWard, options: this.wardOptions(), onChange: (v) => (this.partnerWardEdits = { ...this.partnerWardEdits, [p.id]: v }) })}
        <div class="actions">
          ${busyButton(this.i18n, {
            type: 'button',
            variant: 'secondary',
            label: a.partnerWardSave(p.name),
            busy: this.busy === `ward-${p.id}`,
            onClick: () =>
              void this.act(
                `ward-${p.id}`,
                async () => {
                  const updated = await this.api.patch<Partner>(
                    `/v1/admin/partners/${encodeURIComponent(p.id)}`,
                    {
                      ward_id: ward || null,
                    },
                  );
                  this.partners = this.partners.map((q) => (q.id === p.id ? updated : q));
                  return a.saved;
                },
                { ward_id: a.partnerWard },
              ),
          })}
        </div>
      </details>
    </li>`;
  }

  // ——— keys ———
  private partnerName_(id: string): string {
    return this.partners.find((p) => p.id === id)?.name ?? id;
  }

  private renderKeys(): TemplateResult {
    const a = this.t.admin;
    return html`<h1 id="screen-heading" tabindex="-1">${a.keysHeading}</h1>
      <p>${a.keysIntro}</p>
      ${this.renderSecret()}
      ${this.renderList(this.keys, (k) => {
        const live = k.state === 'active' || k.state === 'expiring';
        const label = `${k.prefix}…`;
        return html`<li>
          <p class="card-title"><code>${label}</code> · ${this.partnerName_(k.partner_id)}</p>
          <ul class="tags">
            <li class="tag status">${a.states[k.state]}</li>
            <li class="tag">${a.kinds[k.kind]}</li>
          </ul>
          <p class="muted u-my1">
            ${a.created(this.dateTime(k.created_at))}${k.expires_at ? html` · ${a.expires(this.dateTime(k.expires_at))}` : nothing}
          </p>
          ${
            k.kind === 'publishable' && live
              ? html`${this.originsField(`origins-${k.id}`, this.originEdits[k.id] ?? k.allowed_origins.join('\n'), (v) => (this.originEdits = { ...this.originEdits, [k.id]: v }), `${a.origins}${this.t.app.paren(label)}`)}
                  <div class="actions">
                    ${busyButton(this.i18n, {
                      type: 'button',
                      variant: 'secondary',
                      label: a.saveOrigins(label),
                      busy: this.busy === `origins-${k.id}`,
                      onClick: () =>
                        void this.act(
                          `origins-${k.id}`,
                          async () => {
                            const saved = await this.api.patch<ApiKeyInfo>(
                              `/v1/admin/keys/${encodeURIComponent(k.id)}`,
                              {
                                allowed_origins: this.origins(
                                  this.originEdits[k.id] ?? k.allowed_origins.join('\n'),
                                ),
                              },
                            );
                            this.keys = this.keys.map((x) => (x.id === saved.id ? saved : x));
                            return a.originsSaved;
                          },
                          { allowed_origins: a.origins },
                        ),
                    })}
                  </div>`
              : k.allowed_origins.length
                ? html`<p>${a.origins}${this.t.app.colon}${k.allowed_origins.join(', ')}</p>`
                : nothing
          }
          ${
            live
              ? html`<div class="actions">
                    <div class="field u-m0">
                      <label class="label" for=${`overlap-${k.id}`}
                        >${a.overlap}${this.t.app.paren(label)}</label
                      >
                      <input
                        id=${`overlap-${k.id}`}
                        class="width-short"
                        type="number"
                        inputmode="numeric"
                        min="0"
                        max="720"
                        .value=${this.overlap[k.id] ?? '24'}
                        @input=${(e: InputEvent) => (this.overlap = { ...this.overlap, [k.id]: (e.target as HTMLInputElement).value })}
                      />
                    </div>
                  </div>
                  <div class="actions">
                    ${busyButton(this.i18n, {
                      type: 'button',
                      variant: 'secondary',
                      label: a.rotate(label),
                      busy: this.busy === `rotate-${k.id}`,
                      onClick: () =>
                        void this.act(`rotate-${k.id}`, async () => {
                          const hours = Number(this.overlap[k.id] ?? '24');
                          const rotated = await this.api.post<ApiKeyCreated>(
                            `/v1/admin/keys/${encodeURIComponent(k.id)}/rotate`,
                            { overlap_hours: Number.isInteger(hours) ? hours : 24 },
                          );
                          this.keys = (await this.api.get<{ data: ApiKeyInfo[] }>('/v1/admin/keys')).data;
                          this.showSecret({
                            heading: a.plainKeyHeading,
                            note: a.plainKeyNote,
                            items: [[a.prefix, rotated.plain_key]],
                          });
                          return a.rotated;
                        }),
                    })}
                    ${busyButton(this.i18n, {
                      type: 'button',
                      variant: 'secondary',
                      label: a.revoke(label),
                      busy: this.busy === `revoke-${k.id}`,
                      onClick: () =>
                        void this.act(`revoke-${k.id}`, async () => {
                          const saved = await this.api.post<ApiKeyInfo>(
                            `/v1/admin/keys/${encodeURIComponent(k.id)}/revoke`,
                          );
                          this.keys = this.keys.map((x) => (x.id === saved.id ? saved : x));
                          return a.revoked;
                        }),
                    })}
                  </div>`
              : nothing
          }
        </li>`;
      })}
      <form
        class="panel"
        novalidate
        aria-labelledby="create-key"
        @submit=${(e: Event) => {
          e.preventDefault();
          if (!this.required({ 'key-partner': [this.keyPartner, a.partner] })) return;
          void this.act(
            'key',
            async () => {
              const created = await this.api.post<ApiKeyCreated>('/v1/admin/keys', {
                partner_id: this.keyPartner,
                kind: this.keyKind,
                ...(this.keyKind === 'publishable' ? { allowed_origins: this.origins(this.keyOrigins) } : {}),
              });
              this.keys = [...this.keys, created.key];
              this.keyOrigins = '';
              this.showSecret({
                heading: a.plainKeyHeading,
                note: a.plainKeyNote,
                items: [[a.prefix, created.plain_key]],
              });
              return a.plainKeyHeading;
            },
            { partner_id: a.partner, kind: a.kind, allowed_origins: a.origins },
          );
        }}
      >
        <h2 class="u-mt0" id="create-key">${a.createKey}</h2>
        ${selectField(this.i18n, { id: 'key-partner', label: a.partner, value: this.keyPartner, required: true, options: this.partners.map((p) => ({ value: p.id, label: p.name })), error: this.fieldErrors['key-partner'] ?? this.fieldErrors.partner_id, onChange: (v) => (this.keyPartner = v) })}
        ${selectField(this.i18n, { id: 'key-kind', label: a.kind, value: this.keyKind, placeholder: false, options: KEY_KINDS.map((k) => ({ value: k, label: a.kinds[k] })), onChange: (v) => (this.keyKind = v as 'publishable' | 'secret') })}
        ${this.keyKind === 'publishable' ? this.originsField('allowed_origins', this.keyOrigins, (v) => (this.keyOrigins = v)) : nothing}
        ${busyButton(this.i18n, { id: 'create-key-submit', label: a.createKey, busy: this.busy === 'key' })}
      </form>`;
  }

  // ——— staff ———
  private wardOptions() {
    return this.wards.map((w) => ({ value: w.id, label: this.wardName(w.id) }));
  }

  private renderStaff(): TemplateResult {
    const a = this.t.admin;
    const roles = this.t.app.roles;
    return html`<h1 id="screen-heading" tabindex="-1">${a.staffHeading}</h1>
      <p>${a.staffIntro}</p>
      ${this.renderSecret()}
      ${this.renderList(this.staff, (s) => {
        const edit = this.staffEdits[s.id] ?? { role: s.role, wards: s.wards };
        const self = s.id === this.session?.staff.id;
        return html`<li>
          <p class="card-title">${s.display_name} <span class="muted">(${s.login})</span></p>
          <ul class="tags">
            <li class="tag status">${roles[s.role]}</li>
            <li class=${s.disabled ? 'tag alert' : 'tag'}>${s.disabled ? a.disabled : a.enabled}</li>
            <li class="tag">${s.totp_enabled ? a.totpOn : a.totpOff}</li>
            ${s.wards.map((w) => html`<li class="tag">${this.wardName(w)}</li>`)}
          </ul>
          <details class="u-mt2">
            <summary>${a.editOpen(s.display_name)}</summary>
            ${selectField(this.i18n, { id: `role-${s.id}`, label: `${a.role}${this.t.app.paren(s.display_name)}`, value: edit.role, placeholder: false, options: ROLES.map((r) => ({ value: r, label: roles[r] })), onChange: (v) => (this.staffEdits = { ...this.staffEdits, [s.id]: { ...edit, role: v as StaffRole } }) })}
            ${edit.role === 'ward_staff' ? this.checkboxes(`wards-${s.id}`, `${a.wardsLabel}${this.t.app.paren(s.display_name)}`, this.wardOptions(), edit.wards, (next) => (this.staffEdits = { ...this.staffEdits, [s.id]: { ...edit, wards: next } })) : nothing}
            <div class="actions">
              ${busyButton(this.i18n, {
                type: 'button',
                variant: 'secondary',
                label: a.edit(s.display_name),
                busy: this.busy === `edit-${s.id}`,
                onClick: () =>
                  void this.act(
                    `edit-${s.id}`,
                    async () => {
                      await this.updateStaff(s.id, {
                        role: edit.role,
                        wards: edit.role === 'ward_staff' ? edit.wards : [],
                      });
                      return a.saved;
                    },
                    { role: a.role, wards: a.wardsLabel },
                  ),
              })}
            </div>
          </details>
          ${
            self
              ? nothing
              : html`<div class="actions u-mt3">
                  ${busyButton(this.i18n, {
                    type: 'button',
                    variant: 'secondary',
                    label: s.disabled ? a.enable(s.display_name) : a.disable(s.display_name),
                    busy: this.busy === `disable-${s.id}`,
                    onClick: () =>
                      void this.act(`disable-${s.id}`, async () => {
                        await this.updateStaff(s.id, { disabled: !s.disabled });
                        return a.saved;
                      }),
                  })}
                  ${busyButton(this.i18n, {
                    type: 'button',
                    variant: 'secondary',
                    label: a.resetPassword(s.display_name),
                    busy: this.busy === `reset-${s.id}`,
                    onClick: () =>
                      void this.act(`reset-${s.id}`, async () => {
                        const result = await this.updateStaff(s.id, { reset_password: true });
                        this.showCreated(result);
                        return a.saved;
                      }),
                  })}
                </div>`
          }
        </li>`;
      })}
      <form
        class="panel"
        novalidate
        aria-labelledby="create-staff"
        @submit=${(e: Event) => {
          e.preventDefault();
          if (
            !this.required({
              'staff-login': [this.staffLogin, a.login],
              'staff-name': [this.staffName, a.displayName],
              'staff-role': [this.staffRole, a.role],
            })
          )
            return;
          void this.act(
            'staff',
            async () => {
              const created = await this.api.post<StaffCreated>('/v1/admin/staff', {
                login: this.staffLogin.trim().toLowerCase(),
                display_name: this.staffName.trim(),
                role: this.staffRole,
                ...(this.staffRole === 'ward_staff' ? { wards: this.staffWards } : {}),
              });
              this.staff = [...this.staff, created.staff];
              this.staffLogin = '';
              this.staffName = '';
              this.staffWards = [];
              this.showCreated(created);
              return a.saved;
            },
            { login: a.login, display_name: a.displayName, role: a.role, wards: a.wardsLabel },
          );
        }}
      >
        <h2 class="u-mt0" id="create-staff">${a.createStaff}</h2>
        ${textField(this.i18n, { id: 'staff-login', label: a.login, value: this.staffLogin, required: true, autocomplete: 'off', spellcheck: false, width: 'medium', error: this.fieldErrors['staff-login'] ?? this.fieldErrors.login, onInput: (v) => (this.staffLogin = v) })}
        ${textField(this.i18n, { id: 'staff-name', label: a.displayName, value: this.staffName, required: true, autocomplete: 'off', width: 'medium', error: this.fieldErrors['staff-name'] ?? this.fieldErrors.display_name, onInput: (v) => (this.staffName = v) })}
        ${selectField(this.i18n, { id: 'staff-role', label: a.role, value: this.staffRole, required: true, options: ROLES.map((r) => ({ value: r, label: roles[r] })), error: this.fieldErrors['staff-role'] ?? this.fieldErrors.role, onChange: (v) => (this.staffRole = v as StaffRole) })}
        ${this.staffRole === 'ward_staff' ? this.checkboxes('wards', a.wardsLabel, this.wardOptions(), this.staffWards, (next) => (this.staffWards = next), a.wardsHint) : nothing}
        ${busyButton(this.i18n, { id: 'create-staff-submit', label: a.createStaff, busy: this.busy === 'staff' })}
      </form>`;
  }

  private async updateStaff(id: string, body: Record<string, unknown>): Promise<StaffCreated> {
    const result = await this.api.patch<StaffCreated>(`/v1/admin/staff/${encodeURIComponent(id)}`, body);
    this.staff = this.staff.map((x) => (x.id === result.staff.id ? result.staff : x));
    const { [id]: _dropped, ...rest } = this.staffEdits;
    this.staffEdits = rest;
    return result;
  }

  private showCreated(created: StaffCreated): void {
    const a = this.t.admin;
    const items: [string, string][] = [];
    if (created.first_password) items.push([a.firstPasswordHeading, created.first_password]);
    if (created.totp) items.push([a.totpUri, created.totp.otpauth_uri], [a.totpSecret, created.totp.secret]);
    if (items.length)
      this.showSecret({
        heading: `${a.firstPasswordHeading}${this.t.app.colon}${created.staff.display_name}`,
        note: a.firstPasswordNote,
        items,
      });
  }

  // ——— wards ———
  private renderWards(): TemplateResult {
    const a = this.t.admin;
    return html`<h1 id="screen-heading" tabindex="-1">${a.wardsHeading}</h1>
      <p>${a.wardsIntro}</p>
      <p>${a.count(this.wards.length)}</p>
      <ul class="cards" aria-label=${a.wardsHeading}>
        ${this.wards.map(
          (w) =>
            html`<li>
              <p class="card-title" lang="ja">${w.name}</p>
              <p class="muted u-m0">
                ${a.wardId}${this.t.app.colon}<code>${w.id}</code>${w.name_en ? html` · ${a.wardNameEn}${this.t.app.colon}<span lang="en">${w.name_en}</span>` : nothing}
              </p>
            </li>`,
        )}
      </ul>`;
  }

  // ——— webhooks ———
  private renderWebhooks(): TemplateResult {
    const a = this.t.admin;
    return html`<h1 id="screen-heading" tabindex="-1">${a.webhooksHeading}</h1>
      <p>${a.webhooksIntro}</p>
      ${this.renderSecret()}
      ${this.renderList(this.webhooks, (w) => {
        const log = this.deliveries[w.id];
        return html`<li>
          <p class="card-title u-break">${w.url}</p>
          <ul class="tags">
            ${w.disabled ? html`<li class="tag alert">${a.disabled}</li>` : nothing}
            ${w.events.map((e) => html`<li class="tag">${a.eventNames[e]}</li>`)}
          </ul>
          <div class="actions u-mt3">
            ${busyButton(this.i18n, {
              type: 'button',
              variant: 'secondary',
              label: a.showDeliveries(w.url),
              busy: this.busy === `log-${w.id}`,
              onClick: () =>
                void this.act(`log-${w.id}`, async () => {
                  const found = await this.api.get<{ data: WebhookDelivery[] }>(
                    `/v1/admin/webhooks/${encodeURIComponent(w.id)}/deliveries`,
                  );
                  this.deliveries = { ...this.deliveries, [w.id]: found.data };
                  return a.count(found.data.length);
                }),
            })}
            ${busyButton(this.i18n, {
              type: 'button',
              variant: 'secondary',
              label: a.deleteWebhook(w.url),
              busy: this.busy === `delete-${w.id}`,
              onClick: () =>
                void this.act(`delete-${w.id}`, async () => {
                  await this.api.delete(`/v1/admin/webhooks/${encodeURIComponent(w.id)}`);
                  this.webhooks = this.webhooks.filter((x) => x.id !== w.id);
                  return a.deleted;
                }),
            })}
          </div>
          ${
            log
              ? html`<h3>${a.deliveries(w.url)}</h3>
                  ${
                    log.length
                      ? html`<ol class="cards">
                          ${log.map(
                            (d) =>
                              html`<li>
                                <p class="u-m0">
                                  <strong>${a.deliveryStatus[d.status]}</strong> · ${a.eventNames[d.type]} ·
                                  ${a.attempts(d.attempts)}
                                </p>
                                <p class="muted u-m0">
                                  ${a.createdAt}${this.t.app.colon}${this.dateTime(d.created_at)}${d.last_status_code !== null ? html` · ${a.lastCode(String(d.last_status_code))}` : d.last_error ? html` · ${a.lastCode(d.last_error)}` : nothing}${d.next_attempt_at && d.status === 'pending' ? html` · ${a.nextAttempt(this.dateTime(d.next_attempt_at))}` : nothing}
                                </p>
                                <p class="muted u-m0">
                                  ${a.eventId}${this.t.app.colon}<code>${d.event_id}</code>
                                </p>
                              </li>`,
                          )}
                        </ol>`
                      : html`<p>${a.noDeliveries}</p>`
                  }`
              : nothing
          }
        </li>`;
      })}
      <form
        class="panel"
        novalidate
        aria-labelledby="create-webhook"
        @submit=${(e: Event) => {
          e.preventDefault();
          if (!this.required({ 'hook-url': [this.hookUrl, a.url] })) return;
          if (!this.hookEvents.length) {
            this.fieldErrors = {
              events: this.i18n.fieldError('required', { label: a.events, kind: 'choice' }),
            };
            void this.focusAfterRender('events');
            return;
          }
          void this.act(
            'hook',
            async () => {
              const created = await this.api.post<{ webhook: Webhook; secret: string }>(
                '/v1/admin/webhooks',
                { url: this.hookUrl.trim(), events: this.hookEvents },
              );
              this.webhooks = [...this.webhooks, created.webhook];
              this.hookUrl = '';
              this.showSecret({
                heading: a.secretHeading,
                note: a.secretNote,
                items: [[a.secretHeading, created.secret]],
              });
              return a.saved;
            },
            { url: a.url, events: a.events },
          );
        }}
      >
        <h2 class="u-mt0" id="create-webhook">${a.createWebhook}</h2>
        ${textField(this.i18n, { id: 'hook-url', label: a.url, hint: a.urlHint, type: 'url', value: this.hookUrl, required: true, autocomplete: 'off', spellcheck: false, error: this.fieldErrors['hook-url'] ?? this.fieldErrors.url, onInput: (v) => (this.hookUrl = v) })}
        ${this.checkboxes(
          'events',
          a.events,
          EVENTS.map((e) => ({ value: e, label: a.eventNames[e] })),
          this.hookEvents,
          (next) => (this.hookEvents = next),
        )}
        ${busyButton(this.i18n, { id: 'create-webhook-submit', label: a.createWebhook, busy: this.busy === 'hook' })}
      </form>`;
  }

  private renderList<T>(items: readonly T[], row: (item: T) => TemplateResult): TemplateResult {
    if (!this.loaded) return this.problem ? html`` : html`<p>${this.t.app.loading}</p>`;
    if (!items.length) return html`<p>${this.t.admin.empty}</p>`;
    return html`<p>${this.t.admin.count(items.length)}</p>
      <ul class="cards">
        ${items.map(row)}
      </ul>`;
  }

  override render(): TemplateResult {
    const body =
      this.section === 'partners'
        ? this.renderPartners()
        : this.section === 'keys'
          ? this.renderKeys()
          : this.section === 'staff'
            ? this.renderStaff()
            : this.section === 'wards'
              ? this.renderWards()
              : this.renderWebhooks();
    return html`${this.renderProblem(this.problem)}
    ${this.done ? html`<p class="notice">${this.done}</p>` : nothing} ${body} ${liveRegions(this.announcer)}`;
  }
}
