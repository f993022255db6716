// Must NOT compile: a concern report without `consent` (run by the consumer suite, which expects tsc to fail
// with an error naming the field).
import type { ConcernReportInput } from '@tsunagu/client';

export const report: ConcernReportInput = {
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
};
