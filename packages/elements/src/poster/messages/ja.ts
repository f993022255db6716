/** The printed poster and counter card, and the screen controls around them (Japanese, bundled). */
export const posterJa = {
  headline: 'ひとりで抱えこまないで',
  lead: 'お金、仕事、住まい、家族のこと。どこに相談すればいいかわからなくても大丈夫です。お住まいの区の生活支援課が話を聞きます。',
  scan: {
    finder: 'スマートフォンで読み取ると、相談できる窓口をさがせます。',
    report: '身近な人のことで気になることがあれば、読み取って区に伝えられます。',
  },
  qrLabel: (url: string) => `QRコード（${url}）`,
  partner: (name: string) => `このお知らせは ${name} が掲示しています。`,
  linesHeading: '24時間、電話で相談できます',
  cardHeading: '困ったときの相談窓口',
  controls: {
    heading: 'ポスターを印刷する',
    format: '印刷するもの',
    formats: {
      poster: 'A4ポスター',
      card: 'カウンター用カード（名刺サイズ、A4に8枚）',
    },
    language: 'ポスターの言語',
    print: '印刷する',
    hint: 'ブラウザの印刷画面が開きます。用紙はA4、余白なしを選んでください。',
    missingHref: 'QRコードの行き先（href）が設定されていません。',
  },
  /** Each language's own name (the same in every catalogue). */
  languages: { ja: '日本語', 'ja-x-easy': 'やさしい日本語', en: 'English' },
};
