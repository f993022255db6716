/**
 * The words of help and where to find it, in 日本語: opening hours, the help card (the ward's window and the
 * lines open tonight), the programs of the law and the concern names. This file defines the keys; the other
 * locales are typed against it (see ../support-words.ts). Their own catalogue: the first screens of the
 * report and the sign-up do not show them, the finder's and the help card's do.
 */
export const jaSupportWords = {
  /** Opening hours in words (Asia/Tokyo), for every widget that shows a window. */
  hours: {
    todayHours: (hours: string) => `今日の受付：${hours}`,
    closedToday: '今日はお休みです。',
    alwaysOpen: '24時間受け付けています。',
    hoursUnknown: '受付時間は電話で確かめてください。',
    openNow: 'いま開いています',
    openUntil: (time: string) => `いま開いています（${time}まで）`,
    closedNow: 'いまは閉まっています',
    opensToday: (time: string) => `今日${time}から開きます`,
    opensTomorrow: (time: string) => `明日${time}から開きます`,
    opensOn: (date: string, time: string) => `${date}${time}から開きます`,
    timeRange: (from: string, to: string) => `${from}〜${to}`,
  },
  /** The ward's window and the lines open tonight: the help card on the receipt and atop the finder. */
  helpCard: {
    /** The footer card's own heading (the finder's card asks "not sure where to go?"; two landmarks must not share a name). */
    cardHeading: '暮らしに困ったときの相談先',
    heading: 'どこに相談すればいいか迷ったら',
    text: 'お住まいの区の生活支援課が、どんな相談でも受け付けます。困りごとが一つに決まらなくても大丈夫です。',
    phone: '電話',
    linesHeading: '24時間、電話で相談できます',
    linesIntro: '夜や休みの日でも話せます。',
    linesAfterHours: '区役所が閉まっている時間でも、こちらの電話で話せます。',
  },
  /** The programs of the independence-support law in plain words (DESIGN §6), for every widget. */
  programs: {
    independence_consultation: {
      label: 'まず相談できる窓口',
      hint: 'どんな困りごとでも、一緒に支援の計画をつくります。',
    },
    housing_benefit: {
      label: '家賃の支援（住居確保給付金）',
      hint: '仕事を失った・減ったときに、家賃を支援します。',
    },
    work_readiness: { label: '働く準備の支援', hint: '自分のペースで、働く準備をします。' },
    supported_work: { label: '支援つきの仕事体験', hint: '協力する会社で、支援を受けながら働いてみます。' },
    household_finance: { label: '家計の見直し', hint: '家計や借金のことを、一緒に整理します。' },
    temporary_shelter: { label: '泊まる場所の支援', hint: '今夜泊まる場所や食事の支援です。' },
    child_learning: { label: '子どもの勉強と居場所', hint: '子どもの勉強や、安心して過ごせる場所です。' },
  },
  /** One name per concern code (an area of life), the same in every widget that shows it. */
  concerns: {
    money_debt: 'お金・借金',
    work: '仕事',
    housing: '住まい',
    food: '食べもの',
    health_mind: '体や心の健康',
    children_parenting: '子ども・子育て',
    school_absence: '学校に行けない',
    hikikomori: '家から出られない（ひきこもり）',
    care: '介護',
    disability: '障害',
    violence_abuse: '暴力・虐待',
    foreign_language: '日本語が難しい',
    isolation: '頼れる人がいない',
    other: 'その他',
  },
};
