// What the reporter sees after sending: the reference (large, easy to read aloud, copyable), the check code,
// what happens next and, when it matters, the lines to call now.
import { nothing, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import type { ConcernReportReceipt, ConsultationWindow } from '@tsunagu/schema';
import type { LocaleController } from '../i18n/locale-controller.js';
import { emergencyNotice } from '../internal/emergency-notice.js';
import type { helpCard as HelpCard } from '../internal/help-card.js';
import type { ReportMessages } from './messages/index.js';
import { supportWords } from '../i18n/support-words.js';

export interface ReceiptOptions {
  i18n: LocaleController;
  t: ReportMessages;
  receipt: ConcernReportReceipt;
  /** '' before any press, then the result of the last copy. */
  copyState: '' | 'copied' | 'failed';
  onCopy: () => void;
  onNewReport: () => void;
  /** The person wrote about themself: thanked for asking, not for "letting us know". */
  self: boolean;
  /** The ward's 生活支援課, once loaded (null: unknown or not loaded). */
  office: ConsultationWindow | null;
  now: Date;
  /** The help card block, loaded after sending (it is not part of the form's first screen). */
  helpCard: typeof HelpCard | undefined;
  /** The partner's page with the status check (`status-url`), if it has one. */
  statusUrl: string;
}

export function receiptView(o: ReceiptOptions): TemplateResult {
  const { t, receipt, i18n } = o;
  const lines = receipt.lines;
  const notice = lines.length
    ? emergencyNotice(i18n, { lines, id: 'receipt-lines', heading: t.receipt.urgentHeading, intro: '' })
    : nothing;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${t.receipt.heading}</h2>
    ${receipt.urgent ? notice : nothing}
    <p>${o.self ? t.receipt.thanksSelf : t.receipt.thanks}</p>
    <div class="reference-box" part="reference-box">
      <dl>
        <dt>${t.receipt.reference}</dt>
        <dd class="reference" id="reference" part="reference" translate="no">${receipt.reference}</dd>
        <dt>${t.receipt.checkCode}</dt>
        <dd class="check-code" id="check-code" part="check-code" translate="no">${receipt.check_code}</dd>
      </dl>
      <p class="copy-row">
        <button type="button" class="button secondary" part="button" id="copy" @click=${o.onCopy}>
          ${t.receipt.copy}
        </button>
        <span class="copy-state" aria-hidden="true"
          >${o.copyState === 'copied' ? t.receipt.copied : o.copyState === 'failed' ? t.receipt.copyFailed : ''}</span
        >
      </p>
      <p class="hint">${t.receipt.keep} ${t.receipt.readAloud}</p>
      ${
        o.statusUrl
          ? html`<p><a id="status-link" href=${o.statusUrl}>${t.receipt.statusLink}</a></p>`
          : nothing
      }
    </div>
    <h3>${t.receipt.nextHeading}</h3>
    <ul class="guidance">
      ${receipt.guidance.map((code) => html`<li>${t.receipt.guidance[code]}</li>`)}
    </ul>
    ${receipt.urgent ? nothing : notice}
    ${o.helpCard?.(i18n, {
      id: 'receipt-help',
      office: o.office,
      now: o.now,
      heading: t.receipt.officeHeading,
      text: '',
      level: 3,
    })}
    ${
      receipt.programs.length
        ? html`<h3>${t.receipt.programsHeading}</h3>
            <ul class="programs">
              ${receipt.programs.map(
                (code) =>
                  html`<li>
                    <strong>${supportWords(i18n).programs[code].label}</strong> —
                    ${supportWords(i18n).programs[code].hint}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      o.self
        ? nothing
        : html`<p>
            <button
              type="button"
              class="button secondary"
              part="button"
              id="new-report"
              @click=${o.onNewReport}
            >
              ${t.receipt.newReport}
            </button>
          </p>`
    }
  </section>`;
}
