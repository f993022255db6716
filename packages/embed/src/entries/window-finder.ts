// The finder alone: `<script type="module" src=".../window-finder.js" data-api-base="…" data-key="pk_…">`.
import '../auto-configure.js';
import '@tsunagu/elements/define/window-finder.js';
