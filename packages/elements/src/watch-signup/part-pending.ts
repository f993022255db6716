// The page after the list while the later part (the activity's form, the confirmation, the cancellation)
// is on its way, or when it did not arrive: the heading stays what the person chose, with the shared
// "could not load" words, a way to try again and a way back to the list. Nothing typed is lost: nothing
// can be typed before the part is here.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { busyButton } from '../internal/busy-button.js';
import { notLoadedText } from '../internal/failures.js';
import { textLang } from './data-text.js';
import type { SignupViewHost } from './view-host.js';

export type PartStatus = 'loading' | 'failed';

export function renderPartPending(host: SignupViewHost, title: string, status: PartStatus): TemplateResult {
  const i18n = host.i18n;
  const words = i18n.m;
  return html`<section aria-labelledby="view-heading">
    ${
      host.view === 'cancel'
        ? nothing
        : html`<button type="button" class="back" part="back" @click=${() => host.backToList()}>
            ${host.m.details.back}
          </button>`
    }
    <h2 id="view-heading" class="view-heading" tabindex="-1" lang=${textLang(i18n, title)}>${title}</h2>
    ${
      status === 'loading'
        ? html`<p class="loading" aria-busy="true">${words.common.loading}</p>`
        : html`<div id="part-failure" class="notice error-notice" part="notice" tabindex="-1">
            <p>${notLoadedText(i18n, 'offline')}</p>
            ${busyButton(i18n, {
              id: 'part-retry',
              type: 'button',
              variant: 'secondary',
              label: words.common.retry,
              busy: false,
              onClick: () => host.retryLaterPart(),
            })}
          </div>`
    }
  </section>`;
}
