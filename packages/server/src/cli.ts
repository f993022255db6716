// tsunagu-server CLI: serve, import, partners create, keys create|list|revoke|rotate|origins|rotate-encryption,
// staff create|list, export-windows. Key changes made here count from the running server's next request (keys.ts KeyStore).
// Flags win over the environment (TSUNAGU_DB, TSUNAGU_PORT, TSUNAGU_HOST, TSUNAGU_SEED,
// TSUNAGU_ENCRYPTION_KEY(S), TSUNAGU_RETENTION_DAYS, TSUNAGU_DEMO_ORIGINS).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PARTNER_TYPES, STAFF_ROLES, staffLogin, type StaffRole } from '@tsunagu/schema';
import { createStaff, listStaff } from './auth/staff.js';
import { createCipher } from './seal.js';
import { openDatabase } from './db/open.js';
import {
  configuredKeyRing,
  DEFAULT_DEMO_ORIGINS,
  MissingKeyError,
  resolveKeyRing,
  startServer,
} from './runtime.js';
import { loadIdentityKeys } from './key-material.js';
import { countNotCurrent, resealAll } from './services/rotation.js';
import type { KeyRing } from './seal.js';
import { importWindows, exportWindows } from './services/import-export.js';
import {
  createApiKey,
  createPartner,
  DEMO_PUBLISHABLE_KEY,
  listApiKeys,
  revokeApiKey,
  rotateApiKey,
  setAllowedOrigins,
} from './services/keys.js';
import { loadWindows } from './services/windows-repo.js';
import { HttpError } from './http/errors.js';

const USAGE = `tsunagu-server <command> [options]

  serve            --db FILE --port N --host 127.0.0.1 [--seed yokohama] [--retention-days N]
                   (port 0 = any free port; the first stdout line is the base URL)
  import           --db FILE [--format csv|json] FILE      import windows (CSV or HSDS-shaped JSON)
  partners create  --db FILE --name NAME --type ${PARTNER_TYPES.join('|')} [--ward naka]
  keys create      --db FILE --partner ID --kind publishable|secret [--origins https://a.example,https://b.example]
  keys list        --db FILE [--partner ID]
  keys revoke      --db FILE KEY_ID                        refused from the next request on
  keys rotate      --db FILE KEY_ID [--overlap-hours 24]   prints the new key; the old one works until the overlap ends
  keys origins     --db FILE KEY_ID --origins https://a.example,https://b.example
  keys rotate-encryption --db FILE [--batch 200]
                   re-seals everything under the current encryption key (the first of
                   TSUNAGU_ENCRYPTION_KEYS), in batches, while the server keeps running
  staff create     --db FILE --login NAME --name "表示名" --role ${STAFF_ROLES.join('|')} [--wards naka,nishi]
                   prints the first password once (and, for city_admin, the TOTP secret to enrol)
  staff list       --db FILE
  export-windows   --db FILE [--out FILE]                  the static windows file for the finder

Environment: TSUNAGU_DB, TSUNAGU_PORT, TSUNAGU_HOST, TSUNAGU_SEED, TSUNAGU_ENCRYPTION_KEY (one key, id k1)
or TSUNAGU_ENCRYPTION_KEYS (id:key,id:key — the first seals, all open), TSUNAGU_KEY_DIR (dev keys' folder),
TSUNAGU_RETENTION_DAYS, TSUNAGU_DEMO_ORIGINS (comma separated), TSUNAGU_PUBLIC_ORIGIN (the console's origin,
e.g. https://tsunagu.city.example), TSUNAGU_TRUSTED_PROXIES (comma separated addresses of reverse proxies).`;

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  'retention-days': { type: 'string' },
  format: { type: 'string' },
  name: { type: 'string' },
  type: { type: 'string' },
  partner: { type: 'string' },
  kind: { type: 'string' },
  origins: { type: 'string' },
  'overlap-hours': { type: 'string' },
  login: { type: 'string' },
  role: { type: 'string' },
  wards: { type: 'string' },
  ward: { type: 'string' },
  out: { type: 'string' },
  batch: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(message: string): never {
  console.error(`tsunagu-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function list(value: string | undefined): string[] | undefined {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  const env = process.env;
  const dbPath = values.db ?? env.TSUNAGU_DB;
  const [command, sub, ...rest] = positionals;
  if (!dbPath) fail('--db (or TSUNAGU_DB) is required');

  if (command === 'serve') {
    const port = Number(values.port ?? env.TSUNAGU_PORT ?? 8787);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be 0–65535');
    const seed = values.seed ?? env.TSUNAGU_SEED;
    if (seed !== undefined && seed !== 'yokohama' && seed !== 'none' && seed !== '')
      fail('--seed must be yokohama');
    const retention = values['retention-days'] ?? env.TSUNAGU_RETENTION_DAYS;
    let server;
    try {
      server = await startServer({
        dbPath,
        port,
        host: values.host ?? env.TSUNAGU_HOST ?? '127.0.0.1',
        seed: seed === 'yokohama' ? 'yokohama' : 'none',
        demoOrigins: list(env.TSUNAGU_DEMO_ORIGINS) ?? DEFAULT_DEMO_ORIGINS,
        ...(env.TSUNAGU_TRUSTED_PROXIES ? { trustedProxies: list(env.TSUNAGU_TRUSTED_PROXIES)! } : {}),
        ...(env.TSUNAGU_PUBLIC_ORIGIN ? { publicOrigin: env.TSUNAGU_PUBLIC_ORIGIN } : {}),
        ...(retention ? { retentionDays: Number(retention) } : {}),
      });
    } catch (err) {
      if (!(err instanceof MissingKeyError)) throw err;
      console.error(`tsunagu-server: ${err.message}`);
      process.exit(1);
    }
    console.log(server.url);
    if (server.staffConsole) console.log(`staff console: ${server.url}/staff/`);
    if (server.seeded) {
      console.log(`seeded yokohama; demo publishable key: ${DEMO_PUBLISHABLE_KEY}`);
      console.log(
        `demo secret key (shown once, also in ${dbPath}.demo-secret-key): ${server.seeded.secretKey}`,
      );
      console.log(`demo staff (shown once, also in ${dbPath}.demo-staff.json):`);
      for (const p of server.seeded.staff) {
        const wards = p.wards.length ? ` ${p.wards.join(',')}` : '';
        console.log(`  ${p.login} (${p.role}${wards}) password: ${p.password}`);
        if (p.otpauth_uri) console.log(`    second factor (add to an authenticator app): ${p.otpauth_uri}`);
      }
    } else if (seed === 'yokohama') {
      console.log(`database already seeded; demo publishable key: ${DEMO_PUBLISHABLE_KEY}`);
    }
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }

  // the key is needed by some commands (a dev key is made for them if none is configured) and by a migration
  // that seals existing rows; the other commands use a key only when one exists
  const needsKey =
    (command === 'staff' && sub === 'create') || (command === 'keys' && sub === 'rotate-encryption');
  let ring: KeyRing | null = null;
  try {
    ring = needsKey ? resolveKeyRing(dbPath) : configuredKeyRing(dbPath);
  } catch (err) {
    if (!(err instanceof MissingKeyError)) throw err;
  }
  const cipher = ring ? createCipher(ring) : null;
  const needCipher = () =>
    cipher ?? fail('this command needs TSUNAGU_ENCRYPTION_KEY or TSUNAGU_ENCRYPTION_KEYS');
  const db = openDatabase(dbPath, cipher ? { cipher } : {});
  try {
    const now = new Date();
    if (command === 'import') {
      const file = sub ?? rest[0];
      if (!file) fail('import needs a FILE');
      const format = values.format ?? (file.endsWith('.csv') ? 'csv' : 'json');
      if (format !== 'csv' && format !== 'json') fail('--format must be csv or json');
      const ids = importWindows(db, readFileSync(file, 'utf8'), format, now);
      console.log(`imported ${ids.length} windows`);
    } else if (command === 'partners' && sub === 'create') {
      if (!values.name) fail('--name is required');
      const type = values.type ?? 'other';
      if (!(PARTNER_TYPES as readonly string[]).includes(type))
        fail(`--type must be one of ${PARTNER_TYPES.join(', ')}`);
      const ward = values.ward;
      if (ward && db.prepare('SELECT 1 FROM wards WHERE id = ?').get(ward) === undefined)
        fail(`--ward: no ward ${ward} (the ward's id, e.g. naka)`);
      console.log(createPartner(db, { name: values.name, type, ward_id: ward ?? null }, now));
    } else if (command === 'keys' && sub === 'create') {
      if (!values.partner) fail('--partner is required');
      const kind = values.kind;
      if (kind !== 'publishable' && kind !== 'secret') fail('--kind must be publishable or secret');
      const partner = db.prepare('SELECT id FROM partners WHERE id = ?').get(values.partner);
      if (!partner) fail(`no partner ${values.partner}`);
      const key = createApiKey(
        db,
        { partnerId: values.partner, kind, allowedOrigins: list(values.origins) ?? [] },
        now,
      );
      console.log(key.key);
    } else if (command === 'keys' && sub === 'list') {
      for (const k of listApiKeys(db, now, values.partner))
        console.log(
          [
            k.id,
            k.partner_id,
            k.kind,
            `${k.prefix}…`,
            k.state,
            k.expires_at ?? '-',
            k.allowed_origins.join(',') || '-',
          ].join('\t'),
        );
    } else if (command === 'keys' && sub === 'revoke') {
      const id = rest[0] ?? fail('keys revoke needs a KEY_ID');
      console.log(`${id}: ${revokeApiKey(db, id, now).state}`);
    } else if (command === 'keys' && sub === 'rotate') {
      const id = rest[0] ?? fail('keys rotate needs a KEY_ID');
      const overlap = Number(values['overlap-hours'] ?? 24);
      if (!Number.isInteger(overlap) || overlap < 0 || overlap > 720) fail('--overlap-hours must be 0–720');
      const rotated = rotateApiKey(db, id, overlap, now);
      console.log(rotated.plain_key);
      console.error(
        `${id} keeps working until ${new Date(now.getTime() + overlap * 3_600_000).toISOString()}`,
      );
    } else if (command === 'keys' && sub === 'origins') {
      const id = rest[0] ?? fail('keys origins needs a KEY_ID');
      const key = setAllowedOrigins(db, id, list(values.origins) ?? [], now);
      console.log(`${id}: ${key.allowed_origins.join(',') || '(none)'}`);
    } else if (command === 'keys' && sub === 'rotate-encryption') {
      const batchSize = Number(values.batch ?? 200);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
        fail('--batch must be 1–10000');
      const c = needCipher();
      // the identity keys are stored (from the key that made the references) before anything is re-sealed
      loadIdentityKeys(db, c, ring!);
      console.log(`re-sealing under key ${c.currentKeyId}`);
      const done = resealAll(db, c, {
        batchSize,
        onBatch: (p) => console.log(`  ${p.column}: ${p.resealed} re-sealed of ${p.scanned} so far`),
      });
      for (const p of done) console.log(`${p.column}: ${p.resealed} re-sealed, ${p.scanned} checked`);
      const left = Object.values(countNotCurrent(db, c)).reduce((a, b) => a + b, 0);
      console.log(
        left === 0
          ? `done: nothing is sealed with another key; keys other than ${c.currentKeyId} may leave the ring`
          : `${left} values were written under another key meanwhile: run again`,
      );
      if (left) process.exitCode = 1;
    } else if (command === 'staff' && sub === 'create') {
      const role = values.role as StaffRole | undefined;
      if (!role || !(STAFF_ROLES as readonly string[]).includes(role))
        fail(`--role must be one of ${STAFF_ROLES.join(', ')}`);
      if (!values.login || !staffLogin.safeParse(values.login.toLowerCase()).success)
        fail('--login must be 3–80 characters: letters, digits and . _ @ -');
      const knownWard = (id: string) => db.prepare('SELECT 1 FROM wards WHERE id = ?').get(id) !== undefined;
      const created = await createStaff(
        db,
        needCipher(),
        {
          login: values.login,
          display_name: values.name ?? values.login,
          role,
          wards: list(values.wards) ?? [],
        },
        now,
        { knownWard },
      );
      console.log(`${created.staff.id} ${created.staff.login} (${role})`);
      console.log(`first password (shown once): ${created.first_password}`);
      if (created.totp) {
        console.log(`second factor secret: ${created.totp.secret}`);
        console.log(`authenticator app URI: ${created.totp.otpauth_uri}`);
      }
    } else if (command === 'staff' && sub === 'list') {
      for (const p of listStaff(db))
        console.log(
          [p.id, p.login, p.role, p.wards.join(',') || '-', p.disabled ? 'disabled' : 'active'].join('\t'),
        );
    } else if (command === 'export-windows') {
      const text = `${JSON.stringify(exportWindows(loadWindows(db), now), null, 2)}\n`;
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
    } else {
      fail(`unknown command: ${positionals.join(' ')}`);
    }
  } catch (err) {
    if (err instanceof HttpError) {
      console.error(`tsunagu-server: ${err.message}`);
      for (const f of err.fields ?? []) console.error(`  ${f.path}: ${f.code}`);
      process.exitCode = 1;
    } else throw err;
  } finally {
    db.close();
  }
}

await main(process.argv.slice(2));
