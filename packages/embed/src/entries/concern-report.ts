// The report form (and its status check) alone: `<script type="module" src=".../concern-report.js" …>`.
// Configure first, define second (see window-finder.ts). The status check is on few pages: it is fetched
// when its tag is on the page (or added later), so the form's first screen does not carry it (issue 18).
import { ConcernReport } from '@tsunagu/elements/concern-report.js';
import { defineElement } from '@tsunagu/elements/define.js';
import { autoload } from '../autoload.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-concern-report', ConcernReport);
autoload(document, {
  'tsunagu-report-status': () => import('@tsunagu/elements/define/report-status.js'),
});
