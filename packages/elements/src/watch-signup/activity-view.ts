// One activity: its details, then the sign-up form asking only what this activity needs.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { dataLang, sentenceWithData, textLang } from './data-text.js';
import type { Activity } from '@tsunagu/schema';
import { busyButton } from '../internal/busy-button.js';
import { checkbox, checkboxGroup, radioGroup } from '../internal/choice-group.js';
import { errorSummary } from '../internal/error-summary.js';
import { selectField } from '../internal/select-field.js';
import { textArea } from '../internal/text-area.js';
import { textField } from '../internal/text-field.js';
import { activityTitle, activityWhen, languageName, seatsText, wardName } from './activity-text.js';
import { EXPERIENCE_MAX, needsGuardian, type FormPlan } from './signup-model.js';
import type { SignupViewHost } from './view-host.js';

/** Languages offered when an activity asks which ones the person speaks (Yokohama's most common). */
const SPOKEN_LANGUAGES = ['ja', 'en', 'zh', 'ko', 'vi', 'tl', 'pt', 'es', 'ne'];

function details(host: SignupViewHost, activity: Activity): TemplateResult {
  const { m, i18n } = host;
  const minAge = activity.requirements.min_age;
  const requirements = [
    ...(minAge ? [m.details.minAge(minAge)] : []),
    ...(activity.requirements.training_first ? [m.details.trainingFirst] : []),
  ];
  const place = activity.place;
  return html`<div class="details" part="details">
    ${activity.summary ? html`<p lang=${dataLang(i18n)}>${activity.summary}</p>` : nothing}
    <dl>
      <dt>${m.details.when}</dt>
      <dd>${activityWhen(activity, i18n, m)}</dd>
      <dt>${m.details.where}</dt>
      <dd>
        ${
          place
            ? html`<span lang=${dataLang(i18n)}
                >${place.name}${place.address ? `（${place.address}）` : ''}</span
              >`
            : nothing
        }
        ${activity.online ? html`<span class="tag">${m.details.online}</span>` : nothing}
        ${host.wards.length ? html`<span>${wardName(activity.ward_id, host.wards, i18n)}</span>` : nothing}
      </dd>
      <dt>${m.details.organizer}</dt>
      <dd lang=${dataLang(i18n)}>${activity.organizer}</dd>
      <dt>${m.details.seats}</dt>
      <dd>
        <span class=${activity.seats_left > 0 ? 'seats' : 'seats full'} part="seats"
          >${seatsText(activity, m)}</span
        >
        <span class="muted">${m.details.capacity(activity.capacity)}</span>
        ${
          activity.waitlist_count
            ? html`<span class="muted">${m.details.waitlist(activity.waitlist_count)}</span>`
            : nothing
        }
      </dd>
      ${
        requirements.length
          ? html`<dt>${m.details.requirements}</dt>
              <dd>${requirements.join('、')}</dd>`
          : nothing
      }
      ${
        activity.languages.length
          ? html`<dt>${m.details.languages}</dt>
              <dd>${activity.languages.map((tag) => languageName(tag, i18n)).join(', ')}</dd>`
          : nothing
      }
    </dl>
    ${activity.seats_left <= 0 ? html`<p class="notice" part="notice">${m.details.fullNote}</p>` : nothing}
  </div>`;
}

function whoFields(host: SignupViewHost, plan: FormPlan, disabled: boolean): TemplateResult {
  const { m, i18n, values } = host;
  return html`${
    plan.organisations
      ? radioGroup(i18n, {
          id: 'kind',
          disabled,
          label: m.form.kind,
          required: true,
          value: values.kind,
          error: host.errorFor('kind'),
          options: [
            { value: 'person', label: m.form.person },
            { value: 'organisation', label: m.form.organisation, hint: m.form.organisationHint },
          ],
          onChange: (value) => host.set('kind', value === 'organisation' ? 'organisation' : 'person'),
        })
      : nothing
  }
  ${
    plan.organisation
      ? html`${textField(i18n, {
          id: 'organisation_name',
          disabled,
          label: m.form.organisation_name,
          required: true,
          value: values.organisation_name,
          autocomplete: 'organization',
          error: host.errorFor('organisation_name'),
          onInput: (value) => host.set('organisation_name', value),
        })}
        ${textField(i18n, {
          id: 'headcount',
          disabled,
          label: m.form.headcount,
          hint: plan.full ? m.form.headcountWaitlistHint : m.form.headcountHint(plan.maxHeadcount),
          required: true,
          width: 'short',
          inputmode: 'numeric',
          value: values.headcount,
          autocomplete: 'off',
          error: host.errorFor('headcount'),
          onInput: (value) => host.set('headcount', value),
        })}
        ${plan.minAge ? html`<p class="hint" id="organisation-min-age">${m.form.organisationMinAge(plan.minAge)}</p>` : nothing}`
      : nothing
  }
  ${textField(i18n, {
    id: 'name',
    disabled,
    label: plan.organisation ? m.form.contactName : m.form.name,
    required: true,
    value: values.name,
    autocomplete: 'name',
    error: host.errorFor('name'),
    onInput: (value) => host.set('name', value),
  })}`;
}

function contactFields(host: SignupViewHost, plan: FormPlan, disabled: boolean): TemplateResult {
  const { m, i18n, values } = host;
  return html`${plan.eitherContact ? html`<p class="hint">${m.form.contactHint}</p>` : nothing}
  ${
    plan.phone !== 'hidden'
      ? textField(i18n, {
          id: 'phone',
          disabled,
          label: m.form.phone,
          hint: m.form.phoneHint,
          required: plan.phone === 'required',
          type: 'tel',
          width: 'medium',
          value: values.phone,
          autocomplete: 'tel',
          error: host.errorFor('phone'),
          onInput: (value) => host.set('phone', value),
        })
      : nothing
  }
  ${
    plan.email !== 'hidden'
      ? textField(i18n, {
          id: 'email',
          disabled,
          label: m.form.email,
          required: plan.email === 'required',
          type: 'email',
          value: values.email,
          autocomplete: 'email',
          spellcheck: false,
          error: host.errorFor('email'),
          onInput: (value) => host.set('email', value),
        })
      : nothing
  }`;
}

function ageFields(host: SignupViewHost, plan: FormPlan, disabled: boolean): TemplateResult {
  const { m, i18n, values } = host;
  const guardian = needsGuardian(plan, values);
  return html`${
    plan.age
      ? textField(i18n, {
          id: 'age',
          disabled,
          label: m.form.age,
          hint: m.form.ageHint(plan.guardianUnder),
          required: true,
          width: 'short',
          inputmode: 'numeric',
          value: values.age,
          autocomplete: 'off',
          error: host.errorFor('age'),
          onInput: (value) => host.set('age', value),
        })
      : nothing
  }
  ${
    plan.minorCheck
      ? checkbox(i18n, {
          id: 'minor',
          disabled,
          label: m.form.minor(plan.guardianUnder),
          hint: m.form.ageHint(plan.guardianUnder),
          checked: values.minor,
          onChange: (checked) => host.set('minor', checked),
        })
      : nothing
  }
  ${
    guardian
      ? html`<div class="guardian">
          <h3 class="subheading">${m.form.guardianHeading}</h3>
          ${textField(i18n, {
            id: 'guardian_name',
            disabled,
            label: m.form.guardian_name,
            required: true,
            value: values.guardian_name,
            autocomplete: 'off',
            error: host.errorFor('guardian_name'),
            onInput: (value) => host.set('guardian_name', value),
          })}
          ${checkbox(i18n, {
            id: 'guardian_consent',
            disabled,
            label: m.form.guardian_consent,
            required: true,
            checked: values.guardian_consent,
            error: host.errorFor('guardian_consent'),
            onChange: (checked) => host.set('guardian_consent', checked),
          })}
        </div>`
      : nothing
  }`;
}

function extraFields(host: SignupViewHost, plan: FormPlan, disabled: boolean): TemplateResult {
  const { m, i18n, values } = host;
  return html`${
    plan.addressWard
      ? selectField(i18n, {
          id: 'address_ward',
          disabled,
          label: m.form.address_ward,
          required: true,
          value: values.address_ward,
          error: host.errorFor('address_ward'),
          options: host.wards.map((w) => ({ value: w.id, label: wardName(w.id, host.wards, i18n) })),
          onChange: (value) => host.set('address_ward', value),
        })
      : nothing
  }
  ${
    plan.languages
      ? checkboxGroup(i18n, {
          id: 'languages',
          disabled,
          label: m.form.languages,
          required: true,
          values: values.languages,
          error: host.errorFor('languages'),
          options: SPOKEN_LANGUAGES.map((tag) => ({ value: tag, label: languageName(tag, i18n) })),
          onChange: (next) => host.set('languages', next),
        })
      : nothing
  }
  ${
    plan.experience
      ? textArea(i18n, {
          id: 'experience',
          disabled,
          label: m.form.experience,
          hint: m.form.experienceHint,
          required: true,
          maxLength: EXPERIENCE_MAX,
          value: values.experience,
          announcer: host.announcer,
          error: host.errorFor('experience'),
          onInput: (value) => host.set('experience', value),
        })
      : nothing
  }`;
}

function consent(host: SignupViewHost, activity: Activity, disabled: boolean): TemplateResult {
  const { m, i18n, values } = host;
  const links = [
    host.termsUrl
      ? html`<a href=${host.termsUrl} target="_blank" rel="noopener">${m.form.terms}</a>`
      : nothing,
    host.privacyUrl
      ? html`<a href=${host.privacyUrl} target="_blank" rel="noopener">${m.form.privacyPolicy}</a>`
      : nothing,
  ];
  return html`<div class="privacy">
      <h3 class="subheading">${m.form.privacyHeading}</h3>
      <p>${sentenceWithData(i18n, m.form.privacy, activity.organizer)}</p>
      ${host.termsUrl || host.privacyUrl ? html`<p class="links">${links}</p>` : nothing}
    </div>
    ${checkbox(i18n, {
      id: 'terms_accepted',
      disabled,
      label: m.form.terms_accepted,
      required: true,
      checked: values.terms_accepted,
      error: host.errorFor('terms_accepted'),
      onChange: (checked) => host.set('terms_accepted', checked),
    })}`;
}

/** Details and the sign-up form of one activity. */
export function renderActivityView(host: SignupViewHost, activity: Activity): TemplateResult {
  const { m, i18n } = host;
  const plan = host.plan!;
  const disabled = host.effectivelyDisabled;
  return html`<section aria-labelledby="view-heading">
    <button type="button" class="back" part="back" @click=${() => host.backToList()}>
      ${m.details.back}
    </button>
    <h2
      id="view-heading"
      class="view-heading"
      tabindex="-1"
      lang=${textLang(i18n, activityTitle(activity, i18n))}
    >
      ${activityTitle(activity, i18n)}
    </h2>
    ${details(host, activity)}
    <h3 class="form-heading">${m.form.heading}</h3>
    <p class="hint">${m.form.neededOnly}</p>
    ${errorSummary(i18n, { errors: host.errorSummaryItems() })}
    <form novalidate @submit=${(event: Event) => void host.submit(event)}>
      ${whoFields(host, plan, disabled)} ${contactFields(host, plan, disabled)}
      ${ageFields(host, plan, disabled)} ${extraFields(host, plan, disabled)}
      ${consent(host, activity, disabled)}
      ${
        host.failureMessage
          ? html`<p class="notice error-notice" part="notice">${host.failureMessage}</p>`
          : nothing
      }
      ${busyButton(i18n, {
        id: 'submit',
        label: plan.full ? m.form.submitWaitlist : m.form.submit,
        busy: host.submitting,
        busyLabel: m.form.sending,
        disabled,
      })}
    </form>
  </section>`;
}
