// The sign-up widget alone: `<script type="module" src=".../watch-signup.js" data-key="pk_…"></script>`.
import '../auto-configure.js';
import '@tsunagu/elements/define/watch-signup.js';
