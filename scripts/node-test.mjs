#!/usr/bin/env node
// Runs `node --import tsx --test` on every *.test.ts below the given folders.
// Node 20's test runner does not expand globs itself, so we list the files here.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...findTests(path));
    else if (entry.isFile() && entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts')) {
      found.push(path); // *.browser.test.ts files run in Chromium (web-test-runner), not here
    }
  }
  return found;
}

const dirs = process.argv.slice(2);
const files = (dirs.length ? dirs : ['src']).flatMap(findTests).sort();
if (files.length === 0) {
  console.error('node-test: no *.test.ts files found');
  process.exit(1);
}
// Servers started without a configured key keep a dev key in a folder of their own (by default in the home
// directory); a test run's keys go to a scratch folder that goes with the run.
const keyDir = mkdtempSync(join(tmpdir(), 'tsunagu-test-keys-'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
  env: { TSUNAGU_KEY_DIR: keyDir, ...process.env },
});
rmSync(keyDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
