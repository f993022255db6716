// Registers <tsunagu-poster> (a no-op when the tag is already defined, e.g. two bundles on one page).
import { defineElement } from '../internal/define.js';
import { Poster } from '../poster/poster.js';

defineElement('tsunagu-poster', Poster);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-poster': Poster;
  }
}
