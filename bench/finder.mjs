#!/usr/bin/env node
// The finder's hot path in a real browser: filter + sort of 10,000 windows (findWindows, as the widget runs
// it on every change of the query), in Debian's Chromium through playwright-core. Also prints the per-load
// and per-minute steps (prepareWindows, openStates), which do not run per keystroke. Budget: the median
// filter+sort of the heaviest query ≤ 2 ms; exits non-zero when over.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const BUDGET_MS = 2;
const WINDOWS = 10_000;
const entry = new URL('../packages/elements/src/window-finder/finder-search.ts', import.meta.url).pathname;

// The finder's search plus the real code lists, so the fixture uses the ids the widget knows.
const schema = new URL('../packages/schema/src/', import.meta.url).pathname;
const bundle = await build({
  stdin: {
    contents: `export * from '${entry}';
      export { YOKOHAMA_WARD_IDS } from '${schema}codes.ts';
      export { CONCERNS } from '${schema}triage.ts';`,
    resolveDir: new URL('.', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'finderSearch',
  target: 'es2022',
  minify: true,
  conditions: ['production'],
  logLevel: 'warning',
});

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>finder bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const result = await page.evaluate((count) => {
    const { prepareWindows, openStates, findWindows, EMPTY_QUERY } = globalThis.finderSearch;
    const wards = globalThis.finderSearch.YOKOHAMA_WARD_IDS;
    const concerns = globalThis.finderSearch.CONCERNS;
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const hoursVariants = [
      { schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '08:45', closes_at: '17:00' }] },
      {
        schedules: [{ byday: ['MO', 'WE', 'FR'], opens_at: '10:00', closes_at: '16:00' }],
        closed_on_holidays: false,
      },
      { schedules: [{ byday: ['SA', 'SU'], opens_at: '09:00', closes_at: '12:00' }] },
      { always_open: true, schedules: [] },
    ];
    const windows = Array.from({ length: count }, (_, i) => {
      const ward = wards[i % wards.length];
      const isLine = i % 50 === 0;
      return {
        id: `w${i}`,
        kind: isLine ? 'line' : 'office',
        name: `窓口 ${i}`,
        organization: 'org',
        description_codes: i % 18 === 0 ? ['independence_consultation'] : [],
        concerns: i % 18 === 0 ? concerns : concerns.filter(() => random() < 0.3),
        ward_id: isLine ? null : ward,
        service_area: isLine || i % 3 === 0 ? null : { ward_ids: [ward] },
        location: isLine ? null : { address: 'x', lat: 35.3 + random() * 0.3, lng: 139.45 + random() * 0.25 },
        phones: [],
        hours: hoursVariants[i % 4],
        note_codes: [],
        languages: i % 7 === 0 ? ['ja', 'en'] : ['ja'],
        accessibility: i % 5 === 0 ? ['wheelchair'] : [],
        contact_modes: i % 4 === 0 ? ['phone', 'visit', 'online'] : ['phone', 'visit'],
        sample: true,
        source: { name: 'bench' },
        updated_at: '2026-01-01T00:00:00Z',
      };
    });
    const now = new Date('2026-11-26T10:00:00+09:00');
    const place = { wardId: 'minami', origin: { lat: 35.41133, lng: 139.603847 } };
    const time = (fn, repeat) => {
      const samples = [];
      for (let s = 0; s < 25; s++) {
        const start = performance.now();
        for (let r = 0; r < repeat; r++) fn();
        samples.push((performance.now() - start) / repeat);
      }
      samples.sort((a, b) => a - b);
      return { median: samples[12], worst: samples[24] };
    };
    let prepared;
    const prepare = time(() => {
      prepared = prepareWindows(windows);
    }, 2);
    let open;
    const hours = time(() => {
      open = openStates(prepared, now);
    }, 2);
    const queries = {
      'no filter (all 10,000 sorted by ward and distance)': EMPTY_QUERY,
      'two concerns + open now + place': {
        ...EMPTY_QUERY,
        concerns: ['money_debt', 'housing'],
        openNow: true,
      },
      'one concern + wheelchair + English': {
        ...EMPTY_QUERY,
        concerns: ['work'],
        accessibility: ['wheelchair'],
        language: 'en',
      },
    };
    // Warm up the JIT on every query first, so no query pays for compilation in its samples.
    for (let i = 0; i < 50; i++)
      for (const query of Object.values(queries)) findWindows(prepared, open, query, place);
    const rows = Object.entries(queries).map(([label, query]) => {
      const n = findWindows(prepared, open, query, place).length;
      return { label, results: n, ...time(() => findWindows(prepared, open, query, place), 20) };
    });
    // A new place (a town chosen, a location found) also recomputes the 10,000 distances.
    const places = [place, { wardId: 'naka', origin: { lat: 35.445792, lng: 139.639661 } }];
    let flip = 0;
    const n = findWindows(prepared, open, EMPTY_QUERY, places[1]).length;
    rows.push({
      label: 'no filter, new place each time (distances too)',
      results: n,
      ...time(() => findWindows(prepared, open, EMPTY_QUERY, places[(flip = 1 - flip)]), 20),
    });
    return { prepare, hours, rows };
  }, WINDOWS);

  const ms = (n) => `${n.toFixed(3)} ms`;
  console.log(`finder bench: ${WINDOWS.toLocaleString('en')} windows in Chromium (median of 25 samples)`);
  console.log(`  once per load    prepareWindows  ${ms(result.prepare.median)}`);
  console.log(`  once per minute  openStates      ${ms(result.hours.median)}`);
  let over = false;
  for (const row of result.rows) {
    const ok = row.median <= BUDGET_MS;
    if (!ok) over = true;
    console.log(
      `  filter+sort  ${row.label.padEnd(52)} ${String(row.results).padStart(6)} results  median ${ms(row.median)}  worst ${ms(row.worst)}  ${ok ? 'ok' : 'OVER'}`,
    );
  }
  console.log(`  budget: median filter+sort ≤ ${BUDGET_MS} ms`);
  if (over) {
    console.error('finder filter+sort is over budget');
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
