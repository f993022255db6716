// Builds dist/: one minified ES module per entry (dist/<entry>.js) and the chunks they load on demand
// (dist/chunks/; see entries.mjs). Partners host the folder as it is; a page loads one entry URL.
import { rmSync } from 'node:fs';
import { buildEmbed, entryPoints } from './entries.mjs';

const outdir = new URL('./dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
// With linked source maps (a .map beside each file; the bench measures the same code without the comment).
const result = await buildEmbed({ sourcemap: 'linked', outdir, metafile: true });
const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
console.log(
  `built ${Object.keys(entryPoints())
    .map((name) => `dist/${name}.js`)
    .join(', ')} (+ ${files.length - Object.keys(entryPoints()).length} chunks)`,
);
