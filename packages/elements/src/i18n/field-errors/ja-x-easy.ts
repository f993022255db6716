import type { FieldErrorSentences } from '../field-errors.js';
import type { FieldErrorArgs } from '../types.js';

/** The field-error sentences in やさしい日本語: short, one idea each, the readings of harder kanji. */
export const jaEasyFieldErrors: FieldErrorSentences = {
  required: ({ label, kind }: FieldErrorArgs) =>
    kind === 'choice'
      ? `${label}を えらんでください`
      : kind === 'check'
        ? `「${label}」に しるし（✓）を つけてください`
        : `${label}を 書いてください`,
  too_long: ({ label, max }: FieldErrorArgs) =>
    max === undefined
      ? `${label}を 短く してください`
      : `${label}が 長いです。${max}{文字|もじ}までに してください`,
  too_short: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `${label}を もっと 書いてください`
      : `${label}が 短いです。${min}{文字|もじ} {以上|いじょう} 書いてください`,
  too_many: ({ label, max }: FieldErrorArgs) =>
    max === undefined
      ? `${label}は えらぶ 数を へらしてください`
      : `${label}は ${max}つまで えらべます。数を へらしてください`,
  too_few: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `${label}を もっと えらんでください`
      : `${label}を ${min}つ {以上|いじょう} えらんでください`,
  too_large: ({ label, max }: FieldErrorArgs) =>
    max === undefined
      ? `${label}の 数が 大きいです。小さく してください`
      : `${label}は ${max}までの 数を 書いてください`,
  too_small: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `${label}の 数が 小さいです。大きく してください`
      : `${label}は ${min}より 大きい 数を 書いてください`,
  not_a_number: ({ label }: FieldErrorArgs) => `${label}は 数字で 書いてください（れい：12）`,
  nothing_noticed: () => '気がついた ことを 1つ 以上 えらぶか、すこし 書いて ください',
  invalid_type: ({ label }: FieldErrorArgs) => `${label}を もういちど 書いてください`,
  invalid_choice: ({ label }: FieldErrorArgs) => `${label}は 出ている ものから えらんでください`,
  invalid_format: ({ label }: FieldErrorArgs) =>
    `${label}の 書き方が ちがいます。{例|れい}を 見て 書いてください`,
  invalid_phone: ({ label }: FieldErrorArgs) =>
    `${label}は {数字|すうじ}で 書いてください（{例|れい}：045-123-4567）`,
  invalid_email: ({ label }: FieldErrorArgs) => `${label}は 「name@example.jp」の 形で 書いてください`,
  invalid_date: ({ label }: FieldErrorArgs) => `${label}の {日|ひ}が ちがいます。ある 日を 書いてください`,
  invalid_time: ({ label }: FieldErrorArgs) => `${label}は 「9:30」の 形で 書いてください`,
  invalid_url: ({ label }: FieldErrorArgs) => `${label}は 「https://」から 書いてください`,
  invalid_language: ({ label }: FieldErrorArgs) => `${label}は 出ている ことばから えらんでください`,
  invalid_coordinates: () =>
    '{場所|ばしょ}が わかりません。{町|まち}の 名前を 書くか、{区|く}を えらんでください',
  unknown_field: () => 'おくれない ものが あります。{画面|がめん}を もういちど {開|ひら}いてください',
  consent_required: ({ label }: FieldErrorArgs) =>
    `おくる ときは、「${label}」に しるし（✓）を つけてください`,
  guardian_consent_required: ({ label }: FieldErrorArgs) =>
    `18さいに なって いない 人は、{親|おや}などの 「いいです」が いります。「${label}」に しるし（✓）を つけてください`,
  terms_required: ({ label }: FieldErrorArgs) =>
    `使う ときの きまりを 読んで、「${label}」に しるし（✓）を つけてください`,
  contact_required: () =>
    '{電話番号|でんわばんごう}か メールアドレスを 1つ 書いてください。名前を 言わない ことも えらべます',
  not_allowed: ({ label }: FieldErrorArgs) =>
    `${label}は これを えらべません。ほかの ものを えらんでください`,
  too_young: ({ label }: FieldErrorArgs) =>
    `この {活動|かつどう}は {年|とし}の きまりが あります。${label}を 見てください`,
  ends_before_start: ({ label }: FieldErrorArgs) => `${label}は、始まる {時|とき}より あとに してください`,
  unknown_ward: ({ label }: FieldErrorArgs) => `${label}は 出ている {区|く}から えらんでください`,
  unknown_town: ({ label }: FieldErrorArgs) =>
    `${label}が 見つかりません。{町|まち}の 名前を 見るか、{区|く}を えらんでください`,
  ambiguous_town: ({ label }: FieldErrorArgs) =>
    `同じ 名前の ${label}が いくつか あります。{区|く}も えらんでください`,
  unknown_activity: () => 'この {活動|かつどう}は 見つかりません。もういちど えらんでください',
  not_enough_seats: ({ max }: FieldErrorArgs) =>
    max === undefined
      ? 'あいている {席|せき}が たりません。{人|ひと}の 数を へらしてください'
      : `あいている {席|せき}は ${max}つ です。${max}{人|にん}までに してください`,
  invalid: ({ label }: FieldErrorArgs) => `${label}を もういちど 見てください`,
};
