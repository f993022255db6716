// The second factor: TOTP (RFC 6238; 6 digits, 30 s) through `otpauth`. A code is accepted once: the
// last time step used is kept per account, so a code seen over someone's shoulder cannot be replayed.
import { Secret, TOTP } from 'otpauth';

const ISSUER = 'tsunagu';

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new secret (160 bits) and the otpauth:// URI authenticator apps read from a QR code. */
export function newTotpSecret(label: string): { secret: string; otpauth_uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, otpauth_uri: totpFor(secret, label).toString() };
}

/**
 * The time step of a valid code (±1 step for clock drift), or null. The caller refuses a step at or
 * before the last one accepted.
 */
export function totpStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  const delta = totpFor(secretBase32, 'check').validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 30_000) + delta;
}

/** The current code (tests, and the CLI's demo output). */
export function totpNow(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'check').generate({ timestamp: now.getTime() });
}
