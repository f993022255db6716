// Registers <tsunagu-awareness> and <tsunagu-self-check> (no-ops when already defined): one module, since
// they share their words and a training page shows both.
import { Awareness } from '../awareness/awareness.js';
import { SelfCheck } from '../awareness/self-check.js';
import { defineElement } from '../internal/define.js';

defineElement('tsunagu-awareness', Awareness);
defineElement('tsunagu-self-check', SelfCheck);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-awareness': Awareness;
    'tsunagu-self-check': SelfCheck;
  }
}
