/**
 * The one-file embed: `<script type="module" src=".../tsunagu.js" data-key="pk_…"></script>` configures
 * every widget from the tag's data- attributes and registers all of them.
 */
import './auto-configure.js';
import '@tsunagu/elements/define/concern-report.js';
import '@tsunagu/elements/define/watch-signup.js';
import '@tsunagu/elements/define/window-finder.js';
