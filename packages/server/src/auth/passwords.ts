// Staff passwords: scrypt from node:crypto (memory-hard), a random salt per password, parameters stored in
// the hash so they can be raised later without breaking existing accounts. Verification is constant-time.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, length, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** N = 2^15, r = 8, p = 1: ~32 MiB and tens of ms per check (OWASP's scrypt minimum is N = 2^17 / r = 8 / p = 1 at 128 MiB; see docs/security.md). */
export const DEFAULT_SCRYPT_LOG_N = 15;
const KEY_LENGTH = 32;

/** `scrypt$<logN>$<r>$<p>$<salt b64url>$<hash b64url>` */
export async function hashPassword(password: string, logN = DEFAULT_SCRYPT_LOG_N): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, optionsFor(logN, 8, 1));
  return ['scrypt', logN, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function optionsFor(logN: number, r: number, p: number): ScryptOptions {
  const N = 2 ** logN;
  return { N, r, p, maxmem: 256 * N * r + 4 * 1024 * 1024 };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(
    password.normalize('NFC'),
    Buffer.from(salt, 'base64url'),
    expected.length,
    optionsFor(Number(logN), Number(r), Number(p)),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password to hand over once (first sign-in, reset): 16 characters without look-alikes, ~90 bits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const bytes = randomBytes(32);
  let out = '';
  for (const b of bytes) {
    if (b >= 250) continue; // 250 = 5 × 50: keeps the choice unbiased
    out += alphabet[b % alphabet.length];
    if (out.length === 16) break;
  }
  return out.length === 16
    ? `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}-${out.slice(12)}`
    : generatePassword();
}
