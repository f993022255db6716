// Registers <tsunagu-report-status> (a no-op when it is already defined). Its own module, apart from the
// form's: few pages show the status check, so the form's first screen does not carry it (issue 18).
import { defineElement } from '../internal/define.js';
import { ReportStatus } from '../report-status/report-status.js';

defineElement('tsunagu-report-status', ReportStatus);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-report-status': ReportStatus;
  }
}
