// Registers <tsunagu-concern-report> and <tsunagu-report-status> (a no-op for a tag already defined).
import { ConcernReport } from '../concern-report/concern-report.js';
import { defineElement } from '../internal/define.js';
import { ReportStatus } from '../report-status/report-status.js';

defineElement('tsunagu-concern-report', ConcernReport);
defineElement('tsunagu-report-status', ReportStatus);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-concern-report': ConcernReport;
    'tsunagu-report-status': ReportStatus;
  }
}
