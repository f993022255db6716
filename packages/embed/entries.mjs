// The files partners can load: the all-in-one embed, and one file per widget for sites that want only one.
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
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  conditions: ['production'],
  logLevel: 'warning',
};
