#!/usr/bin/env node
// `pnpm build:cdn`: the script-tag build as a versioned, immutable folder a CDN serves as it is:
//
//   dist/cdn/tsunagu@<version>/
//     tsunagu.js, concern-report.js, window-finder.js, watch-signup.js   the entries partners load
//     chunks/…                  what the entries load later (widgets of tsunagu.js, other languages' words)
//     *.js.map                  source maps (linked from each file, fetched only by developer tools)
//     manifest.json             every file with its size and SRI hash (sha384), the entries, the import map
//     snippet.html              what a partner pastes (the entry with its integrity hash)
//
// A published version's folder never changes: serve it with `Cache-Control: public, max-age=31536000,
// immutable` (docs/cdn.md). The version is @tsunagu/embed's; building the same sources twice gives the same
// bytes and hashes.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildEmbed, embedEntries } from '../packages/embed/entries.mjs';

const root = new URL('../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'packages/embed/package.json'), 'utf8'));
const folder = `tsunagu@${version}`;
const outdir = join(root, 'dist/cdn', folder);

/** Where partners load it from in the snippet; a city sets its own CDN origin. */
const base = (process.env.TSUNAGU_CDN_BASE ?? 'https://cdn.example.jp').replace(/\/$/, '');

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

export function snippet({ src, integrity }) {
  return `<script
  type="module"
  src="${src}"
  integrity="${integrity}"
  crossorigin="anonymous"
  data-api-base="https://api.example.jp"
  data-key="pk_…"
></script>
`;
}

export async function buildCdn() {
  rmSync(outdir, { recursive: true, force: true });
  await buildEmbed({ sourcemap: 'linked', outdir });
  const files = {};
  for (const entry of readdirSync(outdir, { recursive: true }).map(String).sort()) {
    const path = join(outdir, entry);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    files[entry] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, integrity: sri(bytes) };
  }
  const entries = Object.fromEntries(embedEntries().map(({ name }) => [name, `${name}.js`]));
  // Browsers that support import-map integrity (Chromium 127+) also check every chunk the entries import.
  const importMap = {
    imports: {},
    integrity: Object.fromEntries(
      Object.entries(files)
        .filter(([name]) => name.endsWith('.js'))
        .map(([name, file]) => [`${base}/${folder}/${name}`, file.integrity]),
    ),
  };
  const manifest = {
    name: '@tsunagu/embed',
    version,
    folder,
    base: `${base}/${folder}/`,
    entries,
    files,
    importMap,
  };
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const main = files['tsunagu.js'];
  const paste = snippet({ src: `${base}/${folder}/tsunagu.js`, integrity: main.integrity });
  writeFileSync(
    join(outdir, 'snippet.html'),
    `<!-- tsunagu ${version}: paste into your page (change data-api-base and data-key). -->\n${paste}`,
  );
  return { outdir, manifest, snippet: paste };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { outdir: dir, manifest, snippet: paste } = await buildCdn();
  const total = Object.values(manifest.files).reduce((sum, f) => sum + f.gzip, 0);
  console.log(
    `built ${relative(process.cwd(), dir)}/: ${Object.keys(manifest.files).length} files, ${(total / 1024).toFixed(1)} kB gzip in all`,
  );
  for (const [name, path] of Object.entries(manifest.entries)) {
    const f = manifest.files[path];
    console.log(`  ${name.padEnd(16)} ${(f.gzip / 1024).toFixed(1).padStart(5)} kB gzip  ${f.integrity}`);
  }
  console.log(`\nsnippet (${relative(process.cwd(), join(dir, 'snippet.html'))}):\n${paste}`);
}
