// The help card alone, for every page of a site: `<script type="module" src=".../help-card.js"
// data-api-base="…" data-key="pk_…">`. Configure first, define second (see window-finder.ts).
import { defineElement } from '@tsunagu/elements/define.js';
import { HelpCard } from '@tsunagu/elements/help-card.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-help-card', HelpCard);
