// Bundles the app (React in its production build, the tsunagu widgets from @tsunagu/elements) into dist/:
// dist/app.js, which index.html loads, and dist/chunks/, the words of languages other than 日本語 that the
// widgets fetch only when someone switches to them. Run by `pnpm start` and the end-to-end harness.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const here = new URL('./', import.meta.url).pathname;
const outdir = join(here, 'dist');
const result = await build({
  entryPoints: { app: join(here, 'src/main.tsx') },
  outdir,
  bundle: true,
  format: 'esm',
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2020',
  jsx: 'automatic',
  minify: true,
  legalComments: 'none',
  // React's and Lit's production code paths: no development checks or warnings, and smaller.
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['production'],
  write: false,
  logLevel: 'warning',
});

// Each file is replaced by a rename, never truncated in place: end-to-end test files build in parallel
// processes, and a page loading meanwhile must always read a whole file. Then stale chunks go.
const written = new Set();
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
  written.add(file.path);
}
for (const entry of readdirSync(outdir, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !written.has(path) && !path.endsWith('.tmp')) rmSync(path, { force: true });
}
const app = result.outputFiles.find((file) => file.path === join(outdir, 'app.js'));
console.log(
  `built ${relative(process.cwd(), join(outdir, 'app.js'))} (${app?.contents.length ?? '?'} bytes) + ${result.outputFiles.length - 1} chunks`,
);
