#!/usr/bin/env node
// Lints what would be published: publint and @arethetypeswrong/cli on each packed tarball (so publishConfig
// and the `files` list are what is checked, not the workspace's package.json). Fails on any error or
// warning. Also asserts the tarballs carry no tests, stories, fixtures or build caches.
//   node scripts/check-packages.mjs [--no-build]    (packs first, see scripts/pack.mjs)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { pack } from './pack.mjs';

const root = new URL('../', import.meta.url).pathname;
const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
const NOT_SHIPPED =
  /(\.test\.|\.stories\.|test-fixtures|test-helpers|test-support|story-data|\/testing\/|tsbuildinfo|tsconfig|\.db$)/;

/** The packed package.json (publishConfig applied). */
function execTar(file) {
  return spawnSync('tar', ['-xzOf', file, 'package/package.json'], { encoding: 'utf8' }).stdout;
}

// The workspace's exports (sources) and the published ones (dist/) must name the same subpaths: a subpath
// added to one and not the other would work in the repository and be missing from npm, or the reverse.
let drift = 0;
for (const name of ['schema', 'client', 'elements', 'embed', 'server']) {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  const dev = Object.keys(pkg.exports ?? {});
  const published = Object.keys(pkg.publishConfig?.exports ?? {});
  for (const key of dev.filter((k) => !published.includes(k)))
    console.log(`exports ${pkg.name}: ${key} is missing from publishConfig.exports`);
  for (const key of published.filter((k) => !dev.includes(k)))
    console.log(`exports ${pkg.name}: ${key} is published but missing from exports`);
  drift += dev.length + published.length - 2 * dev.filter((k) => published.includes(k)).length;
}

const packs = pack({ build: !process.argv.includes('--no-build') });
let problems = 0;
for (const p of packs) {
  const tarball = readFileSync(p.file);
  const { messages, pkg } = await publint({
    pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  for (const m of messages) console.log(`publint ${p.name}: ${m.type}: ${formatMessage(m, pkg)}`);
  const lint = messages.filter((m) => m.type !== 'suggestion').length;

  // Wildcard subpaths (`./define/*.js`) are not expanded by attw: name each file they match.
  const exportsMap = JSON.parse(execTar(p.file)).exports ?? {};
  const wildcard = Object.entries(exportsMap)
    .filter(([key]) => key.includes('*'))
    .flatMap(([key, target]) => {
      const to = (typeof target === 'string' ? target : target.default).replace(/^\.\//, '');
      const [before, after] = to.split('*');
      return p.files
        .filter((f) => f.startsWith(before) && f.endsWith(after))
        .map((f) => key.replace('*', f.slice(before.length, f.length - after.length)));
    });
  // ESM-only packages (Node ≥ 20.19 can also require() them): the esm-only profile skips node10 / CJS.
  const types = spawnSync(
    process.execPath,
    [
      attw,
      p.file,
      ...(wildcard.length ? ['--include-entrypoints', ...wildcard] : []),
      '--profile',
      'esm-only',
      '--no-definitely-typed',
      '--format',
      'ascii',
      '--no-color',
    ],
    { encoding: 'utf8' },
  );
  if (types.status !== 0) console.log(types.stdout, types.stderr);

  const stray = p.files.filter(
    (f) => NOT_SHIPPED.test(f) && !/^(dist|src)\/testing\.(ts|js|d\.ts)(\.map)?$/.test(f),
  );
  for (const f of stray) console.log(`files ${p.name}: ${f} should not be in the tarball`);
  // What every package must carry: its licence and README, and built JavaScript with maps and declarations.
  const required = ['LICENSE', 'README.md', 'package.json'];
  const missing = required.filter((f) => !p.files.includes(f));
  for (const kind of ['.js', '.js.map', '.d.ts'])
    if (!p.files.some((f) => f.startsWith('dist/') && f.endsWith(kind))) missing.push(`dist/**/*${kind}`);
  if (p.name !== '@tsunagu/embed' && !p.files.some((f) => f.endsWith('.d.ts.map')))
    missing.push('declaration maps');
  for (const f of missing) console.log(`files ${p.name}: missing ${f}`);
  const ok = lint === 0 && types.status === 0 && stray.length === 0 && missing.length === 0;
  problems += ok ? 0 : 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${p.name.padEnd(18)} publint ${lint === 0 ? 'clean' : `${lint} problems`}, attw ${types.status === 0 ? 'clean' : 'problems'}${wildcard.length ? ` (+${wildcard.length} wildcard entries)` : ''}, ${p.files.length} files, ${(p.bytes / 1024).toFixed(1)} kB`,
  );
}
process.exit(problems || drift ? 1 : 0);
