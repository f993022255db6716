#!/usr/bin/env node
// `pnpm release:dry`: what the next release would publish, without publishing or changing anything:
// the pending changesets (.changeset/*.md) as a release plan — each package's version now and next, and the
// CHANGELOG lines — then every package built and packed as `pnpm publish` would (.pack/), with its size and
// file count. Exits non-zero when a publishable package has no changeset-driven version to go to.
import { createRequire } from 'node:module';
import { pack } from './pack.mjs';

const require = createRequire(import.meta.url);
const getReleasePlan = require('@changesets/get-release-plan').default;
const root = new URL('../', import.meta.url).pathname;

const plan = await getReleasePlan(root);
console.log(`release plan: ${plan.changesets.length} changeset(s)`);
for (const changeset of plan.changesets) {
  console.log(`  • ${changeset.id}: ${changeset.summary.split('\n')[0]}`);
}
const next = new Map(plan.releases.filter((r) => r.type !== 'none').map((r) => [r.name, r]));

const packs = pack();
console.log('\nwould publish (nothing is published):');
let missing = 0;
for (const p of packs) {
  const release = next.get(p.name);
  if (!release) missing += 1;
  console.log(
    `  ${p.name.padEnd(18)} ${p.version} → ${release ? `${release.newVersion} (${release.type})` : 'no changeset'}`.padEnd(
      58,
    ) +
      `${(p.bytes / 1024).toFixed(1).padStart(6)} kB  ${String(p.files.length).padStart(3)} files  ${p.file.replace(root, '')}`,
  );
}
console.log(
  '\nnext: `pnpm changeset version` writes these versions and CHANGELOG.md files; `pnpm changeset publish` publishes.',
);
process.exit(missing && plan.changesets.length ? 1 : 0);
