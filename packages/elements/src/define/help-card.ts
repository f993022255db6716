// Registers <tsunagu-help-card> (a no-op when the tag is already defined, e.g. two bundles on one page).
import { HelpCard } from '../help-card/help-card.js';
import { defineElement } from '../internal/define.js';

defineElement('tsunagu-help-card', HelpCard);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-help-card': HelpCard;
  }
}
