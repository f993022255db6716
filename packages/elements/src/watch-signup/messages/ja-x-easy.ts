import type { SignupFirstMessages } from './index.js';

/**
 * やさしい日本語, written as its own catalogue (2020 national guideline): one idea per short sentence, です/ます,
 * plain words, harder kanji with the reading in parentheses, words separated by spaces.
 */
export const jaEasy: SignupFirstMessages = {
  title: '{地域|ちいき}の {活動|かつどう}に {参加|さんか}する',
  intro: '地域の 人を 見守る 活動や、食べ物を わたす 活動などに {申|もう}し{込|こ}めます。',
  filters: {
    legend: '活動を さがす',
    ward: '{区|く}',
    allWards: 'ぜんぶの 区',
    type: '活動の しゅるい',
    allTypes: 'ぜんぶの しゅるい',
  },
  types: {
    watch: '{見守|みまも}りの 活動',
    business_watch: 'お店や 会社の 見守り',
    food_support: '食べ物の 手伝い',
    community_place: 'みんなが 集まる 場所',
    study_support: '子どもの 勉強の 手伝い',
    work_experience: '仕事の {体験|たいけん}を 受け入れる',
    training: '{研修|けんしゅう}・勉強会',
  },
  list: {
    loading: '活動を さがしています。',
    count: (n: number) => `活動が ${n}つ あります。`,
    empty: 'いまは 活動が ありません。区や しゅるいを かえて ください。',
    loadError:
      '活動を 見る ことが できませんでした。インターネットを {確|たし}かめてください。もういちど ためして ください。',
    more: 'もっと 見る',
    seatsLeft: (n: number) => `のこり ${n}人 入れます`,
    full: 'いっぱいです — {空|あ}くのを まつ',
    chooseLabel: 'くわしく 見る・申し込む',
    sample: 'れい（ほんとうの 活動では ありません）',
  },
  details: {
    back: '活動の リストに もどる',
    when: 'いつ',
    where: 'どこ',
    online: 'インターネットで 参加',
    organizer: 'する ところ',
    seats: '人数',
    capacity: (n: number) => `${n}人まで`,
    waitlist: (n: number) => `空くのを まっている 人：${n}人`,
    requirements: '参加の きまり',
    minAge: (n: number) => `${n}さい から`,
    trainingFirst: 'さきに {研修|けんしゅう}を 受けて ください',
    languages: '使う ことば',
    fullNote:
      'この 活動は いっぱいです。申し込むと、まつ 人の リストに 入ります。空いたら、じゅんばんに 参加が きまります。',
    time: (start: string, end: string) => `${start} から ${end} まで`,
  },
};
