import { type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { html, plain } from '../i18n/ruby.js';

/**
 * Screen-reader announcements for a widget: a polite and an assertive live region that are always rendered
 * (a region added together with its text is often not read) and whose text this controller sets.
 * Render them once with `liveRegions(announcer)` inside the widget's shadow root.
 */
export class LiveAnnouncer implements ReactiveController {
  /** Text of the polite region (`role="status"`): results counts, "saved", character counts. */
  politeText = '';
  /** Text of the assertive region: only for what must interrupt, such as a failed submission. */
  assertiveText = '';
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelPending();
  }

  /**
   * Announces `text` now. The region is emptied first and filled after the next render, so the same sentence
   * twice in a row is read twice.
   */
  async announce(text: string, options: { assertive?: boolean } = {}): Promise<void> {
    this.cancelPending();
    const key = options.assertive ? 'assertiveText' : 'politeText';
    this[key] = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    this[key] = plain(text); // a live region is read as text: no readings twice
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /**
   * Announces `text` politely once the person has paused (typing, for example) for `delayMs`; each call
   * restarts the wait, so a screen reader is not interrupted on every keystroke.
   */
  announceAfterPause(text: string, delayMs = 1000): void {
    this.cancelPending();
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      void this.announce(text);
    }, delayMs);
  }

  /** Empties both regions and drops a pending announcement. */
  clear(): void {
    this.cancelPending();
    this.politeText = '';
    this.assertiveText = '';
    this.host.requestUpdate();
  }

  private cancelPending(): void {
    if (this.pauseTimer !== undefined) clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
  }
}

/** The two visually hidden live regions of a `LiveAnnouncer`; render once per shadow root. */
export function liveRegions(announcer: LiveAnnouncer): TemplateResult {
  // Kept on one line each: whitespace around the text would be part of the announcement.
  // prettier-ignore
  return html`<div class="visually-hidden" part="live-polite" role="status" aria-live="polite" aria-atomic="true">${announcer.politeText}</div>
    <div class="visually-hidden" part="live-assertive" aria-live="assertive" aria-atomic="true">${announcer.assertiveText}</div>`;
}
