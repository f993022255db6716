import type { SupportWords } from '../support-words.js';

/** The words of help and where to find it, as ../locales/ja-x-easy.ts. */
export const jaEasySupportWords: SupportWords = {
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
};
