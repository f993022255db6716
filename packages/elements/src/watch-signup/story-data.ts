// Fixed sample data and a fake API for the stories (no server needed). Stories only.
import type { Activity, Page } from '@tsunagu/schema';
import type { SignupApi } from './api.js';

const base = {
  summary: '地域の方の見守りについて、活動の内容を説明します。',
  organizer: '中区 生活支援課',
  ward_id: 'naka',
  online: false as boolean,
  requirements: { min_age: null, guardian_consent_under: 18, training_first: false },
  languages: ['ja'],
  sample: false,
  waitlist_count: 0,
  updated_at: '2026-11-01T00:00:00+09:00',
} satisfies Partial<Activity>;

export const STORY_ACTIVITIES: Activity[] = [
  {
    ...base,
    id: 'story-watch',
    type: 'watch',
    title: '地域の見守り活動 説明会',
    title_en: 'Neighbourhood watch: introduction',
    starts_at: '2026-12-08T10:00:00+09:00',
    ends_at: '2026-12-08T12:00:00+09:00',
    place: { name: '中区役所 会議室' },
    capacity: 20,
    seats_left: 3,
    signup_fields: ['phone', 'age'],
    allow_organisations: false,
  },
  {
    ...base,
    id: 'story-food',
    type: 'food_support',
    title: 'フードドライブのお手伝い',
    title_en: 'Food drive helpers',
    starts_at: '2026-12-13T13:00:00+09:00',
    ends_at: '2026-12-13T16:00:00+09:00',
    place: { name: '寿町 集会所' },
    capacity: 12,
    seats_left: 0,
    waitlist_count: 2,
    signup_fields: ['phone'],
    allow_organisations: true,
  },
  {
    ...base,
    id: 'story-training',
    type: 'training',
    title: '見守り協力事業者 研修（オンライン）',
    title_en: 'Business watch partner training (online)',
    starts_at: '2026-12-18T15:00:00+09:00',
    ends_at: '2026-12-18T16:00:00+09:00',
    place: null,
    online: true,
    capacity: 30,
    seats_left: 18,
    signup_fields: ['email', 'experience', 'languages'],
    allow_organisations: true,
    requirements: { min_age: 18, guardian_consent_under: 18, training_first: true },
  },
];

/** A fake API: `list` decides what the list call does (resolve, never resolve, fail). */
export function storyApi(list: 'ready' | 'empty' | 'loading' | 'error' = 'ready'): SignupApi {
  const page = (data: Activity[]): Promise<Page<Activity>> => Promise.resolve({ data, next_cursor: null });
  return {
    listActivities: () =>
      list === 'loading'
        ? new Promise(() => undefined)
        : list === 'error'
          ? Promise.reject(new TypeError('offline'))
          : page(list === 'empty' ? [] : STORY_ACTIVITIES),
    getActivity: (id) => Promise.resolve(STORY_ACTIVITIES.find((a) => a.id === id) ?? STORY_ACTIVITIES[0]!),
    listWards: () =>
      Promise.resolve([
        { id: 'naka', name: '中区', name_en: 'Naka' },
        { id: 'nishi', name: '西区', name_en: 'Nishi' },
      ]),
    createSignup: () => new Promise(() => undefined),
    cancelSignup: (id) =>
      Promise.resolve({ id, activity_id: 'story-watch', status: 'cancelled', headcount: 1 }),
  };
}
