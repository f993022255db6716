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
  /** Opening hours in words (Asia/Tokyo), for every widget that shows a window. */
  hours: {
    todayHours: (hours: string) => `きょう：${hours}`,
    closedToday: 'きょうは 休みです。',
    alwaysOpen: '24時間 あいて います。',
    hoursUnknown: 'あいて いる 時間は 電話で きいて ください。',
    openNow: 'いま あいて います',
    openUntil: (time: string) => `いま あいて います（${time}まで）`,
    closedNow: 'いまは しまって います',
    opensToday: (time: string) => `きょう ${time}に あきます`,
    opensTomorrow: (time: string) => `あした ${time}に あきます`,
    opensOn: (date: string, time: string) => `${date} ${time}に あきます`,
    timeRange: (from: string, to: string) => `${from}から ${to}まで`,
  },
  /** The ward's window and the lines open tonight: the help card on the receipt and atop the finder. */
  helpCard: {
    cardHeading: 'くらしに こまった ときの {相談|そうだん}さき',
    heading: 'どこに 相談するか まよったら',
    text: '区の {生活支援課|せいかつしえんか}に 相談できます。どんな 相談でも 聞きます。',
    phone: '電話',
    linesHeading: '24時間 電話で 相談できます',
    linesIntro: '夜も 休みの 日も 話せます。',
    linesAfterHours: '区役所が しまって いる 時間でも、この 電話で 話せます。',
  },
  /** The programs of the independence-support law in plain words (DESIGN §6), for every widget. */
  programs: {
    independence_consultation: {
      label: 'まず {相談|そうだん}できる ところ',
      hint: 'どんな ことでも 相談できます。いっしょに 考えます。',
    },
    housing_benefit: {
      label: '{家賃|やちん}の 支援（住居確保給付金）',
      hint: '仕事が なくなった ときなどに 家賃を {助|たす}けます。',
    },
    work_readiness: { label: '{働|はたら}く じゅんび', hint: 'じぶんの ペースで じゅんびします。' },
    supported_work: {
      label: '助けを うけながら 働いて みる',
      hint: '会社で、助けを うけながら 働きます。',
    },
    household_finance: {
      label: '家の お金の 見なおし',
      hint: 'お金や {借金|しゃっきん}の ことを いっしょに 考えます。',
    },
    temporary_shelter: {
      label: 'とまる ところの 支援',
      hint: '{今夜|こんや} とまる ところや 食べものです。',
    },
    child_learning: {
      label: '子どもの {勉強|べんきょう}と いる ところ',
      hint: '勉強や、{安心|あんしん}して いられる 場所です。',
    },
  },
  /** One name per concern code (an area of life), the same in every widget that shows it. */
  concerns: {
    money_debt: 'お金・{借金|しゃっきん}',
    work: '{仕事|しごと}',
    housing: '{住|す}む ところ',
    food: '食べもの',
    health_mind: 'からだや こころの {健康|けんこう}',
    children_parenting: '子ども・子そだて',
    school_absence: '学校に 行けない',
    hikikomori: '家から 出られない',
    care: '家族の {世話|せわ}・{介護|かいご}',
    disability: '{障害|しょうがい}',
    violence_abuse: '{暴力|ぼうりょく}・ひどい ことを される',
    foreign_language: '日本語が むずかしい',
    isolation: 'たよれる 人が いない',
    other: 'そのほか',
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
