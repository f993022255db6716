// The concern-report widget's own catalogue, so a report reads with the very labels the reporter saw.
// @tsunagu/elements does not export it by name yet (its widgets use it internally), so this is the one place
// that reaches into the package's source, read-only. When elements exports it, change only this import.
export { REPORT_MESSAGES, type ReportMessages } from '../../elements/src/concern-report/messages/index.js';
