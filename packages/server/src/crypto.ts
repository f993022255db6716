// Secrets at rest: AES-256-GCM for sensitive content, SHA-256 for keys/tokens/check codes, and readable
// random codes for report references.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hash,
  hkdfSync,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from 'node:crypto';
import { REFERENCE_ALPHABET } from '@tsunagu/schema';

// Random bytes come from a pooled buffer: one OpenSSL call per 4 kB instead of one per IV or code.
// Each region is handed out once; a spent pool is replaced, never refilled in place.
let pool = randomBytes(4096);
let poolOffset = 0;
export function pooledRandomBytes(size: number): Buffer {
  if (size > 256) return randomBytes(size);
  if (poolOffset + size > pool.length) {
    pool = randomBytes(4096);
    poolOffset = 0;
  }
  const out = pool.subarray(poolOffset, poolOffset + size);
  poolOffset += size;
  return out;
}

export interface Cipher {
  /** sealed as base64 text (TEXT columns) */
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** sealed as bytes (BLOB columns: a quarter smaller, no base64 step) */
  seal(plain: string): Buffer;
  open(sealed: Uint8Array): string;
}

/** AES-256-GCM; sealed = iv 12 bytes | tag 16 bytes | ciphertext (base64 of that for text). A fresh IV per message. */
export function createCipher(key: Buffer): Cipher {
  if (key.length !== 32) throw new Error('encryption key must be 32 bytes');
  const seal = (plain: string): Buffer => {
    const iv = pooledRandomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = cipher.update(plain, 'utf8');
    const tail = cipher.final(); // empty for GCM (a stream mode), kept for correctness
    return Buffer.concat([iv, cipher.getAuthTag(), body, tail]);
  };
  const open = (raw: Uint8Array): string => {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    seal,
    open,
    encrypt: (plain) => seal(plain).toString('base64'),
    decrypt: (sealed) => open(Buffer.from(sealed, 'base64')),
  };
}

/** Parses TSUNAGU_ENCRYPTION_KEY: 64 hex chars or base64 of 32 bytes. */
export function parseEncryptionKey(value: string): Buffer {
  const trimmed = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('TSUNAGU_ENCRYPTION_KEY must be 32 bytes (64 hex chars or base64)');
  return key;
}

export function sha256(value: string): string {
  // one-shot hash: no Hash object per call (it runs several times per request: key, body, check code)
  return hash('sha256', value, 'hex');
}

/** SHA-256 digest as 32 bytes (stored as a BLOB: half the size of hex). */
export function sha256Bytes(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}

/**
 * A 48-bit lookup number for an index over long text keys (a small integer index instead of the text).
 * Not unique: readers compare the full key too.
 */
export function lookupHash(value: string): number {
  return hash('sha256', value, 'buffer').readUIntBE(0, 6);
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Unbiased random characters from an alphabet (crypto.randomInt; one byte each for 32-letter alphabets). */
export function randomCode(length: number, alphabet = REFERENCE_ALPHABET): string {
  let out = '';
  if (alphabet.length === 32) {
    // 256 is a multiple of 32: the low 5 bits of a random byte are uniform
    for (const byte of pooledRandomBytes(length)) out += alphabet[byte & 31];
    return out;
  }
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/**
 * Check codes derived from the report's reference with a key of their own (HKDF of the encryption key):
 * as unguessable as random ones (30 bits) to anyone without the key, and never stored, so a replayed
 * receipt is rebuilt without keeping a secret beside it (the reports table keeps only a hash, as before).
 */
export function createCheckCodes(encryptionKey: Buffer): (reference: string) => string {
  const key = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'tsunagu check codes v1', 32));
  return (reference) => {
    const mac = createHmac('sha256', key).update(reference).digest();
    let code = '';
    for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[mac[i]! & 31]; // 32 letters: 5 uniform bits each
    return code;
  };
}

/** TK-XXXX-XXXX: 40 random bits, no 0/O/1/I. */
export function newReference(): string {
  return `TK-${randomCode(4)}-${randomCode(4)}`;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** URL-safe random token with ~190 bits (keys, cancel tokens). */
export function randomToken(length = 32): string {
  return randomCode(length, TOKEN_ALPHABET);
}
