// Registers <tsunagu-concern-report> (a no-op when it is already defined). The status check registers
// with ./report-status.ts.
import { ConcernReport } from '../concern-report/concern-report.js';
import { defineElement } from '../internal/define.js';

defineElement('tsunagu-concern-report', ConcernReport);

declare global {
  interface HTMLElementTagNameMap {
    'tsunagu-concern-report': ConcernReport;
  }
}
