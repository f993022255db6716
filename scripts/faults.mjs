#!/usr/bin/env node
// `pnpm test:faults`: the fault suite (packages/server/faults/*.mjs). Each fault runs in its own process with a
// time limit and prints its figures; the run fails if any fault finds something lost, leaked or crashed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../packages/server/faults/', import.meta.url).pathname;
const faults = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();
let failed = 0;
for (const file of faults) {
  const started = Date.now();
  const { status } = spawnSync(process.execPath, [join(dir, file)], {
    stdio: 'inherit',
    timeout: 180_000,
    cwd: new URL('../packages/server/', import.meta.url).pathname,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? 'ok  ' : 'FAIL'} ${file} (${seconds} s)`);
  if (status !== 0) failed++;
}
console.log(`faults: ${faults.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
