// The report form (and its status check) alone: `<script type="module" src=".../concern-report.js" …>`.
// Configure first, define second (see window-finder.ts).
import { ConcernReport } from '@tsunagu/elements/concern-report.js';
import { defineElement } from '@tsunagu/elements/define.js';
import { ReportStatus } from '@tsunagu/elements/report-status.js';
import { configureFromScript } from '../configure.js';

configureFromScript(import.meta.url);
defineElement('tsunagu-concern-report', ConcernReport);
defineElement('tsunagu-report-status', ReportStatus);
