import type { FieldErrorArgs } from '../types.js';

const limit = (n: number | undefined, text: string): string => (n === undefined ? '' : text);

/**
 * The field-error sentences in 日本語, one per schema field-error code: they say how to fix the answer. This
 * file defines the codes; the other locales are typed against it (see ../field-errors.ts). Only forms show
 * them, after a check the form's later part runs, so they are not in any widget's first screen.
 */
export const jaFieldErrors = {
  required: ({ label, kind }: FieldErrorArgs) =>
    kind === 'choice'
      ? `${label}を選んでください`
      : kind === 'check'
        ? `「${label}」にチェックを入れてください`
        : `${label}を入力してください`,
  too_long: ({ label, max }: FieldErrorArgs) =>
    max === undefined ? `${label}を短くしてください` : `${label}は${max}文字以内で入力してください`,
  too_short: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `${label}をもう少し詳しく入力してください`
      : `${label}は${min}文字以上で入力してください`,
  too_many: ({ label, max }: FieldErrorArgs) =>
    `${label}で選ぶ数を減らしてください${limit(max, `（${max}個まで選べます）`)}`,
  too_few: ({ label, min }: FieldErrorArgs) =>
    min === undefined ? `${label}をもう少し選んでください` : `${label}を${min}個以上選んでください`,
  too_large: ({ label, max }: FieldErrorArgs) =>
    max === undefined
      ? `${label}にもっと小さい数を入力してください`
      : `${label}は${max}以下の数を入力してください`,
  too_small: ({ label, min }: FieldErrorArgs) =>
    min === undefined
      ? `${label}にもっと大きい数を入力してください`
      : `${label}は${min}以上の数を入力してください`,
  not_a_number: ({ label }: FieldErrorArgs) => `${label}は数字で入力してください（例：12）`,
  nothing_noticed: () => '気づいたことを1つ以上選ぶか、ひとことを書いてください',
  invalid_type: ({ label }: FieldErrorArgs) => `${label}の入力内容を確かめて、入力し直してください`,
  invalid_choice: ({ label }: FieldErrorArgs) => `${label}は一覧の中から選んでください`,
  invalid_format: ({ label }: FieldErrorArgs) => `${label}の書き方を例に合わせて入力してください`,
  invalid_phone: ({ label }: FieldErrorArgs) => `${label}は数字で入力してください（例：045-123-4567）`,
  invalid_email: ({ label }: FieldErrorArgs) => `${label}は「name@example.jp」の形で入力してください`,
  invalid_date: ({ label }: FieldErrorArgs) => `${label}は実際にある日付を入力してください`,
  invalid_time: ({ label }: FieldErrorArgs) => `${label}は「9:30」の形で入力してください`,
  invalid_url: ({ label }: FieldErrorArgs) => `${label}は「https://」で始まるアドレスを入力してください`,
  invalid_language: ({ label }: FieldErrorArgs) => `${label}は一覧の中から言語を選んでください`,
  invalid_coordinates: () => '場所がわかりませんでした。町名を入力するか、区を選んでください',
  unknown_field: () => '送れない項目が含まれています。ページを読み込み直してから入力してください',
  consent_required: ({ label }: FieldErrorArgs) => `送信するには、「${label}」にチェックを入れてください`,
  guardian_consent_required: ({ label }: FieldErrorArgs) =>
    `18歳未満の方は保護者の同意が必要です。保護者の方に確認して、「${label}」にチェックを入れてください`,
  terms_required: ({ label }: FieldErrorArgs) =>
    `利用規約とプライバシーポリシーを読んで、「${label}」にチェックを入れてください`,
  contact_required: () => '連絡先（電話番号かメールアドレス）を1つ以上入力するか、匿名を選んでください',
  not_allowed: ({ label }: FieldErrorArgs) => `${label}はこの内容では選べません。別のものを選んでください`,
  too_young: ({ label }: FieldErrorArgs) => `この活動には年齢の条件があります。${label}を確かめてください`,
  ends_before_start: ({ label }: FieldErrorArgs) => `${label}は、始まりより後の日時にしてください`,
  unknown_ward: ({ label }: FieldErrorArgs) => `${label}は一覧の中から区を選んでください`,
  unknown_town: ({ label }: FieldErrorArgs) =>
    `${label}が見つかりませんでした。町名を確かめるか、区を選んでください`,
  ambiguous_town: ({ label }: FieldErrorArgs) =>
    `同じ名前の${label}がいくつかの区にあります。区も選んでください`,
  unknown_activity: () => 'この活動は見つかりませんでした。一覧から選び直してください',
  not_enough_seats: ({ max }: FieldErrorArgs) =>
    max === undefined
      ? '残りの席が足りません。人数を減らしてください'
      : `残りの席は${max}席です。人数を${max}人以下にしてください`,
  invalid: ({ label }: FieldErrorArgs) => `${label}の入力内容を確かめてください`,
};
