// Fault: property-based fuzzing (fast-check) of every operation in the server's own OpenAPI document with
// bad inputs — random JSON bodies, valid-looking bodies with fields broken, odd path parameters and query
// strings — as every kind of caller. Passes when no input gets a 5xx and every 4xx is the one error shape.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Secret, TOTP } from 'otpauth';

const BIN = fileURLToPath(new URL('../bin/tsunagu-server.mjs', import.meta.url));
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** which of the credentials below acts as each role */
const ROLE_CREDENTIAL = { publishable: 0, partner: 1, ward_staff: 2, city_admin: 3 };

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-fuzz-'));
const db = join(dir, 'fuzz.db');
const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--seed', 'yokohama'], {
  env: {
    ...process.env,
    TSUNAGU_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    TSUNAGU_TRUSTED_PROXIES: '127.0.0.1,::ffff:127.0.0.1',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));

let exitCode = 0;
try {
  const people = JSON.parse(readFileSync(`${db}.demo-staff.json`, 'utf8'));
  const signIn = async (person) => {
    const totp = person.totp_secret
      ? new TOTP({ secret: Secret.fromBase32(person.totp_secret), digits: 6, period: 30 }).generate()
      : undefined;
    const res = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        login: person.login,
        password: person.password,
        totp_code: totp,
        session_delivery: 'bearer',
      }),
    });
    return (await res.json()).session_token;
  };
  const credentials = [
    'pk_demo_tsunagu_examples',
    readFileSync(`${db}.demo-secret-key`, 'utf8').trim(),
    await signIn(people.find((p) => p.role === 'ward_staff')),
    await signIn(people.find((p) => p.role === 'city_admin')),
  ];
  const doc = await (await fetch(`${url}/openapi.json`)).json();
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([method]) => path.startsWith('/v1/') && method !== 'parameters')
      .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  // logging out or signing out everywhere would end the sessions this run uses
  const usable = operations.filter((o) => !/\/auth\/(logout|logout-everywhere|password)$/.test(o.path));

  const segment = fc.oneof(
    fc.constantFrom('naka-seikatsushien', 'sample-naka-watch', 'TK-2222-3333', 'key_x', 'stf_x', 'whk_x'),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('%00', '..%2F..', '%E2%80%AE', 'x'.repeat(300), '-1', '1e309'),
  );
  const json = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }),
    fc.constantFrom(
      { status: 'solved' },
      { url: 'javascript:alert(1)', events: ['x'] },
      { login: 'a', password: 'b', totp_code: '1234567' },
      { ward_id: 'naka', path: 'self', consent: 'yes', contact: { phone: '0'.repeat(500) } },
      { allowed_origins: ['not a url'] },
      { overlap_hours: 1e308 },
      { staff_id: 42 },
    ),
  );
  const query = fc.array(
    fc.tuple(
      fc.constantFrom(
        'ward',
        'status',
        'limit',
        'cursor',
        'near',
        'town',
        'q',
        'concern',
        'open_now',
        'path',
        'from',
        'to',
        'type',
        'towns',
        'partner_id',
        'target_id',
        'actor_id',
      ),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('-1', '99999999999999999999', 'NaN', '35.4,999', 'true', ''),
      ),
    ),
    { maxLength: 4 },
  );

  let sent = 0;
  const problems = [];
  const statuses = new Map();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...usable),
      fc.nat(credentials.length - 1),
      fc.array(segment, { minLength: 3, maxLength: 3 }),
      json,
      query,
      fc.boolean(),
      fc.nat(9),
      async (operation, anyone, segments, body, params, raw, dice) => {
        // mostly a caller the operation admits (so inputs reach validation), sometimes anyone
        const admitted = (operation.op['x-tsunagu-roles'] ?? [])
          .map((r) => ROLE_CREDENTIAL[r])
          .filter((n) => n !== undefined);
        const who = dice === 0 || admitted.length === 0 ? anyone : admitted[anyone % admitted.length];
        let i = 0;
        const path = operation.path.replace(/\{\w+\}/g, () => encodeURIComponent(segments[i++]));
        const search = new URLSearchParams(params).toString();
        const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
        const res = await fetch(`${url}${path}${search ? `?${search}` : ''}`, {
          method: operation.method,
          headers: {
            Authorization: `Bearer ${credentials[who]}`,
            'X-Forwarded-For': `198.51.${sent % 250}.${(sent >> 8) % 250}`,
            ...(hasBody ? { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() } : {}),
          },
          ...(hasBody ? { body: raw ? JSON.stringify(body).slice(0, -1) : JSON.stringify(body) } : {}),
        });
        sent++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const text = await res.text();
        if (res.status >= 500)
          problems.push(`${operation.method} ${path} → ${res.status} ${text.slice(0, 200)}`);
        if (res.status >= 400) {
          const shape = JSON.parse(text).error;
          const ok =
            typeof shape?.type === 'string' &&
            typeof shape?.code === 'string' &&
            typeof shape?.request_id === 'string' &&
            (shape.fields === undefined ||
              shape.fields.every((f) => typeof f.path === 'string' && typeof f.code === 'string'));
          if (!ok)
            problems.push(
              `${operation.method} ${path} → ${res.status} not the error shape: ${text.slice(0, 200)}`,
            );
        }
        return true;
      },
    ),
    { numRuns: RUNS },
  );
  const byStatus = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  console.log(
    `fuzz: ${sent} bad inputs over ${usable.length} operations, ${problems.length} 5xx or malformed errors (${byStatus})`,
  );
  // the inputs must mostly reach validation, not stop at the door
  if ((statuses.get(429) ?? 0) > sent / 10) problems.push('more than a tenth were rate-limited');
  for (const p of problems.slice(0, 10)) console.log(`  ${p}`);
  if (problems.length) exitCode = 1;
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
