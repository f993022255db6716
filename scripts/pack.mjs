#!/usr/bin/env node
// Packs every publishable package the way `pnpm publish` would (publishConfig applied, `workspace:` ranges
// replaced by versions) into .pack/ (never committed), after a fresh `build:packages` unless --no-build.
// Prints each tarball's size and file count and writes .pack/packs.json for the checks and the consumers.
//   node scripts/pack.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
export const PACKAGES = ['schema', 'client', 'elements', 'embed', 'server'];
const out = join(root, '.pack');

function sh(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  }
  return result.stdout;
}

/** Names of the files in a .tgz (ustar headers), without extracting it. */
export function tarballFiles(file) {
  const tar = gunzipSync(readFileSync(file));
  const names = [];
  for (let at = 0; at + 512 <= tar.length;) {
    const name = tar
      .subarray(at, at + 100)
      .toString('utf8')
      .replace(/\0.*$/s, '');
    if (!name) break;
    const prefix = tar
      .subarray(at + 345, at + 500)
      .toString('utf8')
      .replace(/\0.*$/s, '');
    const size = parseInt(
      tar
        .subarray(at + 124, at + 136)
        .toString('utf8')
        .trim() || '0',
      8,
    );
    names.push((prefix ? `${prefix}/${name}` : name).replace(/^package\//, ''));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

export function pack({ build = true } = {}) {
  if (build) sh(process.execPath, [join(root, 'scripts/build-packages.mjs')], root);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packs = [];
  for (const name of PACKAGES) {
    const dir = join(root, 'packages', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    sh('pnpm', ['pack', '--pack-destination', out], dir);
    const file = join(out, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
    const files = tarballFiles(file);
    packs.push({ name: pkg.name, version: pkg.version, dir, file, bytes: statSync(file).size, files });
  }
  writeFileSync(join(out, 'packs.json'), JSON.stringify(packs, null, 2));
  return packs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packs = pack({ build: !process.argv.includes('--no-build') });
  for (const p of packs) {
    console.log(
      `${`${p.name}@${p.version}`.padEnd(26)} ${(p.bytes / 1024).toFixed(1).padStart(7)} kB  ${String(p.files.length).padStart(4)} files  ${p.file.replace(root, '')}`,
    );
  }
}
