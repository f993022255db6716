// Walks the embed build's chunk graph (rollup's, in the shape of esbuild's metafile: entries.mjs): which output files a browser fetches for an entry.
import { buildEmbed } from '../packages/embed/entries.mjs';

/**
 * The embed build in memory, exactly as packages/embed/build.mjs writes it: `outputs` (the metafile's, keyed
 * by path relative to dist/) and `contents` (bytes by the same path).
 */
export async function buildEmbedInMemory() {
  const outdir = new URL('../packages/embed/dist/', import.meta.url).pathname;
  const result = await buildEmbed({ outdir, write: false, metafile: true });
  const relative = (path) => path.replace(/^.*\/dist\//, '');
  return {
    outputs: Object.fromEntries(
      Object.entries(result.metafile.outputs).map(([p, info]) => [relative(p), info]),
    ),
    contents: new Map(result.outputFiles.map((f) => [relative(f.path), f.contents])),
  };
}

export const isLocaleChunk = (info) =>
  /\/(locales|messages|field-errors)(\/later)?\/[^/]+\.ts$/.test(info.entryPoint ?? '');
export const isWidgetChunk = (info) => /\/define\/[^/]+\.ts$/.test(info.entryPoint ?? '');

/**
 * The entry and every file it imports statically, transitively. With `followWidgets`, also the widget
 * chunks it imports dynamically (the autoloader's) and theirs — never the catalogue chunks of other locales.
 * `outputs`: the metafile's outputs keyed by path relative to dist/.
 */
export function closureOf(outputs, start, { followWidgets = false } = {}) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file].imports) {
      const path = imported.path.replace(/^.*\/dist\//, '');
      if (imported.external) continue;
      if (imported.kind === 'import-statement') visit(path);
      else if (imported.kind === 'dynamic-import' && followWidgets && isWidgetChunk(outputs[path]))
        visit(path);
    }
  };
  visit(start);
  return seen;
}

/** The catalogue chunks (and what they import) that `files` can fetch, grouped by locale file name. */
export function localeChunks(outputs, files) {
  const byLocale = new Map();
  for (const file of files) {
    for (const imported of outputs[file].imports) {
      const path = imported.path.replace(/^.*\/dist\//, '');
      if (imported.kind !== 'dynamic-import' || !isLocaleChunk(outputs[path])) continue;
      const locale = outputs[path].entryPoint.match(/([^/]+)\.ts$/)[1];
      if (!byLocale.has(locale)) byLocale.set(locale, new Set());
      for (const needed of closureOf(outputs, path)) if (!files.has(needed)) byLocale.get(locale).add(needed);
    }
  }
  return byLocale;
}

/**
 * The later parts a first screen can fetch (its dynamic imports that are neither catalogues nor, for
 * tsunagu.js, other widgets) and, for each, the files it imports that the first screen does not already
 * have. Those should be none: a browser that keeps a failed module fetch (Chromium 150; the spec no longer
 * keeps it, whatwg/html#10327, nor does Chromium 156) can retry a failed part under a new URL
 * (internal/later-part.ts), but not a failed file that the part imports.
 */
export function laterParts(outputs, files) {
  const parts = new Map();
  for (const file of files) {
    for (const imported of outputs[file].imports) {
      const path = imported.path.replace(/^.*\/dist\//, '');
      if (imported.kind !== 'dynamic-import' || files.has(path)) continue;
      if (isLocaleChunk(outputs[path]) || isWidgetChunk(outputs[path])) continue;
      parts.set(
        path,
        [...closureOf(outputs, path)].filter((f) => f !== path && !files.has(f)),
      );
    }
  }
  return parts;
}
