import { type PropertyDeclarations, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { MinuteClock } from '../internal/minute-clock.js';
import type { ConsultationWindow } from '@tsunagu/schema';
import { LoadController, resolveSettings } from '../internal/connection.js';
import { helpCard } from '../internal/help-card.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { loadWardOffice } from '../internal/ward-office.js';
import { SUPPORT_WORDS, supportWords } from '../i18n/support-words.js';

/**
 * A compact card for every page of a partner's site (a shop's footer, a receipt page, a school's
 * 困ったときは box): the ward's 生活支援課 with its phone as a `tel:` link, today's hours and whether it is
 * open now in Tokyo time, and the 24-hour lines — first when the office is closed. One request (the ward's
 * offices), two without a `ward` (the key's partner first); the words are the shared catalogue's, so the
 * card carries no catalogue of its own.
 *
 * @tagname tsunagu-help-card
 * @summary 困ったときの相談窓口 — the ward's office, open now or not, and the 24-hour lines.
 *
 * @attr ward - The ward whose office to show (e.g. `naka`). Without it, the ward the city set for the
 *   partner whose key the page uses; without either, the card shows the 24-hour lines.
 * @attr api-base - API base URL; defaults to the embed script's `data-api-base`.
 * @attr key - Publishable key; defaults to the embed script's `data-key`.
 * @attr lang - Language (`ja`, `ja-x-easy`, `en`); follows ancestors and `<html lang>` otherwise.
 *
 * @csspart help-card - The card.
 * @csspart tel - The office's phone link.
 */
export class HelpCard extends TsunaguElement {
  static override catalogues = [SUPPORT_WORDS];
  static override properties: PropertyDeclarations = {
    ward: {},
    apiBase: { attribute: 'api-base' },
    key: {},
    now: { attribute: false },
    office: { attribute: false },
  };

  declare ward: string;
  declare apiBase: string;
  declare key: string;
  /** The clock for open-now (tests, stories): a fixed Date or a function; default: now. */
  declare now: Date | (() => Date) | undefined;
  /** The office, loaded from the API for `ward`, or given directly (stories, apps that already have it). */
  declare office: ConsultationWindow | null;

  private readonly clock = new MinuteClock(this, () => this.now instanceof Date);
  /**
   * The ward's office (the `ward`'s, else the key's partner's), loaded again when the ward or settings
   * change (the older load aborted). A card given its `office` directly (stories, apps) and no `ward` asks
   * nothing; a failed load leaves the card with the 24-hour lines.
   */
  private readonly loading = new LoadController(this, {
    inputs: () =>
      this.ward || !this.office
        ? {
            ward: this.ward,
            ...resolveSettings({ apiBase: this.apiBase, key: this.key, locale: this.i18n.locale }),
          }
        : undefined,
    load: ({ ward, ...settings }, signal) => loadWardOffice('tsunagu-help-card', settings, ward, signal),
  });

  constructor() {
    super();
    this.ward = '';
    this.apiBase = '';
    this.key = '';
    this.now = undefined;
    this.office = null;
  }

  private currentTime(): Date {
    const now = this.now;
    return typeof now === 'function' ? now() : now instanceof Date ? now : new Date();
  }

  override render(): TemplateResult {
    return html`${helpCard(this.i18n, {
      id: 'help',
      heading: supportWords(this.i18n).helpCard.cardHeading,
      office: (this.ward || !this.office ? this.loading.data : undefined) ?? this.office,
      now: this.currentTime(),
    })}`;
  }
}
