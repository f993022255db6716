// The awareness guide and the self-check alone: `<script type="module" src=".../awareness.js">` (no API:
// they load nothing but their words). Configure first, define second (see window-finder.ts).
import { Awareness } from '@tsunagu/elements/awareness.js';
import { defineElement } from '@tsunagu/elements/define.js';
import { SelfCheck } from '@tsunagu/elements/self-check.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-awareness', Awareness);
defineElement('tsunagu-self-check', SelfCheck);
