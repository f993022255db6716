// Sample activities per ward, clearly flagged `sample: true` (not real events): they let the sign-up
// widget and examples work out of the box. Dates are relative to the seeding time.
import type { ActivityInput, ActivityType } from '@tsunagu/schema';

const DAY = 86_400_000;

/** 10:00 JST on the day `days` after `now` (as an ISO string with +09:00). */
function tokyoAt(now: Date, days: number, hour: number): string {
  const tokyo = new Date(now.getTime() + 9 * 3_600_000 + days * DAY);
  const date = tokyo.toISOString().slice(0, 10);
  return `${date}T${String(hour).padStart(2, '0')}:00:00+09:00`;
}

const TEMPLATES: {
  type: ActivityType;
  title: string;
  title_en: string;
  capacity: number;
  hour: number;
  hours: number;
  online: boolean;
  fields: ActivityInput['signup_fields'];
  orgs: boolean;
  minAge: number | null;
  training: boolean;
}[] = [
  {
    type: 'watch',
    title: '地域の見守り活動 説明会',
    title_en: 'Neighbourhood watch: introduction',
    capacity: 20,
    hour: 10,
    hours: 2,
    online: false,
    fields: ['phone'],
    orgs: false,
    minAge: 16,
    training: false,
  },
  {
    type: 'food_support',
    title: 'フードドライブのお手伝い',
    title_en: 'Food drive helpers',
    capacity: 12,
    hour: 13,
    hours: 3,
    online: false,
    fields: ['phone', 'age'],
    orgs: true,
    minAge: 12,
    training: false,
  },
  {
    type: 'training',
    title: '見守り協力事業者 研修（オンライン）',
    title_en: 'Business watch partner training (online)',
    capacity: 30,
    hour: 15,
    hours: 1,
    online: true,
    fields: ['email'],
    orgs: true,
    minAge: 18,
    training: false,
  },
  {
    type: 'work_experience',
    title: '中間的就労の受け入れ相談会',
    title_en: 'Hosting supported work experience: consultation',
    capacity: 10,
    hour: 14,
    hours: 2,
    online: false,
    fields: ['phone', 'experience'],
    orgs: true,
    minAge: 18,
    training: true,
  },
];

export function sampleActivities(wards: { id: string; name: string }[], now: Date): ActivityInput[] {
  const out: ActivityInput[] = [];
  wards.forEach((ward, w) => {
    TEMPLATES.forEach((t, i) => {
      const days = 7 + ((w + i * 5) % 28);
      out.push({
        id: `sample-${ward.id}-${t.type}`,
        type: t.type,
        title: `【サンプル】${t.title}（${ward.name}）`,
        title_en: `[Sample] ${t.title_en}`,
        summary: 'これはサンプルのデータです。実際の催しではありません。',
        organizer: `${ward.name} 生活支援課（サンプル）`,
        ward_id: ward.id,
        starts_at: tokyoAt(now, days, t.hour),
        ends_at: tokyoAt(now, days, t.hour + t.hours),
        place: t.online ? null : { name: `${ward.name}役所 会議室（サンプル）` },
        online: t.online,
        capacity: t.capacity,
        requirements: { min_age: t.minAge, guardian_consent_under: 18, training_first: t.training },
        signup_fields: t.fields,
        allow_organisations: t.orgs,
        languages: ['ja'],
        sample: true,
      });
    });
  });
  return out;
}
