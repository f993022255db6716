// What a bundle of one resource entry point holds: its own calls and schemas, not the other resources'
// (that is the point of the slices: a widget pays only for what it calls).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;

/** Minified bundle of `contents` (resolved from this folder, by package name), zod left out. */
async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    write: false,
    logLevel: 'silent',
    external: ['zod', 'zod/*'],
  });
  return result.outputFiles[0]?.text ?? '';
}

// Strings only one resource's code carries (paths and headers it sends).
const marks = {
  admin: 'maintenance/purge',
  concernReports: 'x-check-code',
  signups: '/cancel',
  activities: 'activities/',
  windows: 'windows/',
};

test('createClient carries every resource (the baseline the slices are measured against)', async () => {
  const full = await bundle(`export { createClient } from '@tsunagu/client';`);
  for (const [name, mark] of Object.entries(marks)) assert.ok(full.includes(mark), `${name}: ${mark}`);
});

test('core + areas carries no other resource', async () => {
  const code = await bundle(
    `export { createHttp } from '@tsunagu/client/core'; export { areasResource } from '@tsunagu/client/areas';`,
  );
  assert.ok(code.includes('towns'), 'the areas call itself is there');
  for (const [name, mark] of Object.entries(marks))
    assert.ok(!code.includes(mark), `${name} leaked in: ${mark}`);
});

test('core + concern reports carries neither admin nor sign-ups nor windows', async () => {
  const code = await bundle(
    `export { createHttp } from '@tsunagu/client/core';
     export { concernReportsResource } from '@tsunagu/client/concern-reports';`,
  );
  assert.ok(code.includes(marks.concernReports));
  for (const name of ['admin', 'signups', 'windows'] as const)
    assert.ok(!code.includes(marks[name]), `${name} leaked in: ${marks[name]}`);
});
