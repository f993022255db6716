#!/usr/bin/env node
// Sizes of what partners load: every embed entry, bundled and minified exactly as the build does, plus the
// SDK on its own (zod left out, since the SDK's own weight is the budget). Prints raw / gzip / brotli
// bytes and exits non-zero when a budget in bench/budgets.json is exceeded.
import { build } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { embedEntries, esbuildOptions } from '../packages/embed/entries.mjs';

const root = new URL('../', import.meta.url);
const { budgets } = JSON.parse(readFileSync(new URL('bench/budgets.json', root), 'utf8'));

async function bundle(entryPoint, extra = {}) {
  const result = await build({ ...esbuildOptions, ...extra, entryPoints: [entryPoint], write: false });
  return result.outputFiles[0].contents;
}

const targets = embedEntries().map((e) => ({ label: `${e.name}.js`, entry: e.path }));
// The SDK three ways: its own code (what the 8 kB budget is about), with ky, and complete with the schemas
// it parses responses with (which the widgets bundle anyway).
const sdkEntry = new URL('packages/client/src/index.ts', root).pathname;
targets.push(
  {
    label: 'sdk own code (ky, zod, schema external)',
    entry: sdkEntry,
    extra: { external: ['zod', 'zod/*', 'ky', '@tsunagu/schema', '@tsunagu/schema/*'] },
  },
  {
    label: 'sdk + ky (zod, schema external)',
    entry: sdkEntry,
    extra: { external: ['zod', 'zod/*', '@tsunagu/schema', '@tsunagu/schema/*'] },
  },
  { label: 'sdk complete (+ schema, zod/mini)', entry: sdkEntry },
);

const rows = [];
let over = 0;
for (const t of targets) {
  if (!existsSync(t.entry)) {
    rows.push({
      entry: t.label,
      raw: '-',
      gzip: '-',
      brotli: '-',
      budget: budgets[t.label] ?? '-',
      ok: 'not built yet',
    });
    continue;
  }
  const code = await bundle(t.entry, t.extra);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = budgets[t.label];
  const ok = budget === undefined || gzip <= budget;
  if (!ok) over += 1;
  rows.push({
    entry: t.label,
    raw: code.length,
    gzip,
    brotli,
    budget: budget ?? '-',
    ok: ok ? 'ok' : 'OVER',
  });
}

const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} kB` : n);
console.log(
  'entry'.padEnd(42),
  'raw'.padStart(10),
  'gzip'.padStart(10),
  'brotli'.padStart(10),
  'budget'.padStart(10),
  '',
);
for (const r of rows) {
  console.log(
    r.entry.padEnd(42),
    kb(r.raw).padStart(10),
    kb(r.gzip).padStart(10),
    kb(r.brotli).padStart(10),
    kb(r.budget).padStart(10),
    r.ok,
  );
}
if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (gzip).`);
  process.exit(1);
}
