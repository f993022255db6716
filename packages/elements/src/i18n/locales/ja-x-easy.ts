import type { Catalogue } from '../catalogue.js';
import type { DateParts } from '../types.js';

/**
 * やさしい日本語 (easy Japanese), written as its own catalogue after the 2020 national guideline: one idea per
 * short sentence, です/ます, no honorific or humble forms, no katakana loanwords where a plain word exists,
 * harder kanji with the reading in parentheses, words separated by spaces (分かち書き).
 */
export const jaEasy: Catalogue = {
  meta: {
    intl: 'ja-JP',
    name: 'やさしい日本語',
  },
  common: {
    required: 'かならず こたえます', // "answer", not "write": it also marks choice questions
    optional: '書かなくても いいです',
    errorPrefix: 'なおしてください：',
    busy: 'いま しています。すこし まってください。',
    sending: 'おくっています。すこし まってください。',
    loading: 'じゅんびを しています。',
    retry: 'もういちど ためす',
    selectPlaceholder: 'えらんでください',
  },
  errorSummary: {
    title: 'なおす ところが あります',
    count: (n: number) => `なおす ところは ${n}つ です。`,
  },
  charCount: {
    limitHint: (max: number) => `${max}{文字|もじ}まで 書けます。`,
    remaining: (n: number) => `あと ${n}{文字|もじ} 書けます`,
    over: (n: number) => `${n}{文字|もじ} へらしてください`,
  },
  emergency: {
    heading: 'あぶない ときは すぐ {電話|でんわ}してください',
    intro: 'いのちが あぶない ときは、{先|さき}に 電話してください。',
    lines: {
      police: { name: '{警察|けいさつ}', note: 'あぶない ことが おきた とき' },
      ambulance: {
        name: '{救急車|きゅうきゅうしゃ}・{消防|しょうぼう}',
        note: '{急|きゅう}な {病気|びょうき}や けが、{火事|かじ}の とき',
      },
      medical_advice: {
        name: '{救急|きゅうきゅう}の {相談|そうだん}',
        note: '救急車を よぶか まよう とき（いつでも。つながらない ときは 045-232-7119）',
      },
      child_abuse: {
        name: '子どもを {守|まも}る 電話',
        note: '子どもが あぶない かもしれない とき（お金は いりません。いつでも。名前を 言わなくても いいです）',
      },
      yorisoi: {
        name: 'よりそいホットライン',
        note: 'どんな なやみでも 話せます（お金は いりません。いつでも。ほかの 国の ことばは 2番）',
      },
      inochi: { name: 'いのちの{電話|でんわ}', note: 'つらい 気もちを 話せます（お金は いりません）' },
      kokoro: {
        name: 'こころの {相談|そうだん}の 電話',
        note: 'こころの なやみを 話せます（電話の お金が かかります）',
      },
    },
  },
  format: {
    date: (p: DateParts) => `${p.month}月${p.day}日（${p.weekday}）`,
    walkingMinutes: (n: number) => `あるいて ${n} ふん`,
  },
  /**
   * Why a request failed, in words a person can act on: one sentence per failure kind, shared by every
   * widget (internal/failures.ts maps the SDK's errors to these kinds).
   */
  failures: {
    notSent: 'おくれませんでした。',
    notLoaded: 'よみこめませんでした。',
    offline: 'インターネットに つながって いるか 見て、もういちど ためして ください。',
    busy: 'いま たくさんの 人が つかって います。すこし まってから、もういちど ためして ください。',
    notConfigured: 'この ページは いま つかえません。この ページの 人に 知らせて ください。',
    rejected: 'うけつけられない ことが ありました。書いた ことを 見て ください。',
    server: 'こちらで {問題|もんだい}が おきています。すこし まってから、もういちど ためして ください。',
    kept: '書いた ことは きえていません。もういちど おくっても、2回 とどく ことは ありません。',
    keptAnswers: '書いた ことは きえていません。',
  },
};
