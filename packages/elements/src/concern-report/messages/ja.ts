import type { DANGER_KINDS } from '@tsunagu/schema/triage';
import type { REPORT_STATUSES } from '@tsunagu/schema';

type Codes<T extends readonly string[]> = T[number];

/**
 * 日本語 — the concern-report's first-screen words, which define the keys (./later/ja.ts has the rest); the
 * other locales are typed against it (see ./index.ts). The person is ご本人 / 気になる方. Reports are 気づき, not accusations.
 */
export const ja = {
  nav: {
    progress: (step: number, total: number) => `質問 ${step} / ${total}`,
    next: '次へ',
    back: '戻る',
    backToReview: '確認画面に戻る',
  },
  /** Short names of question-style fields, for error sentences (「〇〇を選んでください」). */
  heading: {
    danger: 'はじめに、安全の確認',
    path: '相談の種類',
    reporter: 'あなたについて',
    person: '気になる方について',
    signs: '気づいたこと',
    school: '学校で気づいたこと',
    contact: 'ご本人の気持ちと、あなたへの連絡',
    help: '相談したいこと',
    selfContact: '連絡のしかた',
    review: '送る前に確認してください',
  },
  danger: {
    question: 'いま、命やからだに危険がある人はいますか',
    options: { yes: 'はい', no: 'いいえ', unsure: 'わからない' },
    kindsLabel: 'どのような危険ですか（わかる範囲で）',
    kinds: {
      violence: '暴力をふるわれている、身の危険がある',
      medical: '急な病気やけがで動けない',
      fire: '火事やガスのにおいなど',
      suicide: '「死にたい」と話している、命を絶つおそれがある',
      child_abuse: '子どもがたたかれている、放っておかれている',
    } satisfies Record<Codes<typeof DANGER_KINDS>, string>,
    urgentNote: 'まず電話してください。このあとフォームも送ると、「急ぎ」の印がついて区の担当者に届きます。',
  },
  failure: {
    retry: 'もう一度送る',
    urgentCall: '急ぐときは、先に電話してください。',
  },
  status: {
    heading: '送った報告の状況を確認する',
    intro: '受付番号と確認コードを入力してください。状況だけが表示され、内容は表示されません。',
    reference: '受付番号',
    referenceHint: '例：TK-7Q4M-9XZ2',
    checkCode: '確認コード',
    checkCodeHint: '英数字6文字',
    submit: '状況を確認する',
    checking: '確認しています。',
    result: '現在の状況',
    updated: (date: string) => `${date} 更新`,
    statuses: {
      received: '受け付けました。区の担当者が確認するまでお待ちください。',
      acknowledged: '区の担当者が内容を確認しました。',
      connected: '相談窓口や支援につながりました。',
      closed: '対応を終えました。',
    } satisfies Record<Codes<typeof REPORT_STATUSES>, string>,
    notFound: '受付番号か確認コードが違います。もう一度確かめてください。',
  },
};
