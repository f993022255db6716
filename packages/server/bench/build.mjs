// Builds the server for the benches as production runs it: plain JavaScript under plain Node, no tsx.
// tsx (a loader thread with its own V8 heap, esbuild, source maps of every module) added ~45 MiB of RSS
// to a server that a real deployment never carries. One esbuild bundle (the npm package ships tsc's
// per-module output; @tsunagu/schema is TypeScript in the workspace, so it is bundled in) with the npm
// dependencies left to Node. It lives in bench/dist/ (ignored by git): `../../data` from there is the
// package's data folder, as it is from src/seed/, and the checkpoint worker is copied beside it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('../', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/', import.meta.url));

/** Bundles src/runtime.ts into bench/dist/runtime.mjs and returns that path. */
export async function buildServer() {
  const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8'));
  const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@tsunagu/'));
  mkdirSync(outDir, { recursive: true });
  const outfile = `${outDir}runtime.mjs`;
  await build({
    entryPoints: [`${pkgDir}src/runtime.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
  });
  copyFileSync(`${pkgDir}src/db/checkpointer.mjs`, `${outDir}checkpointer.mjs`);
  return outfile;
}
