/**
 * The sign-up widget's own words in 日本語. This file defines the keys: the other locales are typed against
 * it (see ./index.ts), so a missing key or a wrong parameter is a type error.
 * Words: the person is ご本人 / 参加される方, never 困窮者 or 対象者.
 */
export const ja = {
  title: '地域の活動に参加する',
  intro: '見守りや食の支援、子どもの学習支援、研修など、地域の活動に申し込めます。',
  filters: {
    legend: '活動をさがす',
    ward: '区',
    allWards: 'すべての区',
    type: '活動の種類',
    allTypes: 'すべての種類',
  },
  types: {
    watch: '見守り活動',
    business_watch: '見守り協力事業者',
    food_support: '食の支援',
    community_place: '居場所づくり',
    study_support: '子どもの学習支援',
    work_experience: '就労体験・中間的就労の受け入れ',
    training: '研修',
  },
  list: {
    loading: '活動を読み込んでいます。',
    count: (n: number) => `${n}件の活動があります。`,
    empty: '条件に合う活動は、いまはありません。区や種類を変えてみてください。',
    loadError: '活動を読み込めませんでした。通信の状態を確かめて、もう一度試してください。',
    more: 'さらに表示する',
    seatsLeft: (n: number) => `残り ${n} 席`,
    full: '満席 — キャンセル待ちに登録',
    chooseLabel: '詳細と申し込み',
    sample: 'サンプル',
  },
  details: {
    back: '活動の一覧に戻る',
    when: '日時',
    where: '場所',
    online: 'オンライン',
    organizer: '主催',
    seats: '席',
    capacity: (n: number) => `定員 ${n} 人`,
    waitlist: (n: number) => `キャンセル待ち ${n} 人`,
    requirements: '参加の条件',
    minAge: (n: number) => `${n}歳以上`,
    trainingFirst: '先に研修を受けてください',
    languages: '使う言葉',
    fullNote: 'この活動は満席です。申し込むとキャンセル待ちになり、席があいたら順番に参加が決まります。',
    time: (start: string, end: string) => `${start}〜${end}`,
  },
};
