// Staff accounts: people of the wards and the city. Created by a city administrator (the first one by the
// CLI); passwords hashed with scrypt; administrators always have a second factor (TOTP), others may enrol.
import type {
  StaffAccount,
  StaffCreateInput,
  StaffCreated,
  StaffRole,
  StaffUpdateInput,
} from '@tsunagu/schema';
import type { Cipher } from '../seal.js';
import { randomToken } from '../crypto.js';
import type { Db } from '../db/open.js';
import { HttpError, notFound, validationFailed } from '../http/errors.js';
import { DEFAULT_SCRYPT_LOG_N, generatePassword, hashPassword } from './passwords.js';
import { newTotpSecret } from './totp.js';

/**
 * Associated data of a person's sealed second-factor secret: the same for totp_secret and totp_pending, because
 * confirming an enrolment moves the pending one over unchanged.
 */
export const totpAad = (staffId: string) => `staff_accounts.totp:${staffId}`;

export interface StaffRow {
  id: string;
  login: string;
  display_name: string;
  role: StaffRole;
  wards: string;
  password_hash: string;
  totp_secret: string | null;
  totp_pending: string | null;
  totp_last_step: number | null;
  disabled_at: string | null;
  created_at: string;
}

export function toAccount(row: StaffRow): StaffAccount {
  return {
    id: row.id,
    login: row.login,
    display_name: row.display_name,
    role: row.role,
    wards: JSON.parse(row.wards) as string[],
    totp_enabled: row.totp_secret !== null,
    disabled: row.disabled_at !== null,
    created_at: row.created_at,
  };
}

export const staffById = (db: Db, id: string) =>
  db.prepare('SELECT * FROM staff_accounts WHERE id = ?').get(id) as StaffRow | undefined;
export const staffByLogin = (db: Db, login: string) =>
  db.prepare('SELECT * FROM staff_accounts WHERE login = ?').get(login.trim().toLowerCase()) as
    StaffRow | undefined;

export function listStaff(db: Db): StaffAccount[] {
  return (db.prepare('SELECT * FROM staff_accounts ORDER BY created_at, id').all() as StaffRow[]).map(
    toAccount,
  );
}

/** Ward staff need at least one known ward; other roles hold none. */
function checkWards(role: StaffRole, wards: string[], knownWard: (id: string) => boolean): string[] {
  if (role !== 'ward_staff') return [];
  if (wards.length === 0) throw validationFailed([{ path: 'wards', code: 'required' }]);
  const unknown = wards.findIndex((w) => !knownWard(w));
  if (unknown >= 0) throw validationFailed([{ path: `wards.${unknown}`, code: 'unknown_ward' }]);
  return [...new Set(wards)];
}

export interface StaffOptions {
  knownWard: (id: string) => boolean;
  /** scrypt cost (2^logN); tests use a small one */
  scryptLogN?: number;
  /** the first password (the demo seed and tests); generated otherwise */
  password?: string;
}

/** A first password and its hash, made before the write transaction (scrypt is slow and asynchronous). */
export interface FirstPassword {
  password: string;
  hash: string;
}

export async function firstPassword(
  options: Pick<StaffOptions, 'password' | 'scryptLogN'>,
): Promise<FirstPassword> {
  const password = options.password ?? generatePassword();
  return { password, hash: await hashPassword(password, options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N) };
}

/** Creates an account with a first password (returned once) and, for administrators, a TOTP secret. */
export function insertStaff(
  db: Db,
  cipher: Cipher,
  input: StaffCreateInput,
  first: FirstPassword,
  now: Date,
  knownWard: (id: string) => boolean,
): StaffCreated & { totpSecret: string | null } {
  const login = input.login.trim().toLowerCase();
  const wards = checkWards(input.role, input.wards ?? [], knownWard);
  if (staffByLogin(db, login))
    throw new HttpError(409, 'conflict', 'conflict', 'This login name is taken.', [
      { path: 'login', code: 'invalid' },
    ]);
  const totp = input.role === 'city_admin' ? newTotpSecret(login) : null;
  const id = `stf_${randomToken(12)}`;
  const at = now.toISOString();
  db.prepare(
    `INSERT INTO staff_accounts (id, login, display_name, role, wards, password_hash, totp_secret, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    login,
    input.display_name,
    input.role,
    JSON.stringify(wards),
    first.hash,
    totp ? cipher.encrypt(totp.secret, totpAad(id)) : null,
    at,
    at,
  );
  return {
    staff: toAccount(staffById(db, id)!),
    first_password: first.password,
    ...(totp ? { totp } : {}),
    totpSecret: totp?.secret ?? null,
  };
}

/** insertStaff with its password made first (the CLI and the demo seed). */
export async function createStaff(
  db: Db,
  cipher: Cipher,
  input: StaffCreateInput,
  now: Date,
  options: StaffOptions,
): Promise<StaffCreated & { totpSecret: string | null }> {
  const first = await firstPassword(options);
  return insertStaff(db, cipher, input, first, now, options.knownWard);
}

/**
 * Changes role, wards, name, or disables; with `reset` a new first password. Returns what the
 * administrator must hand over (a new password, a TOTP enrolment when the person became an administrator)
 * and whether the person's access shrank (the caller then ends their sessions).
 */
export function updateStaff(
  db: Db,
  cipher: Cipher,
  id: string,
  input: StaffUpdateInput,
  reset: FirstPassword | null,
  now: Date,
  knownWard: (id: string) => boolean,
): StaffCreated & { accessChanged: boolean } {
  const row = staffById(db, id);
  if (!row) throw notFound('Staff account');
  const role = input.role ?? row.role;
  const wards = checkWards(role, input.wards ?? (JSON.parse(row.wards) as string[]), knownWard);
  const totp = role === 'city_admin' && row.totp_secret === null ? newTotpSecret(row.login) : null;
  const disabledAt =
    input.disabled === undefined
      ? row.disabled_at
      : input.disabled
        ? (row.disabled_at ?? now.toISOString())
        : null;
  db.prepare(
    `UPDATE staff_accounts SET display_name = ?, role = ?, wards = ?, disabled_at = ?, updated_at = ?,
       password_hash = COALESCE(?, password_hash), totp_secret = COALESCE(?, totp_secret) WHERE id = ?`,
  ).run(
    input.display_name ?? row.display_name,
    role,
    JSON.stringify(wards),
    disabledAt,
    now.toISOString(),
    reset?.hash ?? null,
    totp ? cipher.encrypt(totp.secret, totpAad(id)) : null,
    id,
  );
  const before = JSON.parse(row.wards) as string[];
  const accessChanged =
    role !== row.role ||
    before.some((w) => !wards.includes(w)) ||
    (disabledAt !== null && row.disabled_at === null) ||
    reset !== null;
  return {
    staff: toAccount(staffById(db, id)!),
    ...(reset ? { first_password: reset.password } : {}),
    ...(totp ? { totp } : {}),
    accessChanged,
  };
}

export function setPasswordHash(db: Db, id: string, hash: string, now: Date): void {
  db.prepare('UPDATE staff_accounts SET password_hash = ?, updated_at = ? WHERE id = ?').run(
    hash,
    now.toISOString(),
    id,
  );
}

/** Records a TOTP step as used; false when it (or a later one) was used already (a replayed code). */
export function useTotpStep(db: Db, id: string, step: number): boolean {
  return (
    db
      .prepare(
        'UPDATE staff_accounts SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)',
      )
      .run(step, id, step).changes === 1
  );
}

/** Starts enrolment: a pending secret that becomes the second factor once a code from it is confirmed. */
export function beginTotp(db: Db, cipher: Cipher, row: StaffRow): { secret: string; otpauth_uri: string } {
  const totp = newTotpSecret(row.login);
  db.prepare('UPDATE staff_accounts SET totp_pending = ? WHERE id = ?').run(
    cipher.encrypt(totp.secret, totpAad(row.id)),
    row.id,
  );
  return totp;
}

export function confirmTotp(db: Db, id: string, pendingSealed: string, step: number): void {
  db.prepare(
    'UPDATE staff_accounts SET totp_secret = ?, totp_pending = NULL, totp_last_step = ? WHERE id = ?',
  ).run(pendingSealed, step, id);
}
