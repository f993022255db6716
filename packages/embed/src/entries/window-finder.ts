// The finder alone: `<script type="module" src=".../window-finder.js" data-api-base="…" data-key="pk_…">`.
// Configure first, define second: defining upgrades finders already on the page, which read the defaults.
// (`import.meta.url` must be this entry's own URL, so the call lives here and not in a shared module.)
import { defineElement } from '@tsunagu/elements/define.js';
import { WindowFinder } from '@tsunagu/elements/window-finder.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-window-finder', WindowFinder);
