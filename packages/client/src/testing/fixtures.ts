// Test-only inputs that the reference server accepts.
import type { ActivityInput, ConcernReportInput, SignupInput } from '@tsunagu/schema';

export const schoolReferral = (extra: Partial<ConcernReportInput> = {}): ConcernReportInput => ({
  path: 'about_someone',
  reporter_role: 'school',
  context: 'school',
  danger_now: 'no',
  ward_id: 'naka',
  consent: 'not_asked',
  school: {
    school_name: 'テスト小学校',
    grade: '4',
    absent_days_last_30: 8,
    school_signs: ['frequent_absence', 'no_supplies'],
  },
  ...extra,
});

/** An activity starting `daysAhead` days from now, `seats` seats. */
export const activityInput = (id: string, seats: number, daysAhead = 30): ActivityInput => {
  const start = new Date(Date.now() + daysAhead * 86_400_000);
  return {
    id,
    type: 'watch',
    title: 'テスト見守り研修',
    organizer: 'テスト団体',
    ward_id: 'naka',
    starts_at: start.toISOString(),
    ends_at: new Date(start.getTime() + 7_200_000).toISOString(),
    place: { name: '中区役所 会議室' },
    online: false,
    capacity: seats,
    requirements: {},
    signup_fields: [],
    allow_organisations: true,
    languages: ['ja'],
    sample: true,
  };
};

export const personSignup = (activityId: string, name = 'テスト 太郎'): SignupInput => ({
  activity_id: activityId,
  kind: 'person',
  name,
  email: 'taro@example.jp',
  terms_accepted: true,
});
