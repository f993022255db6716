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
