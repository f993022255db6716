// tsunagu-server CLI: serve, import, partners create, keys create, export-windows.
// Flags win over the environment (TSUNAGU_DB, TSUNAGU_PORT, TSUNAGU_HOST, TSUNAGU_SEED,
// TSUNAGU_ENCRYPTION_KEY, TSUNAGU_RETENTION_DAYS, TSUNAGU_DEMO_ORIGINS).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PARTNER_TYPES } from '@tsunagu/schema';
import { openDatabase } from './db/open.js';
import { DEFAULT_DEMO_ORIGINS, startServer } from './runtime.js';
import { importWindows, exportWindows } from './services/import-export.js';
import { createApiKey, createPartner, DEMO_PUBLISHABLE_KEY } from './services/keys.js';
import { loadWindows } from './services/windows-repo.js';
import { HttpError } from './http/errors.js';

const USAGE = `tsunagu-server <command> [options]

  serve            --db FILE --port N --host 127.0.0.1 [--seed yokohama] [--retention-days N]
                   (port 0 = any free port; the first stdout line is the base URL)
  import           --db FILE [--format csv|json] FILE      import windows (CSV or HSDS-shaped JSON)
  partners create  --db FILE --name NAME --type ${PARTNER_TYPES.join('|')}
  keys create      --db FILE --partner ID --kind publishable|secret [--origins https://a.example,https://b.example]
  export-windows   --db FILE [--out FILE]                  the static windows file for the finder

Environment: TSUNAGU_DB, TSUNAGU_PORT, TSUNAGU_HOST, TSUNAGU_SEED, TSUNAGU_ENCRYPTION_KEY,
TSUNAGU_RETENTION_DAYS, TSUNAGU_DEMO_ORIGINS (comma separated).`;

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
  out: { type: 'string' },
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
    const server = await startServer({
      dbPath,
      port,
      host: values.host ?? env.TSUNAGU_HOST ?? '127.0.0.1',
      seed: seed === 'yokohama' ? 'yokohama' : 'none',
      demoOrigins: list(env.TSUNAGU_DEMO_ORIGINS) ?? DEFAULT_DEMO_ORIGINS,
      ...(retention ? { retentionDays: Number(retention) } : {}),
    });
    console.log(server.url);
    if (server.seeded) {
      console.log(`seeded yokohama; demo publishable key: ${DEMO_PUBLISHABLE_KEY}`);
      console.log(
        `demo secret key (shown once, also in ${dbPath}.demo-secret-key): ${server.seeded.secretKey}`,
      );
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

  const db = openDatabase(dbPath);
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
      console.log(createPartner(db, { name: values.name, type }, now));
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
