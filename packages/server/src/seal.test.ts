import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDecipheriv, randomBytes } from 'node:crypto';
import { createCipher, parseKeyRing, SealError, singleKeyRing, type KeyRing } from './seal.js';
import { sealV1 } from './test-support.js';

const ring = (...entries: [string, Buffer][]): KeyRing => ({
  current: entries[0]![0],
  keys: new Map(entries),
});

describe('sealing (v2)', () => {
  const k1 = randomBytes(32);
  const cipher = createCipher(singleKeyRing(k1));

  it('opens only in the row and column it was sealed for', () => {
    const sealed = cipher.encrypt('山田さん 090-0000-0000', 'reports.content:1');
    assert.equal(cipher.decrypt(sealed, 'reports.content:1'), '山田さん 090-0000-0000');
    // copied into another row, or another column of the same row: refused, never garbage
    for (const elsewhere of ['reports.content:2', 'report_events.note:1', 'reports.flags:1'])
      assert.throws(() => cipher.decrypt(sealed, elsewhere), SealError);
    const bytes = cipher.seal('{"check_code":"ABCDEF"}', 'idempotency_records.body:a');
    assert.throws(() => cipher.open(bytes, 'idempotency_records.body:b'), SealError);
  });

  it('names its key, and the GCM key is not the master key itself', () => {
    const sealed = cipher.encrypt('x', 'a');
    assert.match(sealed, /^v2\./);
    assert.equal(cipher.keyIdOf(sealed), 'k1');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    const iv = raw.subarray(4, 16);
    const decipher = createDecipheriv('aes-256-gcm', k1, iv, { authTagLength: 16 });
    decipher.setAAD(Buffer.from('a'));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    decipher.update(raw.subarray(16, raw.length - 16));
    assert.throws(() => decipher.final(), 'the raw master key does not open it');
  });

  it('still opens v1 values (no associated data), as text and as bytes', () => {
    assert.equal(
      cipher.decrypt(sealV1(k1, 'old note').toString('base64'), 'report_events.note:9'),
      'old note',
    );
    assert.equal(cipher.open(sealV1(k1, '{"a":1}'), 'any', 1), '{"a":1}');
    assert.equal(
      cipher.keyIdOf(sealV1(k1, 'x').toString('base64')),
      null,
      'rotation re-seals every v1 value',
    );
  });

  it('refuses a truncated tag (v1 and v2), and a wrong or unknown key', () => {
    // a v1 value of an empty text is iv | tag: cut to 4 bytes of tag, GCM would check only those
    const v1 = sealV1(k1, '');
    assert.throws(() => cipher.open(v1.subarray(0, 16), 'any', 1), SealError);
    assert.throws(() => cipher.decrypt(v1.subarray(0, 20).toString('base64'), 'any'), SealError);
    const v2 = cipher.seal('', 'a');
    assert.throws(() => cipher.open(v2.subarray(0, v2.length - 4), 'a'), SealError);
    const other = createCipher(singleKeyRing(randomBytes(32)));
    assert.throws(() => other.decrypt(cipher.encrypt('x', 'a'), 'a'), SealError);
    const k2only = createCipher(ring(['k2', randomBytes(32)]));
    assert.throws(
      () => k2only.decrypt(cipher.encrypt('x', 'a'), 'a'),
      /key k1, which is not in the key ring/,
    );
  });

  it('a key ring seals with its first key and opens with all', () => {
    const k2 = randomBytes(32);
    const rotated = createCipher(ring(['k2', k2], ['k1', k1]));
    const old = cipher.encrypt('before', 'r:1');
    assert.equal(rotated.decrypt(old, 'r:1'), 'before');
    const fresh = rotated.encrypt('after', 'r:1');
    assert.equal(rotated.keyIdOf(fresh), 'k2');
    assert.equal(createCipher(ring(['k2', k2])).decrypt(fresh, 'r:1'), 'after');
  });

  it('parses TSUNAGU_ENCRYPTION_KEYS: id:key pairs, first current; refuses a bad one', () => {
    const a = randomBytes(32);
    const b = randomBytes(32);
    const parsed = parseKeyRing(`k2:${a.toString('base64')}, k1:${b.toString('hex')}`);
    assert.equal(parsed.current, 'k2');
    assert.deepEqual([...parsed.keys.keys()], ['k2', 'k1']);
    assert.ok(parsed.keys.get('k1')!.equals(b));
    assert.throws(() => parseKeyRing(`k1:${a.toString('hex')},k1:${b.toString('hex')}`), /twice/);
    assert.throws(() => parseKeyRing(`k1:${randomBytes(16).toString('hex')}`), /32 bytes/);
    assert.throws(() => parseKeyRing(a.toString('hex')), /id:key/);
  });
});
