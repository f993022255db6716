// The concern-report alone: `<script type="module" src=".../concern-report.js" data-api-base=… data-key=…>`
// registers <tsunagu-concern-report> and <tsunagu-report-status>.
import '../auto-configure.js';
import '@tsunagu/elements/define/concern-report.js';
