import { type PropertyDeclarations, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { LocaleId } from '../i18n/registry.js';
import type { EmergencyLineId } from '../i18n/catalogue.js';
import { busyButton } from './busy-button.js';
import { checkbox, checkboxGroup, radioGroup } from './choice-group.js';
import { FIELD_ERRORS } from '../i18n/field-errors.js';
import { defineElement } from './define.js';
import { emergencyNotice } from './emergency-notice.js';
import { errorSummary } from './error-summary.js';
import { TsunaguFormElement, type FieldProblem } from './form-element.js';
import { liveRegions } from './live-announcer.js';
import { selectField } from './select-field.js';
import { textArea } from './text-area.js';
import { textField } from './text-field.js';

/** Words of the sample form (a real widget would keep these in the catalogues). */
const TEXT = {
  ja: {
    name: 'お名前',
    nameHint: 'ニックネームでもかまいません',
    phone: '電話番号',
    details: '気になったこと',
    contact: '連絡の方法',
    phoneCall: '電話',
    mail: 'メール',
    visit: '訪問',
    signs: '気づいたこと',
    mailPiling: '郵便物がたまっている',
    notSeen: '最近見かけない',
    ward: '区',
    naka: '中区',
    nishi: '西区',
    consent: 'ご本人が連絡を受けることに同意している',
    submit: '送信する',
    done: '送信しました',
  },
  'ja-x-easy': {
    name: '{名前|なまえ}',
    nameHint: 'ニックネームでも いいです',
    phone: '{電話番号|でんわばんごう}',
    details: '気に なった こと',
    contact: '{連絡|れんらく}の しかた',
    phoneCall: '電話',
    mail: 'メール',
    visit: '家に 来る',
    signs: '気づいた こと',
    mailPiling: '{郵便|ゆうびん}が たまっている',
    notSeen: 'さいきん 見ない',
    ward: '{区|く}',
    naka: '{中区|なかく}',
    nishi: '{西区|にしく}',
    consent: 'その 人は 連絡を うけても いいと 言っています',
    submit: 'おくる',
    done: 'おくりました',
  },
  en: {
    name: 'Name',
    nameHint: 'A nickname is fine',
    phone: 'Phone number',
    details: 'What you noticed',
    contact: 'How to contact',
    phoneCall: 'Phone',
    mail: 'Email',
    visit: 'Visit',
    signs: 'Signs you noticed',
    mailPiling: 'Mail is piling up',
    notSeen: 'Not seen lately',
    ward: 'Ward',
    naka: 'Naka',
    nishi: 'Nishi',
    consent: 'The person agreed to be contacted',
    submit: 'Send',
    done: 'Sent',
  },
} satisfies Record<LocaleId, Record<string, string>>;

type Words = (typeof TEXT)['ja'];

export interface SampleValues {
  name: string;
  phone: string;
  details: string;
  contact: string;
  signs: string[];
  ward: string;
  consent: boolean;
}

const EMPTY: SampleValues = {
  name: '',
  phone: '',
  details: '',
  contact: '',
  signs: [],
  ward: '',
  consent: false,
};
const DETAILS_MAX = 20;

/**
 * A demonstration form that uses every building block, for the blocks' browser tests and stories. Not a
 * widget and not exported from the package.
 * @internal
 * @ignore
 */
export class SampleForm extends TsunaguFormElement {
  static override properties: PropertyDeclarations = {
    values: { state: true, attribute: false },
    busy: { type: Boolean },
    emergencyLines: { attribute: false },
  };

  declare values: SampleValues;
  declare busy: boolean;
  /** Emergency lines to show above the form (none by default). */
  declare emergencyLines: readonly EmergencyLineId[];
  /** How many submissions passed validation (a test hook). */
  sent = 0;

  constructor() {
    super();
    this.values = { ...EMPTY, signs: [] };
    this.busy = false;
    void this.i18n.adoptFieldErrors(FIELD_ERRORS); // a sample form: its sentences come with it
    this.emergencyLines = [];
  }

  private get words(): Words {
    return TEXT[this.i18n.locale];
  }

  set<K extends keyof SampleValues>(key: K, value: SampleValues[K]): void {
    this.values = { ...this.values, [key]: value };
    if (this.fieldProblems.length) this.clearProblems(key);
    this.updateFormValue();
  }

  protected override fieldLabel(fieldId: string): string {
    return this.words[fieldId as keyof Words] ?? fieldId;
  }

  protected override formValue(): FormData {
    const data = new FormData();
    const { signs, consent, ...text } = this.values;
    for (const [key, value] of Object.entries(text)) data.append(key, value);
    for (const sign of signs) data.append('signs', sign);
    if (consent) data.append('consent', 'yes');
    return data;
  }

  protected override resetValues(): void {
    this.values = { ...EMPTY, signs: [] };
    this.busy = false;
  }

  protected override restoreValues(state: FormData): void {
    const text = (key: string) => {
      const value = state.get(key);
      return typeof value === 'string' ? value : '';
    };
    this.values = {
      name: text('name'),
      phone: text('phone'),
      details: text('details'),
      contact: text('contact'),
      ward: text('ward'),
      signs: state.getAll('signs').filter((v): v is string => typeof v === 'string'),
      consent: state.get('consent') === 'yes',
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateFormValue();
  }

  protected override firstUpdated(): void {
    // `show-errors` (stories): show what an empty submit reports, without moving focus.
    if (this.hasAttribute('show-errors')) void this.showProblems(this.validate(), { focusSummary: false });
  }

  /** The same checks a schema would make, in the order of the fields on screen. */
  validate(): FieldProblem[] {
    const v = this.values;
    const problems: FieldProblem[] = [];
    if (!v.name.trim()) problems.push({ fieldId: 'name', code: 'required' });
    if (v.phone && !/^[0-9０-９-]+$/.test(v.phone))
      problems.push({ fieldId: 'phone', code: 'invalid_phone' });
    if (v.details.length > DETAILS_MAX)
      problems.push({ fieldId: 'details', code: 'too_long', max: DETAILS_MAX });
    if (!v.contact) problems.push({ fieldId: 'contact', code: 'required', kind: 'choice' });
    if (!v.ward) problems.push({ fieldId: 'ward', code: 'required', kind: 'choice' });
    if (!v.consent) problems.push({ fieldId: 'consent', code: 'consent_required' });
    return problems;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const problems = this.validate();
    if (problems.length) {
      await this.showProblems(problems);
      return;
    }
    this.clearProblems();
    this.sent += 1;
    this.busy = true;
    void this.announcer.announce(this.i18n.m.common.sending);
  }

  override render(): TemplateResult {
    const w = this.words;
    const v = this.values;
    const i18n = this.i18n;
    const disabled = this.effectivelyDisabled;
    return html`${this.emergencyLines.length ? emergencyNotice(i18n, { lines: this.emergencyLines }) : ''}
      ${errorSummary(i18n, { errors: this.errorSummaryItems() })}
      <form novalidate @submit=${this.submit}>
        ${textField(i18n, {
          id: 'name',
          disabled,
          label: w.name,
          hint: w.nameHint,
          required: true,
          value: v.name,
          autocomplete: 'off',
          error: this.errorFor('name'),
          onInput: (value) => this.set('name', value),
        })}
        ${textField(i18n, {
          id: 'phone',
          disabled,
          label: w.phone,
          type: 'tel',
          width: 'short',
          value: v.phone,
          autocomplete: 'off',
          error: this.errorFor('phone'),
          onInput: (value) => this.set('phone', value),
        })}
        ${textArea(i18n, {
          id: 'details',
          disabled,
          label: w.details,
          maxLength: DETAILS_MAX,
          value: v.details,
          announcer: this.announcer,
          error: this.errorFor('details'),
          onInput: (value) => this.set('details', value),
        })}
        ${radioGroup(i18n, {
          id: 'contact',
          disabled,
          label: w.contact,
          required: true,
          value: v.contact,
          error: this.errorFor('contact'),
          options: [
            { value: 'phone', label: w.phoneCall },
            { value: 'mail', label: w.mail },
            { value: 'visit', label: w.visit },
          ],
          onChange: (value) => this.set('contact', value),
        })}
        ${checkboxGroup(i18n, {
          id: 'signs',
          disabled,
          label: w.signs,
          values: v.signs,
          error: this.errorFor('signs'),
          options: [
            { value: 'mail_piling_up', label: w.mailPiling },
            { value: 'not_seen_lately', label: w.notSeen },
          ],
          onChange: (values) => this.set('signs', values),
        })}
        ${selectField(i18n, {
          id: 'ward',
          disabled,
          label: w.ward,
          required: true,
          value: v.ward,
          error: this.errorFor('ward'),
          options: [
            { value: 'naka', label: w.naka },
            { value: 'nishi', label: w.nishi },
          ],
          onChange: (value) => this.set('ward', value),
        })}
        ${checkbox(i18n, {
          id: 'consent',
          disabled,
          label: w.consent,
          required: true,
          checked: v.consent,
          error: this.errorFor('consent'),
          onChange: (checked) => this.set('consent', checked),
        })}
        ${busyButton(i18n, { id: 'send', label: w.submit, busy: this.busy, busyLabel: i18n.m.common.sending })}
      </form>
      ${liveRegions(this.announcer)}`;
  }
}

/** Registers `<tsunagu-sample-form>` (tests and stories only). */
export function defineSampleForm(): void {
  defineElement('tsunagu-sample-form', SampleForm);
}
