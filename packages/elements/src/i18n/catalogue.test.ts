import { expect } from '@open-wc/testing';
import { FIELD_ERROR_CODES } from '@tsunagu/schema';
import type { Catalogue } from './catalogue.js';
import {
  FIELD_ERRORS,
  FIELD_ERROR_MESSAGE_CODES,
  fieldErrorMessage,
  type FieldErrorCode,
} from './field-errors.js';
import { en } from './locales/en.js';
import { LOCALES, SHARED_CATALOGUES, type LocaleId } from './registry.js';
import { resolveLocale } from './resolve-locale.js';
import { SUPPORT_WORDS } from './support-words.js';

// Every locale's catalogue, fetched as the widgets would (only `ja` is in the bundle).
const ALL = await SHARED_CATALOGUES.all();
// The field-error sentences and the support words, catalogues of their own (later parts bring them).
const SENTENCES = await FIELD_ERRORS.all();
const SUPPORT = await SUPPORT_WORDS.all();

// A catalogue missing a group must not typecheck (tsc -b fails if this stops being an error).
const { emergency: _dropped, ...withoutEmergency } = en;
// @ts-expect-error emergency is missing
const incomplete: Catalogue = withoutEmergency;
void incomplete;

// Every field-error code the schema can send has a sentence (a type error here when the schema adds one).
type SchemaFieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
const everySchemaCodeHasASentence: Record<SchemaFieldErrorCode, FieldErrorCode> = Object.fromEntries(
  FIELD_ERROR_CODES.map((code) => [code, code]),
) as { [K in SchemaFieldErrorCode]: K };
void everySchemaCodeHasASentence;

/** Sample arguments for a message function, by its path. */
function sampleArgs(path: string): unknown[] {
  if (path.startsWith('fieldError.')) return [{ label: 'テスト項目', kind: 'text', max: 3, min: 2 }];
  if (path === 'format.date') return [{ month: 12, day: 28, monthShort: 'Dec', weekday: '月' }];
  return [3, 4];
}

function render(path: string, value: unknown): unknown {
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(...sampleArgs(path)) : value;
}

/** Every leaf of a catalogue as [path, value]. */
function leaves(node: unknown, path: string[] = []): [string, unknown][] {
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
  }
  return [[path.join('.'), node]];
}

/** A locale's catalogue with its field-error sentences under `fieldError`, as one tree to check. */
const withSentences = (locale: LocaleId) => ({
  ...ALL[locale],
  ...SUPPORT[locale],
  fieldError: SENTENCES[locale],
});

describe('message catalogues', () => {
  const reference = new Map(leaves(withSentences('ja')));

  it('ships ja, ja-x-easy and en with ja as the default', () => {
    expect(LOCALES).to.deep.equal(['ja', 'ja-x-easy', 'en']);
    expect(resolveLocale(undefined)).to.equal('ja');
  });

  for (const locale of LOCALES) {
    it(`${locale} has every key of ja, no extra key, and no empty message`, () => {
      const own = new Map(leaves(withSentences(locale)));
      expect([...own.keys()].sort()).to.deep.equal([...reference.keys()].sort());
      for (const [path, value] of own) {
        expect(typeof value, path).to.equal(typeof reference.get(path));
        const text = render(path, value);
        expect(text, path).to.be.a('string');
        expect((text as string).trim(), path).not.to.equal('');
        expect(text, path).not.to.match(/undefined|NaN|\[object/);
      }
    });
  }

  it('has a how-to-fix sentence for every field-error code in every locale', () => {
    for (const code of [
      'required',
      'too_long',
      'too_short',
      'invalid_phone',
      'invalid_email',
      'invalid_choice',
      'too_many',
      'consent_required',
      'invalid_date',
      'invalid_format',
    ]) {
      expect(FIELD_ERROR_MESSAGE_CODES).to.include(code);
    }
    for (const locale of LOCALES) {
      for (const code of FIELD_ERROR_MESSAGE_CODES) {
        const sentence = fieldErrorMessage(SENTENCES[locale], code, { label: 'X' });
        expect(sentence, `${locale} ${code}`).not.to.equal(code);
      }
    }
  });

  it('has a sentence for every field-error code @tsunagu/schema exports, in every locale', () => {
    expect(FIELD_ERROR_CODES.length).to.be.greaterThan(9);
    for (const locale of LOCALES) {
      const sentences: Record<string, unknown> = SENTENCES[locale];
      for (const code of FIELD_ERROR_CODES) {
        expect(sentences[code], `${locale} ${code}`).to.be.a('function');
      }
    }
  });

  it('says how to fix a phone number rather than "invalid"', () => {
    expect(fieldErrorMessage(SENTENCES.ja, 'invalid_phone', { label: '電話番号' })).to.match(
      /^電話番号は数字で入力してください/,
    );
    expect(fieldErrorMessage(SENTENCES.en, 'invalid_phone', { label: 'Phone number' })).to.match(
      /^Enter phone number using numbers/,
    );
  });

  it('words required errors by the kind of field', () => {
    expect(fieldErrorMessage(SENTENCES.ja, 'required', { label: '区', kind: 'choice' })).to.equal(
      '区を選んでください',
    );
    expect(fieldErrorMessage(SENTENCES.ja, 'required', { label: 'お名前' })).to.equal(
      'お名前を入力してください',
    );
    expect(fieldErrorMessage(SENTENCES.en, 'required', { label: 'Ward', kind: 'choice' })).to.equal(
      'Choose ward',
    );
  });

  it('falls back to the generic sentence for a code it does not know', () => {
    expect(fieldErrorMessage(SENTENCES.ja, 'brand_new_code', { label: '住所' })).to.equal(
      SENTENCES.ja.invalid({ label: '住所' }),
    );
  });

  it('never calls the person 困窮者 or 対象者', () => {
    for (const locale of LOCALES) {
      for (const [path, value] of leaves(withSentences(locale))) {
        const text = String(render(path, value));
        expect(text, `${locale} ${path}`).not.to.match(/困窮者|対象者/);
      }
    }
  });
});

describe('resolveLocale', () => {
  const cases: [string | null, LocaleId][] = [
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA', 'ja'],
    ['ja-x-easy', 'ja-x-easy'],
    ['ja-X-EASY', 'ja-x-easy'],
    ['ja-Hira', 'ja'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['zh-TW', 'en'],
    ['ko', 'en'],
    ['', 'ja'],
    [null, 'ja'],
  ];
  for (const [lang, expected] of cases) {
    it(`maps ${JSON.stringify(lang)} to ${expected}`, () => {
      expect(resolveLocale(lang)).to.equal(expected);
    });
  }
});
