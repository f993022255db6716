// Who a signing-in person is. Sessions, roles and wards do not care how identity was proven: the local
// provider checks a password and a TOTP code; a city's OIDC provider can take its place (docs/security.md)
// by mapping its verified `sub` or e-mail claim to a staff account and then opening a session the same way.
import type { LoginInput } from '@tsunagu/schema';
import type { Cipher } from '../seal.js';
import type { Db } from '../db/open.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { staffByLogin, totpAad, useTotpStep, type StaffRow } from './staff.js';
import { totpStep } from './totp.js';

export type SignInRefusal =
  'invalid_credentials' | 'second_factor_required' | 'second_factor_invalid' | 'account_disabled';

export type SignInResult =
  { ok: true; staff: StaffRow } | { ok: false; code: SignInRefusal; staff?: StaffRow };

export interface IdentityProvider {
  signIn(input: LoginInput, now: Date): Promise<SignInResult>;
}

/** Password (scrypt) + TOTP where the account has one (administrators always do). */
export class LocalPasswordProvider implements IdentityProvider {
  /** checked against when the login name is unknown, so both cases take the same time */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly db: Db,
    private readonly cipher: Cipher,
    scryptLogN?: number,
  ) {
    this.dummyHash = hashPassword('not a password of anyone', scryptLogN);
  }

  async signIn(input: LoginInput, now: Date): Promise<SignInResult> {
    const row = staffByLogin(this.db, input.login);
    const passwordOk = await verifyPassword(input.password, row?.password_hash ?? (await this.dummyHash));
    if (!row || !passwordOk)
      return row
        ? { ok: false, code: 'invalid_credentials', staff: row }
        : { ok: false, code: 'invalid_credentials' };
    if (row.disabled_at !== null) return { ok: false, code: 'account_disabled', staff: row };
    if (row.totp_secret !== null) {
      if (!input.totp_code) return { ok: false, code: 'second_factor_required', staff: row };
      const step = totpStep(this.cipher.decrypt(row.totp_secret, totpAad(row.id)), input.totp_code, now);
      if (step === null || !useTotpStep(this.db, row.id, step))
        return { ok: false, code: 'second_factor_invalid', staff: row };
    }
    return { ok: true, staff: row };
  }
}
