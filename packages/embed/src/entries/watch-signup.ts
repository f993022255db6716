// The sign-up alone: `<script type="module" src=".../watch-signup.js" data-api-base="…" data-key="pk_…">`.
// Configure first, define second (see window-finder.ts).
import { defineElement } from '@tsunagu/elements/define.js';
import { WatchSignup } from '@tsunagu/elements/watch-signup.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-watch-signup', WatchSignup);
