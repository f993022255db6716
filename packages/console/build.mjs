// Builds dist/ for the reference server's /staff/: index.html, console.css and one minified ES module
// (console.js) with its lazily loaded chunks (the English catalogues). No inline script or style, so the
// server's strict Content-Security-Policy holds.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const here = new URL('./', import.meta.url).pathname;
const outdir = `${here}dist/`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  entryPoints: { console: `${here}src/main.ts` },
  outdir,
  bundle: true,
  format: 'esm',
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  conditions: ['production'],
  // the chunks are loaded from /staff/chunks/… wherever the page's own path is
  publicPath: '/staff/',
  tsconfig: `${here}tsconfig.json`,
  metafile: true,
  logLevel: 'warning',
});
copyFileSync(`${here}src/index.html`, `${outdir}index.html`);
copyFileSync(`${here}src/console.css`, `${outdir}console.css`);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `built packages/console/dist (console.js + ${Object.keys(result.metafile.outputs).length - 1} chunks, ${Math.round(bytes / 1024)} kB)`,
);
