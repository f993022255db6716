#!/usr/bin/env node
// The tsunagu-server command. Installed from npm it runs the built JavaScript (dist/cli.js) with plain
// Node. In this repository's checkout (recognised by the package's tsconfig.json, which is never published)
// it runs the TypeScript sources through tsx instead, so development never needs a build and never runs a
// stale one.
import { existsSync } from 'node:fs';

if (existsSync(new URL('../tsconfig.json', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
} else {
  await import('../dist/cli.js');
}
