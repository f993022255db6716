#!/usr/bin/env node
// `pnpm build:packages`: builds what the npm packages ship, from empty dist/ folders (a stale incremental
// build can never leak into a tarball):
//   schema, client, elements, server — tsc: ES2022, one .js per source module, .d.ts, declaration maps and
//     source maps (packages/*/tsconfig.build.json); the server's plain-JS worker is copied beside them;
//   elements — custom-elements.json (the analyzer) and the framework types generated from it
//     (dist/frameworks/jsx.d.ts, vue.d.ts);
//   embed — the bundled script-tag build (packages/embed/build.mjs) and its entry declarations.
// The workspace itself never uses dist/: package.json `exports` point at src/ for development and tests, and
// `publishConfig.exports` (applied by `pnpm pack` / `pnpm publish`) point at dist/ for consumers.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFrameworkTypes } from './framework-types.mjs';

const root = new URL('../', import.meta.url).pathname;
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const TSC_PACKAGES = ['schema', 'server', 'client', 'elements'];

function run(label, command, args, cwd = root) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build-packages: ${label} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`built ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

for (const name of TSC_PACKAGES)
  rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
run(TSC_PACKAGES.map((name) => `@tsunagu/${name}`).join(', '), process.execPath, [
  tsc,
  '-b',
  ...TSC_PACKAGES.map((name) => `packages/${name}/tsconfig.build.json`),
]);

// Plain-JS modules tsc does not copy (the server's WAL checkpointer runs in a worker thread).
const serverSrc = join(root, 'packages/server/src');
for (const entry of readdirSync(serverSrc, { recursive: true })) {
  if (String(entry).endsWith('.mjs'))
    cpSync(join(serverSrc, entry), join(root, 'packages/server/dist', entry));
}

const elements = join(root, 'packages/elements');
run(
  'custom-elements.json',
  process.execPath,
  [
    join(elements, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--quiet',
  ],
  elements,
);
const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8'));
const frameworks = join(elements, 'dist/frameworks');
mkdirSync(frameworks, { recursive: true });
generateFrameworkTypes(manifest, frameworks);
console.log('built framework types (dist/frameworks/jsx.d.ts, vue.d.ts)');

run('@tsunagu/embed', process.execPath, [join(root, 'packages/embed/build.mjs')]);
// The embed entries are scripts that register widgets and export nothing; a declaration per entry lets a
// TypeScript app `import '@tsunagu/embed/window-finder.js'` without an "implicitly any" error.
const { embedEntries } = await import('../packages/embed/entries.mjs');
for (const { name } of embedEntries()) {
  writeFileSync(
    join(root, 'packages/embed/dist', `${name}.d.ts`),
    `// Registers tsunagu's widgets (configured by the script tag's data- attributes); exports nothing.\nexport {};\n`,
  );
}
