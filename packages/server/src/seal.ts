// Sealing at rest (format v2): AES-256-GCM under a key of the key ring, bound to the row and column it
// belongs to. The master keys themselves are never used for GCM or as HMAC keys: each purpose has a key
// derived from them with HKDF.
//
// v2 bytes: 0x02 | key id length (1 byte) | key id | iv (12) | ciphertext | tag (16)
//   text columns hold `v2.` + base64 of those bytes ('.' is not a base64 letter: v1 text never starts so).
// v1 bytes (before migration 10): iv (12) | tag (16) | ciphertext under the raw master key, no associated
//   data. Still opened (with each key of the ring) until `tsunagu-server keys rotate-encryption` re-seals it.
import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import { pooledRandomBytes } from './crypto.js';

/** The keys this server knows, by id; `current` seals, every one opens. */
export interface KeyRing {
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** Thrown when a sealed value does not open: another row's, another key's, or damaged. Never garbage. */
export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const TAG = 16;
const IV = 12;
const TEXT_PREFIX = 'v2.';

/** The id of the single key given as TSUNAGU_ENCRYPTION_KEY (or the dev key file). */
export const SINGLE_KEY_ID = 'k1';

export function singleKeyRing(key: Buffer): KeyRing {
  if (key.length !== 32) throw new Error('encryption key must be 32 bytes');
  return { current: SINGLE_KEY_ID, keys: new Map([[SINGLE_KEY_ID, key]]) };
}

/** One 32-byte key: 64 hex chars or base64. */
export function parseKeyMaterial(value: string, name = 'TSUNAGU_ENCRYPTION_KEY'): Buffer {
  const trimmed = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex chars or base64)`);
  return key;
}

/** TSUNAGU_ENCRYPTION_KEYS: `id:key,id:key`, the first one current (the others open what they sealed). */
export function parseKeyRing(value: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let current: string | null = null;
  for (const part of value.split(',').map((p) => p.trim())) {
    if (!part) continue;
    const colon = part.indexOf(':');
    const id = colon > 0 ? part.slice(0, colon) : '';
    if (!KEY_ID.test(id))
      throw new Error('TSUNAGU_ENCRYPTION_KEYS: each entry is id:key, the id 1–32 letters, digits, _ or -');
    if (keys.has(id)) throw new Error(`TSUNAGU_ENCRYPTION_KEYS: key id ${id} is given twice`);
    keys.set(id, parseKeyMaterial(part.slice(colon + 1), `TSUNAGU_ENCRYPTION_KEYS key ${id}`));
    current ??= id;
  }
  if (current === null) throw new Error('TSUNAGU_ENCRYPTION_KEYS holds no key');
  return { current, keys };
}

/** A sub-key for one purpose (HKDF-SHA-256, empty salt: the input is already a uniform random key). */
export function subkey(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
}

export interface Cipher {
  /** the id of the key new values are sealed with */
  readonly currentKeyId: string;
  /** sealed as text (TEXT columns); `aad` names the row and column, e.g. `reports.content:42` */
  encrypt(plain: string, aad: string): string;
  /** opens v2 (bound to `aad`) or v1 text */
  decrypt(sealed: string, aad: string): string;
  /** sealed as v2 bytes (BLOB columns) */
  seal(plain: string, aad: string): Buffer;
  /** opens v2 bytes, or v1 bytes when `format` says so (the column records which) */
  open(sealed: Uint8Array, aad: string, format?: 1 | 2): string;
  /** the key id of a sealed text or v2 bytes; null for v1 (re-sealed by rotation whatever its key) */
  keyIdOf(sealed: string | Uint8Array): string | null;
}

export function createCipher(keys: KeyRing | Buffer): Cipher {
  const ring = Buffer.isBuffer(keys) ? singleKeyRing(keys) : keys;
  const gcmKeys = new Map<string, Buffer>();
  for (const [id, master] of ring.keys) {
    if (master.length !== 32) throw new Error(`encryption key ${id} must be 32 bytes`);
    gcmKeys.set(id, subkey(master, 'tsunagu seal v2 aes-256-gcm'));
  }
  const currentKey = gcmKeys.get(ring.current);
  if (!currentKey) throw new Error(`the current key ${ring.current} is not in the key ring`);
  const idBytes = Buffer.from(ring.current, 'utf8');
  const header = Buffer.concat([Buffer.from([2, idBytes.length]), idBytes]);

  const seal = (plain: string, aad: string): Buffer => {
    const iv = pooledRandomBytes(IV);
    const cipher = createCipheriv('aes-256-gcm', currentKey, iv, { authTagLength: TAG });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = cipher.update(plain, 'utf8');
    const tail = cipher.final(); // empty for GCM (a stream mode), kept for correctness
    return Buffer.concat([header, iv, body, tail, cipher.getAuthTag()]);
  };

  const parseV2 = (raw: Uint8Array): { keyId: string; rest: Uint8Array } => {
    if (raw.length < 2 || raw[0] !== 2) throw new SealError('not a v2 sealed value');
    const idEnd = 2 + raw[1]!;
    if (raw.length < idEnd + IV + TAG) throw new SealError('sealed value is truncated');
    return { keyId: Buffer.from(raw.subarray(2, idEnd)).toString('utf8'), rest: raw.subarray(idEnd) };
  };

  const gcmOpen = (key: Buffer, iv: Uint8Array, body: Uint8Array, tag: Uint8Array, aad?: string) => {
    if (tag.length !== TAG) throw new SealError('sealed value is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG });
    if (aad !== undefined) decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  };

  const openV2 = (raw: Uint8Array, aad: string): string => {
    const { keyId, rest } = parseV2(raw);
    const key = gcmKeys.get(keyId);
    if (!key) throw new SealError(`sealed with key ${keyId}, which is not in the key ring`);
    try {
      return gcmOpen(
        key,
        rest.subarray(0, IV),
        rest.subarray(IV, rest.length - TAG),
        rest.subarray(rest.length - TAG),
        aad,
      );
    } catch (err) {
      if (err instanceof SealError) throw err;
      throw new SealError(`sealed value does not open as ${aad} (another row's, or damaged)`);
    }
  };

  const openV1 = (raw: Uint8Array): string => {
    if (raw.length < IV + TAG) throw new SealError('sealed value is truncated');
    // v1 named no key: try each (a wrong key fails the tag, never yields text)
    for (const master of ring.keys.values()) {
      try {
        return gcmOpen(master, raw.subarray(0, IV), raw.subarray(IV + TAG), raw.subarray(IV, IV + TAG));
      } catch {
        // next key
      }
    }
    throw new SealError('v1 sealed value does not open with any key of the ring');
  };

  return {
    currentKeyId: ring.current,
    seal,
    open: (raw, aad, format = 2) => (format === 1 ? openV1(raw) : openV2(raw, aad)),
    encrypt: (plain, aad) => TEXT_PREFIX + seal(plain, aad).toString('base64'),
    decrypt: (sealed, aad) =>
      sealed.startsWith(TEXT_PREFIX)
        ? openV2(Buffer.from(sealed.slice(TEXT_PREFIX.length), 'base64'), aad)
        : openV1(Buffer.from(sealed, 'base64')),
    keyIdOf(sealed) {
      if (typeof sealed === 'string') {
        if (!sealed.startsWith(TEXT_PREFIX)) return null;
        sealed = Buffer.from(sealed.slice(TEXT_PREFIX.length, TEXT_PREFIX.length + 48), 'base64');
      }
      return parseHeaderId(sealed);
    },
  };
}

function parseHeaderId(raw: Uint8Array): string | null {
  if (raw.length < 2 || raw[0] !== 2 || raw.length < 2 + raw[1]!) return null;
  return Buffer.from(raw.subarray(2, 2 + raw[1]!)).toString('utf8');
}
