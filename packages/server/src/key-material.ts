// The identity keys (references, check-code hashes, CSRF) kept sealed in the database, so that rotating the
// encryption key changes none of them: receipts already given out keep working after the old key is gone.
import { createReportKeys, deriveIdentityKeys, type IdentityKeys } from './crypto.js';
import type { Db } from './db/open.js';
import type { Cipher, KeyRing } from './seal.js';

const NAME = 'identity';
export const IDENTITY_AAD = `sealed_keys.value:${NAME}`;

/**
 * Reads the identity keys; the first time (a new database, or one made before migration 10) derives them
 * exactly as earlier releases did (so existing references and check codes still match) and stores them
 * sealed. From which key: the one whose references the existing reports carry (a database upgraded and
 * started straight away with a new key first in the ring), else the current one.
 */
export function loadIdentityKeys(db: Db, cipher: Cipher, ring: KeyRing): IdentityKeys {
  const read = () =>
    db.prepare('SELECT value FROM sealed_keys WHERE name = ?').get(NAME) as { value: string } | undefined;
  let row = read();
  if (!row) {
    const derived = deriveIdentityKeys(originalKey(db, ring));
    // another process (the CLI) may store them at the same moment: the first one wins, both read it
    db.prepare('INSERT OR IGNORE INTO sealed_keys (name, value) VALUES (?, ?)').run(
      NAME,
      cipher.encrypt(encodeKeys(derived), IDENTITY_AAD),
    );
    row = read()!;
  }
  return decodeKeys(cipher.decrypt(row.value, IDENTITY_AAD));
}

function encodeKeys(k: IdentityKeys): string {
  return JSON.stringify({
    references: k.references.toString('base64'),
    check_codes: k.checkCodes.toString('base64'),
    check_hashes: k.checkHashes.toString('base64'),
    csrf: k.csrf.toString('base64'),
  });
}

function decodeKeys(json: string): IdentityKeys {
  const o = JSON.parse(json) as Record<'references' | 'check_codes' | 'check_hashes' | 'csrf', string>;
  return {
    references: Buffer.from(o.references, 'base64'),
    checkCodes: Buffer.from(o.check_codes, 'base64'),
    checkHashes: Buffer.from(o.check_hashes, 'base64'),
    csrf: Buffer.from(o.csrf, 'base64'),
  };
}

/** The key of the ring that made the existing reports' references (the current one when none tells). */
function originalKey(db: Db, ring: KeyRing): Buffer {
  const current = ring.keys.get(ring.current)!;
  const sample = db
    .prepare(
      `SELECT id, reference FROM reports
       WHERE reference NOT IN (SELECT reference FROM legacy_references) ORDER BY id LIMIT 1`,
    )
    .get() as { id: number; reference: string } | undefined;
  if (!sample) return current;
  for (const key of [current, ...ring.keys.values()])
    if (createReportKeys(key).referenceFor(sample.id) === sample.reference) return key;
  return current;
}
