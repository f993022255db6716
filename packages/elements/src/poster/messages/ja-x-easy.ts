import type { PosterCatalogue } from './index.js';

/** やさしい日本語; readings as `{漢字|かんじ}` (rendered as <ruby>). */
export const posterJaEasy: PosterCatalogue = {
  headline: '一人で なやまないで',
  lead: 'お金、仕事、住む ところ、家族の こと。どこに {相談|そうだん}するか わからなくても いいです。あなたの 区の {生活支援課|せいかつしえんか}が 話を 聞きます。',
  scan: {
    finder: 'スマートフォンで 読むと、{相談|そうだん}できる ところを さがせます。',
    report: 'まわりの 人の ことで 心配な ことが あれば、読んで 区に 伝えられます。',
  },
  qrLabel: (url: string) => `QRコード（${url}）`,
  partner: (name: string) => `この お知らせは ${name} が はって います。`,
  linesHeading: '24時間 電話で {相談|そうだん}できます',
  cardHeading: '困った ときの {相談|そうだん}',
  controls: {
    heading: 'ポスターを {印刷|いんさつ}する',
    format: '{印刷|いんさつ}する もの',
    formats: {
      poster: 'A4の ポスター',
      card: 'カウンターに おく カード（A4に 8まい）',
    },
    language: 'ポスターの ことば',
    print: '{印刷|いんさつ}する',
    hint: 'ブラウザの {印刷|いんさつ}の 画面が 出ます。紙は A4、よはくは なしを えらんで ください。',
    missingHref: 'QRコードの 行き先（href）が ありません。',
  },
  languages: { ja: '日本語', 'ja-x-easy': 'やさしい日本語', en: 'English' },
};
