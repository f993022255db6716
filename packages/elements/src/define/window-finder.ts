// Registers <tsunagu-window-finder> (a no-op when the tag is already defined, e.g. two bundles on one page).
import { defineElement } from '../internal/define.js';
import { WindowFinder } from '../window-finder/window-finder.js';

defineElement('tsunagu-window-finder', WindowFinder);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-window-finder': WindowFinder;
  }
}
