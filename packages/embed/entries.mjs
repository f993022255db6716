// The files partners load: the all-in-one embed, and one file per widget for sites that want only one.
// Each is its own esbuild run with code splitting: a widget's file holds everything its first screen needs
// in one response (issue 18: on a 128 kbps phone, ten chunks cost a round trip more and ~15 kB more than
// one file, gzip compressing each apart), and what it loads later (catalogues of languages other than ja,
// the receipt's help card) are chunks fetched only when needed. tsunagu.js fetches each widget as a chunk
// when its tag appears; those widget chunks share lit, the blocks and the SDK among themselves. Partners
// host the whole dist/ folder and paste one URL (one entry per page: two widget files on one page would
// each bring their own lit; such a page uses tsunagu.js).
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';

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

/**
 * Builds every entry as build.mjs ships it (one esbuild run per entry, chunks side by side in chunks/;
 * names carry content hashes, so two runs never write different bytes to one name). `options` are added to
 * esbuildOptions (outdir, write, metafile, sourcemap). Returns the runs' outputFiles and merged metafile.
 */
export async function buildEmbed(options) {
  const results = [];
  // one after the other: two runs may write the same shared chunk (same bytes, same name)
  for (const { name, path } of embedEntries()) {
    const preloads = name === 'tsunagu' ? await widgetPreloads(path, options) : undefined;
    const define = preloads ? { __TSUNAGU_PRELOADS__: JSON.stringify(JSON.stringify(preloads)) } : {};
    const result = await build({
      ...esbuildOptions,
      ...options,
      metafile: true,
      define,
      entryPoints: { [name]: path },
    });
    if (preloads) {
      const built = new Set(Object.keys(result.metafile.outputs).map(inOutdir(options)));
      const missing = Object.values(preloads)
        .flat()
        .filter((file) => !built.has(file));
      if (missing.length)
        throw new Error(`tsunagu.js would preload files the build did not write: ${missing.join(' ')}`);
    }
    results.push(result);
  }
  return {
    outputFiles: results.flatMap((r) => r.outputFiles ?? []),
    metafile: options.metafile
      ? { outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)) }
      : undefined,
  };
}

/** A metafile path (relative to the working directory) as a path inside the build's outdir, as pages ask for it. */
const inOutdir = (options) => (path) => relative(resolve(options.outdir), resolve(path));

/**
 * For tsunagu.js: each widget chunk's static imports that tsunagu.js itself does not load, by define module
 * name (`concern-report` → ['chunks/chunk-….js', …]), for src/preload.ts. Found by a first build in memory;
 * the value only changes the entry's own code, so the chunks of the real build are the same files.
 */
async function widgetPreloads(path, options) {
  // the same options as the real build (a linked source map changes every chunk's bytes, so its name)
  const probe = await build({
    ...esbuildOptions,
    ...options,
    entryPoints: { tsunagu: path },
    define: { __TSUNAGU_PRELOADS__: 'undefined' },
    write: false,
    metafile: true,
  });
  const name = inOutdir(options);
  const outputs = Object.fromEntries(
    Object.entries(probe.metafile.outputs).map(([p, info]) => [name(p), info]),
  );
  const staticClosure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const i of outputs[file].imports)
      if (i.kind === 'import-statement' && !i.external) staticClosure(name(i.path), seen);
    return seen;
  };
  const own = staticClosure('tsunagu.js');
  const preloads = {};
  for (const [file, info] of Object.entries(outputs)) {
    const widget = /\/define\/([^/]+)\.ts$/.exec(info.entryPoint ?? '')?.[1];
    if (!widget || file.endsWith('.map')) continue;
    preloads[widget] = [...staticClosure(file)].filter((f) => f !== file && !own.has(f)).sort();
  }
  return preloads;
}
