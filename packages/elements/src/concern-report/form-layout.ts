// The report form around its current question group: progress, heading, error summary, the "could not
// send" box on the review step, and the next/send and back buttons. Reads a narrow FormLayoutHost.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { LocaleController } from '../i18n/locale-controller.js';
import { busyButton } from '../internal/busy-button.js';
import { errorSummary, type ErrorSummaryItem } from '../internal/error-summary.js';
import { failureText, joinSentences, type Failure } from '../internal/failures.js';
import { liveRegions, type LiveAnnouncer } from '../internal/live-announcer.js';
import type { ReportMessages } from './messages/index.js';
import type { StepId } from './model.js';
import type { ReportApi } from './api.js';
import { dangerStep } from './step-danger.js';
import type { ReportView } from './view.js';

export interface FormLayoutHost {
  readonly i18n: LocaleController;
  readonly t: ReportMessages;
  readonly flow: readonly StepId[];
  readonly step: StepId;
  readonly view: ReportView;
  readonly errors: ErrorSummaryItem[];
  readonly failure: Failure | undefined;
  readonly urgent: boolean;
  readonly sending: boolean;
  readonly returnToReview: boolean;
  readonly disabled: boolean;
  readonly announcer: LiveAnnouncer;
  /** The later question groups and the review, once the later part has arrived (the first one is here). */
  readonly views: Pick<ReportApi, 'renderStep' | 'reviewStep'> | undefined;
  next(event: Event): void;
  back(): void;
}

/**
 * "Could not send" on the review step, "could not load" before it (the rest of the form did not arrive):
 * what happened and what to do (the shared words), that the answers are kept.
 */
function failureBox(host: FormLayoutHost): TemplateResult | typeof nothing {
  const { failure, i18n } = host;
  if (!failure) return nothing;
  const f = host.t.failure;
  const lead = host.step === 'review' ? i18n.m.failures.notSent : i18n.m.failures.notLoaded;
  return html`<div id="failure" class="failure" part="failure" role="alert" tabindex="-1">
    <p><strong>${joinSentences(i18n, [lead, failureText(i18n, failure)])}</strong></p>
    ${
      failure.kind === 'not-configured'
        ? nothing
        : html`<p>${host.step === 'review' ? i18n.m.failures.kept : i18n.m.failures.keptAnswers}</p>`
    }
    ${host.urgent ? html`<p>${f.urgentCall}</p>` : nothing}
  </div>`;
}

/** The current question group: the danger check from the first screen, the others from the later part. */
function questions(host: FormLayoutHost, sendLabel: string): TemplateResult {
  const { step, views } = host;
  if (step === 'danger') return dangerStep(host.view);
  if (!views) return html`<p class="loading" aria-busy="true">${host.i18n.m.common.loading}</p>`;
  return step === 'review'
    ? views.reviewStep(host.view, host.flow, sendLabel)
    : views.renderStep(step, host.view);
}

export function formLayout(host: FormLayoutHost): TemplateResult {
  const { t, i18n, flow, step } = host;
  const index = flow.indexOf(step);
  const review = step === 'review';
  // the review's words come with the later part (a preview may open the review before it has arrived)
  const sendLabel =
    !review || !host.views
      ? ''
      : host.failure
        ? t.failure.retry
        : host.urgent
          ? t.review.sendUrgent
          : t.review.send;
  return html`<div class="wrapper">
    <p class="progress" part="progress">${t.nav.progress(index + 1, flow.length)}</p>
    <h2 id="step-heading" tabindex="-1">${t.heading[step === 'self_contact' ? 'selfContact' : step]}</h2>
    ${errorSummary(i18n, { errors: host.errors })} ${failureBox(host)}
    <form novalidate @submit=${(event: Event) => host.next(event)}>
      ${questions(host, sendLabel)}
      <div class="actions">
        ${busyButton(i18n, {
          id: review ? 'send' : 'next',
          label: review ? sendLabel : host.returnToReview ? t.nav.backToReview : t.nav.next,
          busy: host.sending,
          busyLabel: i18n.m.common.sending,
          disabled: host.disabled,
        })}
        ${
          index > 0 && !host.sending
            ? html`<button
                type="button"
                id="back"
                class="button secondary"
                part="button"
                ?disabled=${host.disabled}
                @click=${() => host.back()}
              >
                ${t.nav.back}
              </button>`
            : nothing
        }
      </div>
    </form>
    ${liveRegions(host.announcer)}
  </div>`;
}
