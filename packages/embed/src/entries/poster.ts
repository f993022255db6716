// The printable poster alone: `<script type="module" src=".../poster.js">` (no API, no request).
// Configure first, define second (see window-finder.ts).
import { defineElement } from '@tsunagu/elements/define.js';
import { Poster } from '@tsunagu/elements/poster.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-poster', Poster);
