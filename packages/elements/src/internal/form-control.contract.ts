// The contract every tsunagu widget keeps, as a browser test suite run from `form-control.contract.test.ts`
// against each widget: form association, validity, reset and disabled for those that hold input, and
// axe 0 in every locale and load state for all of them. Not a test file itself (no `.test.` in the name).
import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, type LocaleId } from '../i18n/registry.js';

/** A widget that holds input (a `TsunaguFormElement`). */
export interface FormControlSubject<E extends HTMLElement> {
  tag: string;
  /** The widget inside `form`, on a screen with input fields, rendered. */
  mount(form: HTMLFormElement, lang: LocaleId): Promise<E>;
  /** Types or chooses something, as a person would. */
  typeSomething(el: E): Promise<void>;
  /** True when nothing typed or chosen is left on screen. */
  isEmpty(el: E): boolean;
  /** Makes the widget show a field problem (e.g. presses its button with a required field empty). */
  makeInvalid(el: E): Promise<void>;
}

type FormControl = HTMLElement & {
  form: HTMLFormElement | null;
  name: string;
  disabled: boolean;
  validity: ValidityState;
  validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  updateComplete: Promise<boolean>;
};

const controls = (el: HTMLElement) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select, textarea, button[type="submit"]'),
];

async function inForm<E extends HTMLElement>(
  subject: FormControlSubject<E>,
  lang: LocaleId = 'ja',
): Promise<{ form: HTMLFormElement; el: E & FormControl }> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}><fieldset></fieldset></form>`);
  const el = (await subject.mount(form, lang)) as E & FormControl;
  await el.updateComplete;
  return { form, el };
}

export function formControlContract<E extends HTMLElement>(subject: FormControlSubject<E>): void {
  describe(`<${subject.tag}> form-control contract`, () => {
    it('is form-associated: `formAssociated`, `form` and a reflected `name`', async () => {
      const { form, el } = await inForm(subject);
      expect((el.constructor as { formAssociated?: boolean }).formAssociated).to.equal(true);
      expect(el.form).to.equal(form);
      el.setAttribute('name', 'widget');
      await el.updateComplete;
      expect(el.name).to.equal('widget');
    });

    it('mirrors its problems into validity, with the message in its language', async () => {
      for (const lang of ['ja', 'en'] as const) {
        const { form, el } = await inForm(subject, lang);
        expect(el.checkValidity(), 'valid before anything is checked').to.equal(true);
        await subject.makeInvalid(el);
        await el.updateComplete;
        expect(el.checkValidity()).to.equal(false);
        expect(el.reportValidity()).to.equal(false);
        expect(form.checkValidity()).to.equal(false);
        expect(el.validationMessage).to.not.equal('');
        // the same sentence the widget shows next to the field, so it is in the widget's language
        expect(el.shadowRoot!.textContent).to.include(el.validationMessage);
      }
    });

    it('a form reset clears what was typed and the problems', async () => {
      const { form, el } = await inForm(subject);
      await subject.typeSomething(el);
      expect(subject.isEmpty(el), 'something was typed').to.equal(false);
      await subject.makeInvalid(el);
      form.reset();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.shadowRoot!.querySelector('#error-summary')).to.equal(null);
      expect(subject.isEmpty(el), 'what was typed is gone').to.equal(true);
    });

    it('`disabled`, or a disabled fieldset around it, stops every control', async () => {
      const { form, el } = await inForm(subject);
      expect(controls(el).length, 'it has controls').to.be.greaterThan(0);
      el.disabled = true;
      await el.updateComplete;
      expect(
        controls(el)
          .filter((c) => !c.disabled)
          .map((c) => c.id),
      ).to.deep.equal([]);
      el.disabled = false;
      await el.updateComplete;
      const fieldset = form.querySelector('fieldset')!;
      fieldset.append(el);
      fieldset.disabled = true;
      await el.updateComplete;
      expect(
        controls(el)
          .filter((c) => !c.disabled)
          .map((c) => c.id),
      ).to.deep.equal([]);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(
        controls(el).some((c) => !c.disabled),
        'enabled again with the fieldset',
      ).to.equal(true);
    });
  });
}

/** A widget shown in each of its load states (the request on its way, done, failed). */
export interface StatesSubject {
  tag: string;
  /** The widget in that state and language, rendered. */
  show(state: 'loading' | 'ready' | 'failed', lang: LocaleId): Promise<HTMLElement>;
}

export function accessibilityContract(subject: StatesSubject): void {
  describe(`<${subject.tag}> accessibility contract`, () => {
    for (const lang of LOCALES) {
      for (const state of ['loading', 'ready', 'failed'] as const) {
        it(`axe finds nothing in ${lang}, ${state}`, async () => {
          const el = await subject.show(state, lang);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}
