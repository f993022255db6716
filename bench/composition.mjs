#!/usr/bin/env node
// What an embed entry is made of: minified bytes per folder / npm package, largest first, so size work
// starts where the bytes are. Usage: node bench/composition.mjs [entry-name]   (default: all entries)
import { build } from 'esbuild';
import { embedEntries, esbuildOptions } from '../packages/embed/entries.mjs';

const wanted = process.argv[2];
for (const entry of embedEntries().filter((e) => !wanted || e.name === wanted)) {
  const result = await build({ ...esbuildOptions, entryPoints: [entry.path], write: false, metafile: true });
  const [output] = Object.values(result.metafile.outputs);
  const groups = new Map();
  for (const [file, info] of Object.entries(output.inputs)) {
    const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    const key = pkg
      ? `npm:${pkg[1]}`
      : file
          .split('/')
          .slice(0, -1)
          .join('/')
          .replace(/^.*packages\//, '');
    groups.set(key, (groups.get(key) ?? 0) + info.bytesInOutput);
  }
  console.log(`\n${entry.name}.js (minified bytes before compression)`);
  for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    if (bytes > 0) console.log(String(bytes).padStart(9), key);
  }
}
