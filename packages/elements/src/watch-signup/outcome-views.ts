// After the form: the confirmation (with the cancellation link and the waitlist position), and the
// cancellation page a link opens.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { SignupResult } from '@tsunagu/schema';
import { busyButton } from '../internal/busy-button.js';
import { sentenceWithTitle, textLang } from './data-text.js';
import type { SignupViewHost } from './view-host.js';

export function renderDoneView(
  host: SignupViewHost,
  result: SignupResult & { title: string; link: string },
): TemplateResult {
  const m = host.m;
  const waitlisted = result.status === 'waitlisted';
  return html`<section class="confirmation" part="confirmation" aria-labelledby="view-heading">
    <h2 id="view-heading" class="view-heading" tabindex="-1">
      ${waitlisted ? m.done.waitlistedHeading : m.done.confirmedHeading}
    </h2>
    <p class="outcome">
      ${waitlisted ? m.done.waitlisted(result.waitlist_position ?? 1) : sentenceWithTitle(host.i18n, m.done.confirmed, result.title)}
    </p>
    ${waitlisted ? html`<p lang=${textLang(host.i18n, result.title)}>${result.title}</p>` : nothing}
    ${result.headcount > 1 ? html`<p>${m.done.headcount(result.headcount)}</p>` : nothing}
    <h3>${m.done.cancelHeading}</h3>
    <p>${m.done.cancelHint}</p>
    <p><a id="cancel-link" href=${result.link} part="cancel-link">${m.done.cancelLink}</a></p>
    <p class="link-text" translate="no">${result.link}</p>
    <div class="actions">
      ${busyButton(host.i18n, {
        id: 'copy-cancel-link',
        type: 'button',
        variant: 'secondary',
        label: m.done.copy,
        busy: false,
        onClick: () => void host.copyCancelLink(result.link),
      })}
    </div>
    ${
      host.copyState
        ? html`<p class="notice" part="notice">
            ${host.copyState === 'copied' ? m.done.copied : m.done.copyFailed}
          </p>`
        : nothing
    }
    ${busyButton(host.i18n, {
      type: 'button',
      variant: 'secondary',
      label: m.done.another,
      busy: false,
      onClick: () => host.backToList(),
    })}
  </section>`;
}

export function renderCancelView(host: SignupViewHost): TemplateResult {
  const m = host.m;
  const status = host.cancelStatus;
  if (status === 'already') {
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" class="view-heading" tabindex="-1">${m.cancel.alreadyHeading}</h2>
      <p class="outcome">
        ${
          host.cancelledTitle
            ? sentenceWithTitle(host.i18n, m.cancel.already, host.cancelledTitle)
            : m.cancel.alreadyNoTitle
        }
      </p>
      ${busyButton(host.i18n, {
        type: 'button',
        variant: 'secondary',
        label: m.done.another,
        busy: false,
        onClick: () => host.backToList(),
      })}
    </section>`;
  }
  if (status === 'done') {
    return html`<section aria-labelledby="view-heading">
      <h2 id="view-heading" class="view-heading" tabindex="-1">${m.cancel.doneHeading}</h2>
      <p class="outcome">
        ${
          host.cancelledTitle
            ? sentenceWithTitle(host.i18n, m.cancel.done, host.cancelledTitle)
            : m.cancel.doneNoTitle
        }
      </p>
      ${busyButton(host.i18n, {
        type: 'button',
        variant: 'secondary',
        label: m.done.another,
        busy: false,
        onClick: () => host.backToList(),
      })}
    </section>`;
  }
  return html`<section aria-labelledby="view-heading">
    <h2 id="view-heading" class="view-heading" tabindex="-1">${m.cancel.heading}</h2>
    ${
      status === 'invalid'
        ? html`<p class="notice error-notice" part="notice">${m.cancel.invalid}</p>`
        : html`<p>
              ${
                host.cancelledTitle
                  ? sentenceWithTitle(
                      host.i18n,
                      (title) => m.cancel.questionFor(title, host.cancelWhen),
                      host.cancelledTitle,
                    )
                  : m.cancel.question
              }
            </p>
            ${status === 'error' ? html`<p class="notice error-notice" part="notice">${m.cancel.network}</p>` : nothing}
            <div class="actions">
              ${busyButton(host.i18n, {
                id: 'confirm-cancel',
                type: 'button',
                label: m.cancel.confirm,
                busy: status === 'busy',
                busyLabel: m.cancel.sending,
                onClick: () => void host.confirmCancel(),
              })}
            </div>`
    }
    <div class="actions">
      ${busyButton(host.i18n, {
        type: 'button',
        variant: 'secondary',
        label: m.cancel.keep,
        busy: false,
        onClick: () => host.backToList(),
      })}
    </div>
  </section>`;
}
