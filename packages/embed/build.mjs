// Builds dist/<entry>.js: one self-contained, minified ES module per entry (no shared chunks, so a partner
// pastes one URL and nothing else is fetched).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { embedEntries, esbuildOptions } from './entries.mjs';

const outdir = new URL('./dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
for (const entry of embedEntries()) {
  await build({ ...esbuildOptions, entryPoints: [entry.path], outfile: `${outdir}${entry.name}.js` });
  console.log(`built dist/${entry.name}.js`);
}
