import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  KANJI_VARIANTS,
  foldChomeNumerals,
  kanjiNumeralToNumber,
  matchesSearch,
  normalizeForSearch,
  readingMatches,
  searchTerms,
  splitChome,
} from './normalize.js';

const n = normalizeForSearch;
const allEqual = (...texts: string[]) => {
  const expected = n(texts[0] ?? '');
  for (const text of texts) assert.equal(n(text), expected, `${text} → ${n(text)}, expected ${expected}`);
};

describe('normalizeForSearch', () => {
  it('folds full-width and half-width forms (NFKC) and latin case', () => {
    assert.equal(n('ＡＢＣ１２３'), 'abc123');
    assert.equal(n('Yokohama'), 'yokohama');
    allEqual('ﾖｺﾊﾏ', 'ヨコハマ', 'よこはま');
    allEqual('ﾎﾄﾞｶﾞﾔ', 'ホドガヤ', 'ほどがや');
  });

  it('turns katakana into hiragana, including ヴ and the iteration marks', () => {
    assert.equal(n('アイオイチョウ'), 'あいおいちょう');
    assert.equal(n('ヴ'), 'ゔ');
    assert.equal(n('ヽヾ'), 'ゝゞ');
  });

  it('removes whitespace including the ideographic space', () => {
    assert.equal(n(' 中区 \u3000役所\t'), '中区役所');
  });

  it('removes middle dots, hyphen variants and the long-vowel mark', () => {
    allEqual(
      'ハローワーク',
      'ハロ－ワ－ク',
      'ﾊﾛｰﾜｰｸ',
      'ハロ-ワ-ク',
      'ハロ‐ワ‐ク',
      'ハロ—ワ—ク',
      'ハロ−ワ−ク',
      'はろわく',
    );
    allEqual(
      'よりそい・ホットライン',
      'よりそい･ホットライン',
      'よりそい·ホットライン',
      'よりそいホットライン',
    );
    assert.equal(n('045-232-7119'), '0452327119');
  });

  it('lets partial words with a long vowel match (センター / センタ)', () => {
    assert.ok(n('相談センター').includes(n('センタ')));
    assert.ok(n('相談センター').includes(n('せんたー')));
  });

  it('folds the ケ of place names: 保土ケ谷 = 保土ヶ谷 = 保土が谷', () => {
    allEqual('保土ケ谷', '保土ヶ谷', '保土が谷', '保土ガ谷', '保土け谷', '保土ゲ谷', '保土ｹ谷');
    allEqual('鶴ケ峰', '鶴ヶ峰', '鶴が峰');
    allEqual('茅ケ崎中央', '茅ヶ崎中央');
    allEqual('市ケ尾町', '市ヶ尾町', '市が尾町');
  });

  it('does not fold け after kana (only after a kanji)', () => {
    assert.equal(n('たけ'), 'たけ');
    assert.equal(n('ケーキ'), 'けき');
    assert.notEqual(n('たけ'), n('たが'));
  });

  it('folds the small ヵ of counters to か', () => {
    allEqual('三ヵ月', '三カ月', '三か月');
  });

  it('maps 旧字体 to 新字体 from the table', () => {
    const pairs: [string, string][] = [
      ['澤', '沢'],
      ['邊', '辺'],
      ['邉', '辺'],
      ['濱', '浜'],
      ['嶋', '島'],
      ['條', '条'],
      ['驒', '騨'],
      ['髙', '高'],
      ['\ufa11', '崎'],
      ['嵜', '崎'],
      ['龍', '竜'],
      ['戶', '戸'],
      ['綠', '緑'],
      ['靑', '青'],
      ['榮', '栄'],
    ];
    for (const [old, current] of pairs) assert.equal(n(old), current, old);
    allEqual('横濱', '横浜');
    allEqual('戶塚區', '戸塚区');
    allEqual('髙島屋', '高島屋', '髙嶋屋');
  });

  it('NFKC turns compatibility kanji into unified ones (U+FA10 塚)', () => {
    assert.equal(n('\ufa10'), '塚');
  });

  it('folds 丁目 numbers: 一丁目 = 1丁目 = １丁目, and ちょうめ after a digit', () => {
    allEqual('相生町一丁目', '相生町1丁目', '相生町１丁目', '相生町 1 丁目');
    assert.equal(n('十日市場町二十一丁目'), '十日市場町21丁目');
    assert.equal(n('あいおいちょう1ちょうめ'), 'あいおいちょう1丁目');
  });

  it('is idempotent', () => {
    for (const text of [
      '保土ヶ谷区',
      'ﾊﾛｰﾜｰｸ',
      '相生町一丁目',
      '横濱　センター',
      'ＡＢＣ・ｄｅｆ',
      '三ヵ月',
      '龍ケ崎',
    ]) {
      assert.equal(n(n(text)), n(text), text);
    }
  });
});

describe('KANJI_VARIANTS', () => {
  it('maps to characters that are not themselves keys, from keys NFKC leaves alone', () => {
    for (const [old, current] of Object.entries(KANJI_VARIANTS)) {
      assert.equal([...old].length, 1, old);
      assert.equal(old.normalize('NFKC'), old, `${old} is changed by NFKC first, so its entry never applies`);
      assert.ok(!(current in KANJI_VARIANTS), `${current} is also a key`);
    }
  });
});

describe('kanjiNumeralToNumber / foldChomeNumerals', () => {
  it('reads 〇 to 九十九 and digit strings', () => {
    assert.equal(kanjiNumeralToNumber('一'), 1);
    assert.equal(kanjiNumeralToNumber('九'), 9);
    assert.equal(kanjiNumeralToNumber('十'), 10);
    assert.equal(kanjiNumeralToNumber('十一'), 11);
    assert.equal(kanjiNumeralToNumber('二十'), 20);
    assert.equal(kanjiNumeralToNumber('九十九'), 99);
    assert.equal(kanjiNumeralToNumber('〇'), 0);
    assert.equal(kanjiNumeralToNumber('12'), 12);
  });
  it('refuses what is not a number it knows', () => {
    assert.equal(kanjiNumeralToNumber(''), null);
    assert.equal(kanjiNumeralToNumber('十十'), null);
    assert.equal(kanjiNumeralToNumber('百'), null);
    assert.equal(kanjiNumeralToNumber('一二'), null);
  });
  it('folds only the numeral right before 丁目', () => {
    assert.equal(foldChomeNumerals('六角橋三丁目'), '六角橋3丁目');
    assert.equal(foldChomeNumerals('十日市場町'), '十日市場町');
    assert.equal(foldChomeNumerals('本町二十丁目と三丁目'), '本町20丁目と3丁目');
    assert.equal(foldChomeNumerals('丁目'), '丁目');
  });
});

describe('searchTerms / matchesSearch', () => {
  it('splits a query on any whitespace and drops empty terms', () => {
    assert.deepEqual(searchTerms('  保土ヶ谷\u3000生活支援課  ・ '), ['保土が谷', '生活支援課']);
  });
  it('needs every term to occur', () => {
    assert.equal(matchesSearch('保土ケ谷区役所 生活支援課', '保土ヶ谷　生活支援'), true);
    assert.equal(matchesSearch('保土ケ谷区役所 生活支援課', '保土ヶ谷 こども'), false);
    assert.equal(
      matchesSearch('ハローワーク横浜', 'はろーわーく よこはま'),
      false,
      'よこはま is not 横浜: no readings here',
    );
    assert.equal(matchesSearch('ハローワーク横浜', 'はろーわーく 横濱'), true);
  });
  it('an empty query matches everything', () => {
    assert.equal(matchesSearch('なんでも', ''), true);
    assert.equal(matchesSearch('なんでも', ' \u3000 '), true);
  });
  it('with several fields, a term may be in any field but not straddle two', () => {
    assert.equal(matchesSearch(['中区役所', null, 'なかくやくしょ'], 'ナカク 役所'), true);
    assert.equal(matchesSearch(['中区', '役所'], '中区役所'), false);
    assert.equal(matchesSearch([], 'x'), false);
  });
});

describe('town readings', () => {
  it('splits a town into base name and 丁目 number', () => {
    assert.deepEqual(splitChome('相生町一丁目'), { base: '相生町', chome: 1 });
    assert.deepEqual(splitChome('中央１丁目'), { base: '中央', chome: 1 });
    assert.deepEqual(splitChome('日本大通'), { base: '日本大通', chome: null });
  });
  it('「あいおいちょう」 finds 相生町一丁目 given the reading of 相生町', () => {
    for (const query of [
      'あいおいちょう',
      'アイオイチョウ',
      'あいおい',
      'あいおいちょう 1',
      'あいおいちょう1ちょうめ',
      '相生町1丁目',
      '相生町１',
    ]) {
      assert.equal(readingMatches(query, '相生町一丁目', 'あいおいちょう'), true, query);
    }
    assert.equal(readingMatches('あいおいちょう2', '相生町一丁目', 'あいおいちょう'), false);
    assert.equal(readingMatches('あいおいちょう', '相生町一丁目', null), false);
    assert.equal(readingMatches('相生町', '相生町一丁目'), true);
  });
});
