#!/usr/bin/env node
// Sizes of what partners load, built exactly as packages/embed/build.mjs builds them (one rollup run per
// entry with code splitting), plus the SDK on its own. For each entry it sums the files a visitor's browser fetches:
//   ja      the entry and every chunk it imports statically (for tsunagu.js: with all three widgets, which
//           it fetches when their tags are on the page) — what a page in Japanese downloads;
//   + other the same plus the catalogue chunks of the heaviest other language (ja-x-easy or en).
// Each file is compressed on its own, as a server sends it. bench/budgets.json has two limits per entry: the
// target (the budget) and the ceiling CI enforces until targets are met (no entry may grow). Exits
// non-zero when the larger of the two figures is over its ceiling. Usage: node bench/size.mjs [--json]
import { build } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { entryPoints, esbuildOptions } from '../packages/embed/entries.mjs';
import { buildEmbedInMemory, closureOf, isWidgetChunk, laterParts, localeChunks } from './bundle-graph.mjs';

const root = new URL('../', import.meta.url);
const {
  targets,
  ceilings,
  first_screen: firstScreen,
} = JSON.parse(readFileSync(new URL('bench/budgets.json', root), 'utf8'));
const json = process.argv.includes('--json');

const kb = (n) => (typeof n === 'number' ? `${(n / 1024).toFixed(1)} kB` : (n ?? '-'));
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const { outputs, contents } = await buildEmbedInMemory();
const sum = (files, measure) => [...files].reduce((total, file) => total + measure(contents.get(file)), 0);

const rows = [];
for (const name of Object.keys(entryPoints())) {
  // tsunagu.js fetches each widget when its tag appears: count all three, the worst case for a page.
  const ja = closureOf(outputs, `${name}.js`, { followWidgets: name === 'tsunagu' });
  let worst = { locale: '-', files: new Set() };
  for (const [locale, files] of localeChunks(outputs, ja)) {
    const all = new Set([...ja, ...files]);
    if (sum(all, gzip) > sum(worst.files, gzip)) worst = { locale, files: all };
  }
  const label = `${name}.js`;
  const gzipJa = sum(ja, gzip);
  const gzipWorst = sum(worst.files, gzip);
  rows.push({
    entry: label,
    files: ja.size,
    raw: sum(ja, (b) => b.length),
    gzip: gzipJa,
    brotli: sum(ja, brotli),
    other_locale: worst.locale,
    gzip_other: gzipWorst,
    target: targets[label],
    ceiling: ceilings[label],
  });
}

// The SDK two ways: its own code (what the 8 kB budget is about; its HTTP loop is on fetch alone since
// issue 18 dropped ky) and complete with the schemas it parses responses with.
const sdkEntry = new URL('packages/client/src/index.ts', root).pathname;
const sdkWays = [
  ['sdk own code (zod, schema external)', ['zod', 'zod/*', '@tsunagu/schema', '@tsunagu/schema/*']],
  ['sdk complete (+ schema, zod/mini)', []],
];
for (const [label, external] of sdkWays) {
  const sdk = await build({
    ...esbuildOptions,
    splitting: false,
    entryPoints: [sdkEntry],
    external,
    write: false,
  });
  const code = sdk.outputFiles[0].contents;
  rows.push({
    entry: label,
    files: 1,
    raw: code.length,
    gzip: gzip(code),
    brotli: brotli(code),
    target: targets[label],
    ceiling: ceilings[label],
  });
}

// First screen (issue 18): what a page fetches before its widget can show anything — the entry's static
// imports, and for tsunagu.js its own closure plus one widget's (the autoloader imports it when the tag is
// seen). Counted in bytes, not timed, so CI can hold it; bench/slow-net.mjs times it on a throttled phone.
const screens = [];
for (const name of Object.keys(entryPoints())) {
  const entry = `${name}.js`;
  const own = closureOf(outputs, entry);
  const widgets = new Set(
    outputs[entry].imports
      .map((imported) => imported.path.replace(/^.*\/dist\//, ''))
      .filter((path) => outputs[path] && isWidgetChunk(outputs[path])),
  );
  // A widget's own file is its widget's first screen; it may fetch another tag's element when that tag is
  // on the page (concern-report.js: the status check), a page of its own. tsunagu.js shows nothing itself.
  const pagesOf = [
    ...(name === 'tsunagu' ? [] : [[entry, own]]),
    ...[...widgets].map((chunk) => [
      `${entry} → ${outputs[chunk].entryPoint.match(/([^/]+)\.ts$/)[1]}`,
      new Set([...own, ...closureOf(outputs, chunk)]),
    ]),
  ];
  for (const [label, files] of pagesOf) {
    const gzipped = sum(files, gzip);
    const parts = [...laterParts(outputs, files)].map(([part, extra]) => ({
      part: outputs[part].entryPoint?.replace(/^.*\/src\//, '') ?? part,
      gzip: gzip(contents.get(part)),
      imports_not_loaded: extra,
    }));
    screens.push({
      entry: label,
      files: files.size,
      gzip: gzipped,
      later_parts: parts,
      target: firstScreen.target,
      ceiling: firstScreen.ceilings[label],
      within_ceiling: firstScreen.ceilings[label] === undefined || gzipped <= firstScreen.ceilings[label],
    });
  }
}

let over = screens.filter((s) => !s.within_ceiling).length;
let missed = 0;
for (const row of rows) {
  const largest = Math.max(row.gzip, row.gzip_other ?? 0);
  row.within_ceiling = row.ceiling === undefined || largest <= row.ceiling;
  row.meets_target = row.target === undefined || largest <= row.target;
  if (!row.within_ceiling) over += 1;
  if (!row.meets_target) missed += 1;
}

if (json) console.log(JSON.stringify({ entries: rows, first_screen: screens }, null, 2));
else {
  const line = (cells) =>
    console.log(cells.map(([v, w]) => (w < 0 ? String(v).padEnd(-w) : String(v).padStart(w))).join(' '));
  line([
    ['entry (gzip per file, summed)', -42],
    ['files', 6],
    ['raw', 10],
    ['gzip ja', 10],
    ['brotli ja', 10],
    ['+ heaviest other locale', 28],
    ['target', 10],
    ['ceiling', 10],
    ['', 14],
  ]);
  for (const r of rows) {
    const other = r.gzip_other === undefined ? '-' : `${kb(r.gzip_other)} (${r.other_locale})`;
    line([
      [r.entry, -42],
      [r.files, 6],
      [kb(r.raw), 10],
      [kb(r.gzip), 10],
      [kb(r.brotli), 10],
      [other, 28],
      [kb(r.target), 10],
      [kb(r.ceiling), 10],
      [!r.within_ceiling ? 'OVER CEILING' : r.meets_target ? 'ok' : 'over target', 14],
    ]);
  }
}
if (!json) {
  console.log(`\nfirst screen (gzip per file, summed): target ${kb(firstScreen.target)} on the wire`);
  for (const r of screens)
    console.log(
      `${r.entry.padEnd(42)} ${String(r.files).padStart(6)} ${kb(r.gzip).padStart(10)}  ceiling ${kb(r.ceiling).padStart(9)}  ${
        !r.within_ceiling ? 'OVER CEILING' : r.gzip <= r.target ? 'ok' : 'over target'
      }`,
    );
  const chained = screens.flatMap((r) =>
    r.later_parts.filter((p) => p.imports_not_loaded.length).map((p) => ({ ...p, entry: r.entry })),
  );
  if (chained.length) {
    console.log(
      '\nlater parts that import files their first screen has not loaded (where a browser still keeps a failed module fetch, whatwg/html#10327, a failed one is retried only after a reload):',
    );
    for (const p of chained)
      console.log(
        `  ${p.entry}: ${p.part} → ${p.imports_not_loaded.length} file(s): ${p.imports_not_loaded.join(' ')}`,
      );
  }
}
if (missed && !json)
  console.log(
    `\n${missed} entr${missed === 1 ? 'y misses its' : 'ies miss their'} target (docs/performance.md).`,
  );
if (over) {
  console.error(
    `${over} entr${over === 1 ? 'y grew past its' : 'ies grew past their'} ceiling (gzip): CI fails.`,
  );
  process.exit(1);
}
