import type { LocaleId } from './locales.js';

/**
 * Readings for place and office names that come from data (the shipped Yokohama wards and the words of
 * their window names), so やさしい日本語 can show them as ruby. Data for other cities simply has none.
 */
const WORDS: Record<string, string> = {
  鶴見区: 'つるみく',
  神奈川区: 'かながわく',
  西区: 'にしく',
  中区: 'なかく',
  南区: 'みなみく',
  保土ケ谷区: 'ほどがやく',
  磯子区: 'いそごく',
  金沢区: 'かなざわく',
  港北区: 'こうほくく',
  戸塚区: 'とつかく',
  港南区: 'こうなんく',
  旭区: 'あさひく',
  緑区: 'みどりく',
  瀬谷区: 'せやく',
  栄区: 'さかえく',
  泉区: 'いずみく',
  青葉区: 'あおばく',
  都筑区: 'つづきく',
  区役所: 'くやくしょ',
  役所: 'やくしょ',
  生活支援課: 'せいかつしえんか',
  自立相談支援: 'じりつそうだんしえん',
  相談: 'そうだん',
  電話: 'でんわ',
  自殺予防: 'じさつよぼう',
  救急安心: 'きゅうきゅうあんしん',
  児童相談所: 'じどうそうだんじょ',
  虐待対応: 'ぎゃくたいたいおう',
  健康: 'けんこう',
  統一: 'とういつ',
};
const LONGEST_FIRST = Object.keys(WORDS).sort((a, b) => b.length - a.length);

/** `text` with `{word|reading}` on the words we know, in やさしい日本語 only (other locales get it unchanged). */
export function withReadings(text: string, locale: LocaleId): string {
  if (locale !== 'ja-x-easy') return text;
  let out = '';
  for (let i = 0; i < text.length;) {
    const word = LONGEST_FIRST.find((w) => text.startsWith(w, i));
    if (word) {
      out += `{${word}|${WORDS[word]}}`;
      i += word.length;
    } else out += text[i++];
  }
  return out;
}
