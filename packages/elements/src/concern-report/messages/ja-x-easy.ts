import type { ReportFirstMessages } from './index.js';

/**
 * やさしい日本語, written as its own catalogue (2020 national guideline): one idea per short sentence,
 * です/ます, plain words, readings for harder kanji, words separated by spaces like the shared catalogue.
 */
export const jaEasy: ReportFirstMessages = {
  nav: {
    progress: (step: number, total: number) => `しつもん ${step} / ${total}`,
    next: 'つぎへ',
    back: 'もどる',
    backToReview: 'たしかめる {画面|がめん}に もどる',
  },
  heading: {
    danger: 'はじめに たしかめます',
    path: 'だれの ことですか',
    reporter: 'あなたの こと',
    person: '気に なる 人の こと',
    signs: '気づいた こと',
    school: '{学校|がっこう}で 気づいた こと',
    contact: 'その 人の 気もちと、あなたへの {連絡|れんらく}',
    help: '{相談|そうだん}したい こと',
    selfContact: '{連絡|れんらく}の しかた',
    review: 'おくる まえに たしかめて ください',
  },
  danger: {
    question: 'いま {命|いのち}や からだが あぶない 人は いますか',
    options: { yes: 'はい', no: 'いいえ', unsure: 'わかりません' },
    kindsLabel: 'どんな ことが あぶないですか（わかる ことだけ）',
    kinds: {
      violence: 'たたかれている。からだが あぶない',
      medical: '{急|きゅう}な {病気|びょうき}や けがで {動|うご}けない',
      fire: '{火事|かじ}。ガスの においが する',
      suicide: '「{死|し}にたい」と 言っている',
      child_abuse: '子どもが たたかれている。ほうって おかれている',
    },
    urgentNote:
      'さきに {電話|でんわ}を して ください。このあと フォームも おくると、「いそぎ」の しるしが つきます。',
  },
  failure: {
    retry: 'もういちど おくる',
    urgentCall: 'いそぐ ときは、さきに {電話|でんわ}して ください。',
  },
  status: {
    heading: 'おくった ものの ようすを 見る',
    intro:
      '{受付番号|うけつけばんごう}と コードを 書いて ください。ようすだけ 出ます。書いた ことは 出ません。',
    reference: '{受付番号|うけつけばんごう}',
    referenceHint: '{例|れい}：TK-7Q4M-9XZ2',
    checkCode: 'たしかめる ための コード',
    checkCodeHint: '{英語|えいご}の {文字|もじ}と {数字|すうじ}で 6つ',
    submit: 'ようすを 見る',
    checking: 'しらべています。',
    result: 'いまの ようす',
    updated: (date: string) => `${date}に かわりました`,
    statuses: {
      received: 'うけとりました。{区|く}の 人が 読むまで まって ください。',
      acknowledged: '区の 人が 読みました。',
      connected: '{相談|そうだん}の {窓口|まどぐち}や {支援|しえん}に つながりました。',
      closed: 'おわりました。',
    },
    notFound: '受付番号か コードが ちがいます。もういちど 見て ください。',
  },
};
