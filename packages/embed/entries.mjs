// The files partners load: the all-in-one embed, and one file per widget for sites that want only one.
// Each is its own rollup run with code splitting: a widget's file holds everything its first screen needs
// in one response (issue 18: on a 128 kbps phone, ten chunks cost a round trip more and ~15 kB more than
// one file, gzip compressing each apart; a second file chained behind the first costs 0.5 s), and what it
// loads later (catalogues of languages other than ja,
// the receipt's help card) are chunks fetched only when needed. tsunagu.js fetches each widget as a chunk
// when its tag appears; those widget chunks share lit, the blocks and the SDK among themselves. Partners
// host the whole dist/ folder and paste one URL (one entry per page: two widget files on one page would
// each bring their own lit; such a page uses tsunagu.js).
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { rollup } from 'rollup';

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

/**
 * esbuild options for what is still built by esbuild alone (the SDK's size in bench/size.mjs). The embed
 * itself is bundled by rollup (buildEmbed below) with esbuild as its TypeScript transform and minifier.
 */
export const esbuildOptions = {
  bundle: true,
  format: 'esm',
  splitting: true,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  // Japanese words as UTF-8, not \u escapes (module scripts are always decoded as UTF-8): 10 % fewer raw bytes.
  charset: 'utf8',
  conditions: ['production'],
  logLevel: 'warning',
};

/** Every entry in one build: `{ name: path }`, so output files are named after the entries. */
export function entryPoints() {
  return Object.fromEntries(embedEntries().map((e) => [e.name, e.path]));
}

/**
 * Builds every entry as build.mjs ships it: one rollup run per entry, chunks side by side in chunks/ (names
 * carry content hashes, so two runs never write different bytes to one name). Rollup rather than esbuild
 * because it keeps code a later part shares with its first screen inside the entry file, where esbuild
 * moves it into a chunk the entry imports: a second request chained behind the first, 0.5 s on a 128 kbps
 * line (issue 18). A later part then imports the entry by its plain URL, so pages load an entry without a
 * query string (docs/cdn.md). `options`: outdir, write (default true), metafile, sourcemap ('linked').
 * Returns every file written (`outputFiles`: path, contents) and, with `metafile`, the chunk graph in the
 * shape of esbuild's metafile (outputs → imports with kind, entryPoint, inputs) for bench/.
 */
export async function buildEmbed(options) {
  const outdir = resolve(options.outdir);
  const outputFiles = [];
  const outputs = {};
  // one after the other: two runs may write the same shared chunk (same bytes, same name)
  for (const { name, path } of embedEntries()) {
    const sourcemap = options.sourcemap === 'linked';
    const written = await bundleEntry(name, path, { sourcemap, preloads: name === 'tsunagu' });
    for (const file of written) {
      const full = join(outdir, file.fileName);
      const contents = file.type === 'chunk' ? file.code : file.source;
      outputFiles.push({
        path: full,
        contents: typeof contents === 'string' ? Buffer.from(contents) : contents,
      });
      if (file.type === 'chunk') outputs[full] = metafileEntry(file, outdir);
    }
  }
  if (options.write !== false) {
    for (const file of outputFiles) {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.contents);
    }
  }
  return { outputFiles, metafile: options.metafile ? { outputs } : undefined };
}

/** A rollup chunk described as esbuild's metafile describes an output (what bench/bundle-graph.mjs reads). */
function metafileEntry(chunk, outdir) {
  const at = (fileName) => join(outdir, fileName);
  return {
    bytes: Buffer.byteLength(chunk.code),
    entryPoint: chunk.facadeModuleId ?? dynamicEntryOf(chunk),
    imports: [
      ...chunk.imports.map((f) => ({ path: at(f), kind: 'import-statement', external: false })),
      ...chunk.dynamicImports.map((f) => ({ path: at(f), kind: 'dynamic-import', external: false })),
    ],
    inputs: Object.fromEntries(
      Object.entries(chunk.modules).map(([id, m]) => [id, { bytesInOutput: m.renderedLength }]),
    ),
  };
}

/**
 * The module a dynamic-import chunk was made for, when rollup gives it no facade (the chunk also exports to
 * a later part): rollup names the chunk after that module, which runs last of the chunk's modules.
 */
function dynamicEntryOf(chunk) {
  if (!chunk.isDynamicEntry) return undefined;
  return chunk.moduleIds.findLast((id) => basename(id).replace(/\.[^.]+$/, '') === chunk.name);
}

/** Stands in tsunagu.js's source for its preload map until the chunks it names are known (renderChunk). */
const PRELOADS_PLACEHOLDER = '@@TSUNAGU_PRELOADS@@';

/**
 * For tsunagu.js: each widget chunk's static imports that tsunagu.js itself does not load, by define module
 * name (`concern-report` → ['chunks/lit-….js', …]), for src/preload.ts. Read off the very build that writes
 * them, while rollup still names chunks by placeholders that it replaces with their hashed names everywhere
 * in the code: a second build run to learn the names can split the chunks differently (rollup's chunking of
 * this graph is not always the same twice), and the map then named files that were never written.
 * `chunks`: renderChunk's `meta.chunks`.
 */
function widgetPreloads(chunks, entryFileName) {
  const staticClosure = (file, seen = new Set()) => {
    if (seen.has(file) || !chunks[file]) return seen;
    seen.add(file);
    for (const imported of chunks[file].imports) staticClosure(imported, seen);
    return seen;
  };
  const own = staticClosure(entryFileName);
  const preloads = {};
  for (const chunk of Object.values(chunks)) {
    const widget = /\/define\/([^/]+)\.ts$/.exec(chunk.facadeModuleId ?? dynamicEntryOf(chunk) ?? '')?.[1];
    if (!widget) continue;
    preloads[widget] = [...staticClosure(chunk.fileName)]
      .filter((f) => f !== chunk.fileName && !own.has(f))
      .sort();
  }
  return preloads;
}

/** Our sources import `./x.js` for `./x.ts` (TypeScript's convention); esbuild strips the types. */
function typescript({ preloads }) {
  const define = { __TSUNAGU_PRELOADS__: preloads ? JSON.stringify(PRELOADS_PLACEHOLDER) : 'undefined' };
  return {
    name: 'tsunagu-typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(ts) ? ts : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2020',
        sourcemap: true,
        sourcefile: id,
        define,
        // as tsconfig.base.json (esbuild's transform does not read tsconfig files)
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
    async renderChunk(code, chunk, _options, meta) {
      if (preloads && chunk.isEntry) {
        const placeholder = JSON.stringify(PRELOADS_PLACEHOLDER);
        if (code.split(placeholder).length !== 2)
          throw new Error(`${chunk.fileName}: expected its preload map's placeholder once`);
        const map = JSON.stringify(widgetPreloads(meta.chunks, chunk.fileName));
        code = code.replace(placeholder, () => JSON.stringify(map));
      }
      const result = await transform(code, {
        minify: true,
        target: 'es2020',
        format: 'esm',
        charset: esbuildOptions.charset,
        legalComments: 'none',
        sourcemap: true,
      });
      return { code: result.code, map: result.map };
    },
    generateBundle(_options, bundle) {
      if (!preloads) return;
      // every file the entry names (its preload map, its imports) is one this build writes
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const named = file.code.match(/chunks\/[\w.-]+\.js/g) ?? [];
        const missing = named.filter((name) => !bundle[name]);
        if (missing.length) throw new Error(`${file.fileName} names files not written: ${missing.join(' ')}`);
      }
    },
  };
}

/** The widgets most pages show. */
const MAIN_WIDGETS = new Set(['concern-report', 'window-finder', 'watch-signup']);

/**
 * For tsunagu.js (rollup's manualChunks): the widgets' own layer and lit that two of the main widgets'
 * first screens import go into one chunk, `shared`. Rollup would otherwise cut that code into one chunk per
 * set of widgets using it: 13 or 14 files before a main widget's first screen, each gzipped on its own and
 * each a request on a phone line (HTTP/1.1 asks for six at a time). The price: a page with only the help
 * card, the awareness guide or the poster fetches all of `shared` (docs/performance.md). The SDK's and the
 * schema's modules are left to rollup: several widgets import them, but for code only one of them runs on
 * its first screen (the sign-up parses its list with zod).
 */
function firstScreenChunks(id, { getModuleIds, getModuleInfo }) {
  let users = firstScreenChunks.users.get(getModuleInfo);
  if (!users) {
    users = new Map();
    for (const root of getModuleIds()) {
      const widget = /\/define\/([^/]+)\.ts$/.exec(root)?.[1];
      if (!widget || !MAIN_WIDGETS.has(widget)) continue;
      const seen = new Set();
      const walk = (m) => {
        if (seen.has(m)) return;
        seen.add(m);
        for (const next of getModuleInfo(m)?.importedIds ?? []) walk(next);
      };
      walk(root);
      for (const m of seen) users.set(m, (users.get(m) ?? 0) + 1);
    }
    firstScreenChunks.users.set(getModuleInfo, users);
  }
  const layer =
    id.includes('/packages/elements/src/') ||
    /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id);
  return layer && (users.get(id) ?? 0) >= 2 ? 'shared' : undefined;
}
firstScreenChunks.users = new WeakMap();

/**
 * One entry through rollup, in memory: the chunks and (with `sourcemap`) their maps. `preloads`: write the
 * widget chunks' preload map into the entry (tsunagu.js).
 */
async function bundleEntry(name, path, { sourcemap, preloads }) {
  const bundle = await rollup({
    input: { [name]: path },
    plugins: [
      typescript({ preloads }),
      nodeResolve({
        extensions: ['.ts', '.mjs', '.js'],
        browser: true,
        exportConditions: ['production', 'browser'],
      }),
      commonjs(),
    ],
    onwarn(warning, warn) {
      // zod's and lit's comments that rollup reads as misplaced annotations; cycles inside zod
      if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      ...(preloads ? { manualChunks: firstScreenChunks } : {}),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      hashCharacters: 'hex',
      sourcemap,
    });
    return output;
  } finally {
    await bundle.close();
  }
}
