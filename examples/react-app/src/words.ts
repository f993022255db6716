// The app's own words in the three languages the switcher offers. The widgets bring their own words and
// follow the `lang` the app gives them.

/** The `lang` values the widgets understand (BCP 47; `ja-x-easy` is やさしい日本語). */
export type AppLocale = 'ja' | 'ja-x-easy' | 'en';

export const LOCALES: readonly AppLocale[] = ['ja', 'ja-x-easy', 'en'];

export interface AppWords {
  /** The language's name in itself, for the switcher. */
  languageName: string;
  siteName: string;
  sample: string;
  lead: string;
  languageLabel: string;
  viewsLabel: string;
  finderTab: string;
  reportTab: string;
  finderIntro: string;
  reportIntro: string;
  loading: string;
  resultCount: (count: number) => string;
  loadFailed: string;
  reportThanks: string;
  footer: string;
}

export const WORDS: Record<AppLocale, AppWords> = {
  ja: {
    languageName: '日本語',
    siteName: 'みなと地域ケアプラザ',
    sample: '（架空の施設のサンプルページ）',
    lead: 'くらしのこと、お金や仕事のこと、家族のこと。ひとりで抱えこまずに、まずは話してみてください。',
    languageLabel: '表示する言葉',
    viewsLabel: 'ページの切りかえ',
    finderTab: '相談窓口を探す',
    reportTab: '気づきを伝える',
    finderIntro: '困りごとや住んでいる場所から、話を聞いてくれる窓口を探せます。',
    reportIntro:
      '近所の方や利用者さんのことで気になることがあれば、区の担当につなぎます。ご本人の気持ちを大切にします。',
    loading: '窓口を読みこんでいます',
    resultCount: (count) => `${count} 件の窓口が見つかりました`,
    loadFailed: '窓口を読みこめませんでした',
    reportThanks: 'お知らせいただき、ありがとうございました。区の担当が確かめます。',
    footer:
      '窓口の情報：横浜市の区役所。受付時間は変わることがあります。出かける前に電話で確かめてください。',
  },
  'ja-x-easy': {
    languageName: 'やさしい日本語',
    siteName: 'みなと ちいき ケアプラザ',
    sample: '（れんしゅう用の ページです）',
    lead: 'こまったことが あったら、ひとりで なやまないで ください。はなしを きく ところが あります。',
    languageLabel: 'ことば',
    viewsLabel: 'ページを かえる',
    finderTab: 'そうだんする ところを さがす',
    reportTab: 'きになる ことを つたえる',
    finderIntro: 'こまって いる ことや すんで いる ところから、そうだんする ところを さがせます。',
    reportIntro: 'きになる 人が いたら、くの たんとうの 人に つたえます。その人の きもちを だいじに します。',
    loading: 'よみこんで います',
    resultCount: (count) => `そうだんする ところが ${count} けん あります`,
    loadFailed: 'よみこめませんでした',
    reportThanks: 'おしえて くれて、ありがとう ございました。くの たんとうの 人が たしかめます。',
    footer: 'じょうほう：よこはま しの くやくしょ。でかける まえに でんわで たしかめて ください。',
  },
  en: {
    languageName: 'English',
    siteName: 'Minato Community Care Plaza',
    sample: '(a sample page of a fictional centre)',
    lead: 'Money, work, housing or family worries: you do not have to carry them alone. Talk to someone first.',
    languageLabel: 'Language',
    viewsLabel: 'Pages',
    finderTab: 'Find a consultation window',
    reportTab: 'Tell us about a concern',
    finderIntro: 'Find a consultation window by what is troubling you and where you live.',
    reportIntro:
      'If you are worried about a neighbour or someone who visits us, we pass it to the ward team. The person’s own wishes come first.',
    loading: 'Loading the windows',
    resultCount: (count) => `${count} ${count === 1 ? 'window' : 'windows'} found`,
    loadFailed: 'The windows could not be loaded',
    reportThanks: 'Thank you for telling us. The ward team will look into it.',
    footer: 'Window information: Yokohama City ward offices. Hours can change: please call before you go.',
  },
};
