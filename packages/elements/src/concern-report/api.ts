// The report widgets' API, fetched after their first screen: the form and the status check share one
// later part (./report-api.ts), so a page with both fetches it once.
import { LaterPart } from '../internal/later-part.js';

export const reportApi = new LaterPart('concern-report', () => import('./report-api.js'), 'sendReport');

/** The later part's exports, for the code that awaits it. */
export type ReportApi = Awaited<ReturnType<typeof reportApi.get>>;

/** A ward's name in the widget's language (one wording for every widget: ../internal/labels.ts). */
export { wardName } from '../internal/labels.js';
