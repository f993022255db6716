// The files partners load: the all-in-one embed, and one file per widget for sites that want only one.
// One esbuild run builds them all with code splitting: what two entries share (lit, the shared blocks, the
// SDK) is one chunk the browser caches once, and catalogues of languages other than ja are chunks fetched
// only by visitors who read them. Partners host the whole dist/ folder and paste one URL.
import { readdirSync, existsSync } from 'node:fs';

const here = new URL('./', import.meta.url);

/** @returns {{ name: string, path: string }[]} output name (without .js) and absolute source path */
export function embedEntries() {
  const entries = [{ name: 'tsunagu', path: new URL('src/tsunagu.ts', here).pathname }];
  const dir = new URL('src/entries/', here);
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.ts') && !file.endsWith('.test.ts')) {
        entries.push({ name: file.replace(/\.ts$/, ''), path: new URL(file, dir).pathname });
      }
    }
  }
  return entries;
}

/** esbuild options shared by the build and the size benchmark, so the bench measures what ships. */
export const esbuildOptions = {
  bundle: true,
  format: 'esm',
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  conditions: ['production'],
  logLevel: 'warning',
};

/** Every entry in one build: `{ name: path }`, so output files are named after the entries. */
export function entryPoints() {
  return Object.fromEntries(embedEntries().map((e) => [e.name, e.path]));
}
