#!/usr/bin/env node
// `pnpm test`: typecheck, lint, every Node test, every browser test, the packed packages' lint. Runs all steps even after a failure (so
// one run shows every problem), prints how long each took, and exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'pnpm', ['run', '--silent', 'typecheck']],
  ['lint', 'pnpm', ['run', '--silent', 'lint']],
  // One node:test run over all Node packages, so there is one closing `# pass` / `# fail` summary.
  [
    'node tests',
    'node',
    [
      'scripts/node-test.mjs',
      'packages/schema/src',
      'packages/client/src',
      'packages/server/src',
      'examples/e2e',
    ],
  ],
  ['browser tests', 'pnpm', ['--filter', '@tsunagu/elements', 'run', '--silent', 'test:browser']],
  ['console browser tests', 'pnpm', ['--filter', '@tsunagu/console', 'run', '--silent', 'test:browser']],
  // Builds every package from scratch, packs it as `pnpm publish` would, and runs publint and
  // @arethetypeswrong/cli on each tarball (scripts/check-packages.mjs).
  ['packages', 'node', ['scripts/check-packages.mjs']],
  // The tarballs just packed, installed with npm into a scratch project outside the workspace and used as
  // our users do: Node SDK script against `npx tsunagu-server`, TypeScript (nodenext, bundler), Vite, Vue,
  // React apps in Chromium (examples/consumers/run.mjs).
  ['consumers', 'node', ['examples/consumers/run.mjs', '--no-pack']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary ===');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(22)} ${r.seconds.toFixed(1)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
