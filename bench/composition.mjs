#!/usr/bin/env node
// What an embed entry is made of: minified bytes per folder / npm package, largest first, over the files a
// page in Japanese fetches for it (see size.mjs), so size work starts where the bytes are.
// Usage: node bench/composition.mjs [entry-name]   (default: all entries)
import { entryPoints } from '../packages/embed/entries.mjs';
import { buildEmbedInMemory, closureOf } from './bundle-graph.mjs';

const wanted = process.argv[2];
const { outputs } = await buildEmbedInMemory();
for (const name of Object.keys(entryPoints()).filter((n) => !wanted || n === wanted)) {
  const groups = new Map();
  for (const file of closureOf(outputs, `${name}.js`, { followWidgets: name === 'tsunagu' })) {
    for (const [input, info] of Object.entries(outputs[file].inputs)) {
      const pkg = input.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//);
      const key = pkg
        ? `npm:${pkg[1]}`
        : input
            .split('/')
            .slice(0, -1)
            .join('/')
            .replace(/^.*packages\//, '');
      groups.set(key, (groups.get(key) ?? 0) + info.bytesInOutput);
    }
  }
  console.log(`\n${name}.js in ja (minified bytes before compression)`);
  for (const [key, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
    if (bytes > 0) console.log(String(bytes).padStart(9), key);
  }
}
