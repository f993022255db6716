// How an activity reads in the current locale: title, ward, date and time, seats.
import type { Activity, ActivityType, Ward } from '@tsunagu/schema';
import type { LocaleController } from '../i18n/locale-controller.js';
import { withReadings } from '../i18n/readings.js';
import type { SignupMessages } from './messages/index.js';
import { ja } from './messages/ja.js';

/** Every activity type the widget can show, in the catalogue's order (the schema's ACTIVITY_TYPES). */
export const ACTIVITY_TYPE_IDS = Object.keys(ja.types) as ActivityType[];

/** Parses the `types` attribute: ids separated by spaces or commas; unknown ids are ignored. */
export function parseTypes(value: string | null | undefined): ActivityType[] {
  const wanted = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return ACTIVITY_TYPE_IDS.filter((type) => wanted.includes(type));
}

export function activityTitle(activity: Activity, i18n: LocaleController): string {
  return (i18n.locale === 'en' && activity.title_en) || activity.title;
}

export function wardName(wardId: string, wards: readonly Ward[], i18n: LocaleController): string {
  const ward = wards.find((w) => w.id === wardId);
  if (!ward) return wardId;
  return (i18n.locale === 'en' && ward.name_en) || withReadings(ward.name, i18n.locale);
}

/** `12月8日（火） 10:00〜12:00`. */
export function activityWhen(activity: Activity, i18n: LocaleController, m: SignupMessages): string {
  const start = Date.parse(activity.starts_at);
  const end = Date.parse(activity.ends_at);
  return `${i18n.formatDate(start)} ${m.details.time(i18n.formatTime(start), i18n.formatTime(end))}`;
}

/** 「残り 3 席」 or 「満席 — キャンセル待ちに登録」. */
export function seatsText(activity: Activity, m: SignupMessages): string {
  return activity.seats_left > 0 ? m.list.seatsLeft(activity.seats_left) : m.list.full;
}

/** A language tag in the reader's language (`ja` → 日本語 / Japanese), through Intl at no bundle cost. */
export function languageName(tag: string, i18n: LocaleController): string {
  try {
    return new Intl.DisplayNames([i18n.intlLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
