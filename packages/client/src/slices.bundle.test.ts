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
  staffAdmin: 'maintenance/purge',
  auth: 'auth/logout',
  partnerAdmin: 'admin/activities',
  concernReports: 'x-check-code',
  signups: '/cancel',
  activities: 'activities/',
  windows: 'windows/',
};

test('createClient carries every resource a key may call, and none of the staff-only code', async () => {
  const full = await bundle(`export { createClient } from '@tsunagu/client';`);
  for (const [name, mark] of Object.entries(marks))
    if (name !== 'staffAdmin' && name !== 'auth') assert.ok(full.includes(mark), `${name}: ${mark}`);
  for (const mark of [marks.staffAdmin, marks.auth, 'admin/keys', 'auth/login'])
    assert.ok(!full.includes(mark), `staff-only code leaked into createClient: ${mark}`);
});

test('createStaffClient and signIn carry the staff admin and auth code', async () => {
  const staff = await bundle(`export { createStaffClient, signIn } from '@tsunagu/client';`);
  for (const mark of [marks.staffAdmin, marks.auth, marks.partnerAdmin, 'auth/login'])
    assert.ok(staff.includes(mark), mark);
  assert.ok(!staff.includes(marks.concernReports) && !staff.includes(marks.signups), 'no sending resources');
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
  for (const name of ['staffAdmin', 'partnerAdmin', 'auth', 'signups', 'windows'] as const)
    assert.ok(!code.includes(marks[name]), `${name} leaked in: ${marks[name]}`);
});

test('core + partnerAdminResource (from /admin) carries no staff-only call', async () => {
  const code = await bundle(
    `export { createHttp } from '@tsunagu/client/core';
     export { partnerAdminResource } from '@tsunagu/client/admin';`,
  );
  assert.ok(code.includes(marks.partnerAdmin));
  for (const mark of [marks.staffAdmin, marks.auth, 'admin/keys', 'admin/reports'])
    assert.ok(!code.includes(mark), `staff-only code leaked in: ${mark}`);
});
