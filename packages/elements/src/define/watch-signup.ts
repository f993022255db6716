import { defineElement } from '../internal/define.js';
import { WatchSignup } from '../watch-signup/watch-signup.js';

defineElement('tsunagu-watch-signup', WatchSignup);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-watch-signup': WatchSignup;
  }
}
