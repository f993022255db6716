// SHA-256 for keys/tokens, keyed hashes for check codes, readable codes for report references (sealing
// of content at rest: seal.ts).
import {
  createCipheriv,
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

/** Constant-time comparison of two texts (hashes in their stored form). */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
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
 * The keys behind references, check codes and CSRF tokens. They must outlive any one encryption key (a
 * reference is printed on a receipt, a check code is kept only as its keyed hash), so they are derived
 * once from the first key and then kept sealed in the database (key-material.ts): rotating the encryption
 * key re-seals them and changes none of them.
 */
export interface IdentityKeys {
  references: Buffer;
  checkCodes: Buffer;
  checkHashes: Buffer;
  csrf: Buffer;
}

/** The identity keys of a master key, with the HKDF labels every earlier release used. */
export function deriveIdentityKeys(master: Buffer): IdentityKeys {
  const subkey = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return {
    references: subkey('tsunagu report references v1'),
    checkCodes: subkey('tsunagu check codes v1'),
    checkHashes: subkey('tsunagu check code hashes v1'),
    csrf: subkey('tsunagu csrf v1'),
  };
}

/** A report's public reference and check code, both derived with keys of their own from the encryption key. */
export interface ReportKeys {
  /** TK-XXXX-XXXX for a report row id: a keyed permutation of the id (see createReportKeys) */
  referenceFor(id: number): string;
  /** the row id a reference stands for; null when it is not a reference of this scheme */
  idFor(reference: string): number | null;
  /**
   * The code of a report made between migrations 6 and 9, derived from its reference (new reports get a
   * random code): kept only to recognise and re-hash those reports' stored hashes.
   */
  checkCodeFor(reference: string): string;
  /** The stored form of a check code: `k1:` and an HMAC with a key of its own (a database copy alone reveals nothing). */
  hashCheckCode(code: string): string;
}

/**
 * References are the report's row id under a keyed 40-bit permutation (a 10-round Feistel network with
 * AES as its round function, like FF1): unique by construction, unguessable without the key like random
 * ones, and found again without an index on random text (each insert into such an index wrote a random
 * page). Check codes are random (30 bits) and stored as a keyed hash: a reference issued again (after a lost
 * commit or a restored backup) can never be opened with an earlier receipt's code.
 */
export function createReportKeys(keys: Buffer | IdentityKeys): ReportKeys {
  const k = Buffer.isBuffer(keys) ? deriveIdentityKeys(keys) : keys;
  // ECB on single blocks: one cipher object serves every round (ECB keeps no state between blocks)
  const rounds = createCipheriv('aes-256-ecb', k.references, null);
  rounds.setAutoPadding(false);
  const block = Buffer.alloc(16);
  const roundValue = (round: number, half: number): number => {
    block.writeUInt8(round, 0);
    block.writeUInt32BE(half, 1);
    return rounds.update(block).readUInt32BE(0) & HALF_MASK;
  };
  const permute = (value: number, inverse: boolean): number => {
    let left = Math.floor(value / HALF_RANGE);
    let right = value % HALF_RANGE;
    for (let i = 0; i < ROUNDS; i++) {
      if (inverse) [left, right] = [(right ^ roundValue(ROUNDS - 1 - i, left)) >>> 0, left];
      else [left, right] = [right, (left ^ roundValue(i, right)) >>> 0];
    }
    return left * HALF_RANGE + right;
  };
  const checkKey = k.checkCodes;
  const checkHashKey = k.checkHashes;
  return {
    referenceFor(id) {
      if (!Number.isSafeInteger(id) || id < 0 || id >= REFERENCE_RANGE)
        throw new RangeError(`no reference for ${id}`);
      let n = permute(id, false);
      let letters = '';
      for (let i = 0; i < 8; i++, n = Math.floor(n / 32)) letters = REFERENCE_ALPHABET[n % 32]! + letters;
      return `TK-${letters.slice(0, 4)}-${letters.slice(4)}`;
    },
    idFor(reference) {
      if (!/^TK-[^-]{4}-[^-]{4}$/.test(reference)) return null;
      let n = 0;
      for (const letter of reference.slice(3, 7) + reference.slice(8)) {
        const digit = REFERENCE_ALPHABET.indexOf(letter);
        if (digit < 0) return null;
        n = n * 32 + digit;
      }
      return permute(n, true);
    },
    hashCheckCode(code) {
      return `k1:${createHmac('sha256', checkHashKey).update(code.trim().toUpperCase()).digest('hex')}`;
    },
    checkCodeFor(reference) {
      const mac = createHmac('sha256', checkKey).update(reference).digest();
      let code = '';
      for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[mac[i]! & 31]; // 32 letters: 5 uniform bits each
      return code;
    },
  };
}

const ROUNDS = 10;
const HALF_RANGE = 2 ** 20;
const HALF_MASK = HALF_RANGE - 1;
const REFERENCE_RANGE = 2 ** 40;

/** TK-XXXX-XXXX: 40 random bits, no 0/O/1/I (look-alike receipts; stored reports use ReportKeys). */
export function newReference(): string {
  return `TK-${randomCode(4)}-${randomCode(4)}`;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** URL-safe random token with ~190 bits (keys, cancel tokens). */
export function randomToken(length = 32): string {
  return randomCode(length, TOKEN_ALPHABET);
}
