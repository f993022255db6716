import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { MinuteClock } from '../internal/minute-clock.js';
import type { ConsultationWindow } from '@tsunagu/schema';
import { windowsResource } from '@tsunagu/client/windows';
import { httpFor } from '../internal/api.js';
import { helpCard } from '../internal/help-card.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';

/**
 * A compact card for every page of a partner's site (a shop's footer, a receipt page, a school's
 * 困ったときは box): the ward's 生活支援課 with its phone as a `tel:` link, today's hours and whether it is
 * open now in Tokyo time, and the 24-hour lines — first when the office is closed. One request (the ward's
 * offices); the words are the shared catalogue's, so the card carries no catalogue of its own.
 *
 * @tagname tsunagu-help-card
 * @summary 困ったときの相談窓口 — the ward's office, open now or not, and the 24-hour lines.
 *
 * @attr ward - The ward whose office to show (e.g. `naka`). Without it the card shows the 24-hour lines.
 * @attr api-base - API base URL; defaults to the embed script's `data-api-base`.
 * @attr key - Publishable key; defaults to the embed script's `data-key`.
 * @attr lang - Language (`ja`, `ja-x-easy`, `en`); follows ancestors and `<html lang>` otherwise.
 *
 * @csspart help-card - The card.
 * @csspart tel - The office's phone link.
 */
export class HelpCard extends TsunaguElement {
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
  private loadedFor = '';

  constructor() {
    super();
    this.ward = '';
    this.apiBase = '';
    this.key = '';
    this.now = undefined;
    this.office = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // a card given its `office` directly (stories, apps) has no `ward` and so asks nothing
    if (changed.has('ward') || changed.has('apiBase') || changed.has('key')) void this.load();
  }

  private async load(): Promise<void> {
    const ward = this.ward;
    const http = ward
      ? httpFor({ apiBase: this.apiBase, key: this.key, locale: this.i18n.locale })
      : undefined;
    const id = `${ward} ${this.apiBase} ${this.key}`;
    if (!http || id === this.loadedFor) return;
    this.loadedFor = id;
    try {
      const page = await windowsResource(http).list({ ward, kind: 'office', limit: 5 }).page();
      if (this.ward !== ward) return;
      const windows = page.data.map((item) => item.window);
      this.office =
        windows.find((w) => w.description_codes.includes('independence_consultation')) ?? windows[0] ?? null;
    } catch {
      this.loadedFor = ''; // the card stands without the office (the 24-hour lines); a later change retries
    }
  }

  private currentTime(): Date {
    const now = this.now;
    return typeof now === 'function' ? now() : now instanceof Date ? now : new Date();
  }

  override render(): TemplateResult {
    return html`${helpCard(this.i18n, {
      id: 'help',
      heading: this.i18n.m.helpCard.cardHeading,
      office: this.office,
      now: this.currentTime(),
    })}`;
  }
}
