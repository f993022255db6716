import type { DateParts } from '../types.js';

/**
 * 日本語 — the default locale, and the catalogue that defines every key. Other locales are typed against it
 * (see ../catalogue.ts), so a missing key in another locale is a type error.
 * Words: the person is ご本人 / 気になる方, never 困窮者 or 対象者.
 */
export const ja = {
  meta: {
    /** BCP 47 tag handed to Intl for numbers and dates. */
    intl: 'ja-JP',
    /** The language's own name, for a language menu. */
    name: '日本語',
  },
  common: {
    required: '必須',
    optional: '任意',
    errorPrefix: 'エラー：',
    busy: '処理しています。しばらくお待ちください。',
    sending: '送信しています。しばらくお待ちください。',
    loading: '読み込んでいます。',
    retry: 'もう一度試す',
    selectPlaceholder: '選んでください',
  },
  errorSummary: {
    title: '入力内容を確認してください',
    count: (n: number) => `${n}か所、直してほしいところがあります。`,
  },
  charCount: {
    limitHint: (max: number) => `${max}文字以内で入力してください。`,
    remaining: (n: number) => `あと${n}文字入力できます`,
    over: (n: number) => `${n}文字多すぎます`,
  },
  emergency: {
    heading: 'いま危険がある場合は、すぐに電話してください',
    intro: '命やからだに危険があるときは、このフォームより先に電話してください。',
    lines: {
      police: { name: '警察', note: '事件や事故、身の危険があるとき' },
      ambulance: { name: '救急車・消防', note: '急な病気やけが、火事のとき' },
      medical_advice: {
        name: '救急安心センター',
        note: '救急車を呼ぶか迷うとき（24時間。つながらないときは 045-232-7119）',
      },
      child_abuse: {
        name: '児童相談所 虐待対応ダイヤル',
        note: '子どもが危ないかもしれないとき（無料・24時間・匿名で相談できます）',
      },
      yorisoi: { name: 'よりそいホットライン', note: 'どんな悩みでも話せます（無料・24時間。外国語は2番）' },
      inochi: { name: '自殺予防いのちの電話', note: 'つらい気持ちを話せます（無料）' },
      kokoro: { name: 'こころの健康相談統一ダイヤル', note: '心の悩みを話せます（通話料がかかります）' },
    },
  },
  format: {
    date: (p: DateParts) => `${p.month}月${p.day}日（${p.weekday}）`,
    walkingMinutes: (n: number) => `徒歩 ${n} 分`,
  },
  /**
   * Why a request failed, in words a person can act on: one sentence per failure kind, shared by every
   * widget (internal/failures.ts maps the SDK's errors to these kinds).
   */
  failures: {
    notSent: '送信できませんでした。',
    notLoaded: '読み込めませんでした。',
    offline: 'インターネットにつながっているか確かめて、もう一度試してください。',
    busy: 'いま利用が集中しています。少し待ってから、もう一度試してください。',
    notConfigured:
      'このページの設定に問題があり、いまは使えません。お手数ですが、このページの運営者に知らせてください。',
    rejected: '受け付けられない内容がありました。入力を確かめてください。',
    server: 'サーバーで問題が起きています。少し待ってから、もう一度試してください。',
    kept: '入力した内容は消えていません。もう一度送っても、二重には届きません。',
    keptAnswers: '入力した内容は消えていません。',
  },
};
