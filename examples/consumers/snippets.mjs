// Runs the code snippets of the docs against the installed tarballs (the consumer suite's scratch project),
// so no snippet in the docs can rot. A fenced block says how it is tested in its info string:
//
//   ```js run=node          run with Node (TSUNAGU_API and TSUNAGU_SECRET_KEY set)
//   ```ts run=typecheck     type-checked, strict (bundler resolution, DOM + Node types; .tsx with React JSX)
//   ```html run=browser     pasted into a page in Chromium: every tsunagu-* tag in it must be defined and
//                           render, with no page or console error
//   ```sh run=sh            run with bash in the doc's own scratch folder, after the doc's earlier sh blocks
//   ```sh run=serve         started in the background there (its first output line: the base URL)
//   ```sh run=install       npm install lines: every package named must be one we pack or one the suite
//                           installs (nothing is fetched for the check)
//   ```vue file=PATH        must be the same text as that file of the repository (which a test runs)
//   ```json skip=REASON     not run, and says why (e.g. skip=needs-a-staff-session): listed in the output,
//                           so what is untested stays visible
//
// In docs/*.md every block must say one of these; in packages/*/README.md the marked ones run. Placeholders
// are replaced before running: https://api.example.jp → the test server, pk_… → its demo key,
// https://cdn.example.jp/tsunagu@<version>/ → the CDN folder just built, sha384-… → that file's integrity.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Extra checks a browser snippet can ask for with `assert=NAME`, run in the page after it rendered: each
 * returns an empty string when the snippet did what its doc says, else what went wrong.
 */
const PAGE_ASSERTS = {
  // theming.md: the brand colour reaches the widget's own controls, and ::part() styles a result card.
  brand: () => {
    const finder = document.querySelector('tsunagu-window-finder');
    const brand = getComputedStyle(finder).getPropertyValue('--tsunagu-color-primary').trim();
    const probe = document.createElement('span');
    probe.style.color = brand;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    const uses = [...finder.shadowRoot.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      return [style.color, style.backgroundColor, style.borderTopColor].includes(rgb);
    });
    const card = finder.shadowRoot.querySelector('[part~="result"]');
    const edge = card && getComputedStyle(card);
    if (!uses.length) return `nothing in the finder uses ${brand} (${rgb})`;
    if (!edge || edge.borderInlineStartWidth !== '4px' || edge.borderInlineStartColor !== rgb)
      return `::part(result) not styled: ${edge?.borderInlineStartWidth} ${edge?.borderInlineStartColor}`;
    return '';
  },
  // languages.md: each widget speaks the language its own or its ancestor's lang asks for.
  languages: () => {
    const finder = document.querySelector('tsunagu-window-finder');
    const report = document.querySelector('section[lang="en"] tsunagu-concern-report');
    if (finder.i18n.locale !== 'ja-x-easy') return `finder: ${finder.i18n.locale}, not ja-x-easy`;
    if (report.i18n.locale !== 'en') return `report: ${report.i18n.locale}, not en`;
    const text = report.shadowRoot.textContent.replace(/\s+/g, ' ');
    // English words, with Japanese only in the names of the national lines it lists.
    const latin = (text.match(/[A-Za-z]/g) ?? []).length;
    const japanese = (text.match(/[\u3040-\u30ff\u4e00-\u9fff]/g) ?? []).length;
    if (latin < 5 * japanese) return `report text is not English: ${text.slice(0, 80)}`;
    return '';
  },
};

export function collectSnippets() {
  const files = [
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ path: join(root, 'docs', f), strict: true })),
    ...['schema', 'client', 'elements', 'embed', 'server'].map((p) => ({
      path: join(root, 'packages', p, 'README.md'),
      strict: false,
    })),
  ];
  const snippets = [];
  const unmarked = [];
  for (const { path, strict } of files) {
    const lines = readFileSync(path, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = lines[i].match(/^```(\w+)(.*)$/);
      if (!open) continue;
      const end = lines.indexOf('```', i + 1);
      const code = lines.slice(i + 1, end).join('\n');
      const meta = Object.fromEntries([...open[2].matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]]));
      const where = `${relative(root, path)}:${i + 1}`;
      if (meta.run || meta.file || meta.skip)
        snippets.push({ lang: open[1], ...meta, code, where, doc: relative(root, path) });
      else if (strict) unmarked.push(where);
      i = end;
    }
  }
  return { snippets, unmarked };
}

/**
 * @param {object} ctx { scratch, apiBase, secretKey, demoKey, origin, browser, cdn (manifest), packs, check }
 * `check(name, fn)` records one result per snippet.
 */
export async function runSnippets(ctx) {
  const { snippets, unmarked } = collectSnippets();
  const dir = join(ctx.scratch, 'snippets');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await ctx.check(`docs: every snippet in docs/ says how it is tested (${snippets.length} snippets)`, () => {
    if (unmarked.length) throw new Error(`unmarked snippets: ${unmarked.join(', ')}`);
  });

  const cdnBase = `${ctx.origin}/cdn/${ctx.cdn.folder}/`;
  const fill = (code) =>
    code
      .replace(/https:\/\/cdn\.example\.jp\/tsunagu@[\w.-]+\//g, cdnBase)
      .replace(/(src="[^"]*\/)([\w-]+\.js)"\s+integrity="sha384-…"/g, (_, prefix, file) => {
        const integrity = ctx.cdn.files[file]?.integrity ?? 'sha384-unknown';
        return `${prefix}${file}" integrity="${integrity}"`;
      })
      .replaceAll('https://api.example.jp', ctx.apiBase)
      .replaceAll('pk_…', ctx.demoKey)
      .replace(/--port \d+/g, '--port 0');
  const env = { TSUNAGU_API: ctx.apiBase, TSUNAGU_SECRET_KEY: ctx.secretKey };
  const slug = (s) => s.where.replace(/[^\w]+/g, '-');

  // Type-checked snippets: one tsc run over all of them.
  const typed = snippets.filter((s) => s.run === 'typecheck');
  if (typed.length) {
    for (const s of typed) {
      const body = /^\s*(import|export)\s/m.test(s.code) ? s.code : `${s.code}\nexport {};`;
      writeFileSync(join(dir, `${slug(s)}.${s.lang === 'tsx' ? 'tsx' : 'ts'}`), `${body}\n`);
    }
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          jsx: 'react-jsx',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: ['node'],
        },
        include: ['*.ts', '*.tsx'],
      }),
    );
    await ctx.check(`docs: ${typed.length} TypeScript snippets type-check`, () => {
      const r = spawnSync(
        process.execPath,
        [join(ctx.scratch, 'node_modules/typescript/bin/tsc'), '-p', dir],
        {
          encoding: 'utf8',
        },
      );
      if (r.status !== 0) throw new Error(r.stdout + r.stderr);
    });
  }

  const serving = [];
  try {
    const skipped = snippets.filter((s) => s.skip);
    if (skipped.length)
      console.log(
        `docs: not run (${skipped.length}): ${skipped.map((s) => `${s.where} ${s.skip}`).join(', ')}`,
      );
    for (const s of snippets) {
      if (s.run === 'typecheck' || s.skip) continue;
      const name = `docs: ${s.where} (${s.file ? 'same as a tested file' : s.run})`;
      await ctx.check(name, async () => {
        if (s.file) {
          const actual = readFileSync(join(root, s.file), 'utf8').trim();
          if (actual !== s.code.trim()) throw new Error(`differs from ${s.file}`);
          return;
        }
        const docDir = join(dir, s.doc.replace(/[^\w]+/g, '-'));
        if (!existsSync(docDir)) {
          mkdirSync(docDir, { recursive: true });
          symlinkSync(join(ctx.scratch, 'node_modules'), join(docDir, 'node_modules'));
        }
        const runEnv = {
          ...process.env,
          ...env,
          PATH: `${join(ctx.scratch, 'node_modules/.bin')}:${process.env.PATH}`,
          // a dev key made by a snippet stays in the scratch project, not in the runner's home
          TSUNAGU_KEY_DIR: join(ctx.scratch, 'dev-keys'),
        };
        if (s.run === 'node') {
          const file = join(dir, `${slug(s)}.mjs`);
          writeFileSync(file, fill(s.code));
          const r = spawnSync(process.execPath, [file], {
            cwd: docDir,
            env: runEnv,
            encoding: 'utf8',
            timeout: 30000,
          });
          if (r.status !== 0) throw new Error(r.stdout + r.stderr);
          return r.stdout.trim().split('\n').pop()?.slice(0, 120);
        }
        if (s.run === 'sh') {
          const r = spawnSync('bash', ['-euo', 'pipefail', '-c', fill(s.code)], {
            cwd: docDir,
            env: runEnv,
            encoding: 'utf8',
            timeout: 30000,
          });
          if (r.status !== 0) throw new Error(r.stdout + r.stderr);
          return r.stdout
            .trim()
            .split('\n')
            .pop()
            ?.replace(/\b(sk|pk)_\w+/g, '$1_…')
            .slice(0, 120);
        }
        if (s.run === 'serve') {
          // Its own process group, so stopping it stops npx and the server under it.
          const child = spawn('bash', ['-c', fill(s.code)], {
            cwd: docDir,
            env: runEnv,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
          });
          serving.push(child);
          const url = await new Promise((resolve, reject) => {
            let out = '';
            let err = '';
            child.stdout.on('data', (c) => {
              out += c;
              if (out.includes('\n')) resolve(out.split('\n')[0].trim());
            });
            child.stderr.on('data', (c) => (err += c));
            child.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
          });
          const health = await fetch(`${url}/healthz`);
          if (health.status !== 200) throw new Error(`${url}/healthz → ${health.status}`);
          return `${url} → /healthz 200`;
        }
        if (s.run === 'install') {
          const known = new Set([
            ...ctx.packs.map((p) => p.name),
            ...Object.keys(JSON.parse(readFileSync(join(ctx.scratch, 'package.json'), 'utf8')).dependencies),
          ]);
          const named = s.code
            .split('\n')
            .filter((l) => /^npm (i|install)\b/.test(l))
            .flatMap((l) => l.split(/\s+/).slice(2))
            .filter((w) => !w.startsWith('-'))
            .map((w) => w.replace(/(.)@[^/]*$/, '$1'));
          const unknown = named.filter((n) => !known.has(n));
          if (!named.length || unknown.length)
            throw new Error(`not installable here: ${unknown.join(', ') || '(none named)'}`);
          return named.join(' ');
        }
        if (s.run === 'browser') {
          const page = await ctx.browser.newPage();
          const problems = [];
          page.on('pageerror', (e) => problems.push(e.message));
          page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
          const file = join(ctx.scratch, 'snippets', `${slug(s)}.html`);
          writeFileSync(
            file,
            `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${s.where}</title></head><body>\n${fill(s.code)}\n</body></html>`,
          );
          await page.goto(`${ctx.origin}/snippets/${slug(s)}.html`);
          const tags = [...new Set([...s.code.matchAll(/<(tsunagu-[a-z-]+)/g)].map((m) => m[1]))];
          await page.waitForFunction(
            (names) =>
              names.every((n) =>
                [...document.querySelectorAll(n)].every(
                  (el) => customElements.get(n) && el.shadowRoot?.childElementCount,
                ),
              ),
            tags,
            { timeout: 15000 },
          );
          // A finder has loaded when it shows its count or an error; an error fails the snippet.
          await page.waitForFunction(
            () =>
              [...document.querySelectorAll('tsunagu-window-finder')].every((f) =>
                f.shadowRoot.querySelector('.count, [role="alert"]'),
              ),
            undefined,
            { timeout: 15000 },
          );
          const alerts = await page.evaluate(() =>
            [...document.querySelectorAll('tsunagu-window-finder')]
              .map((f) => f.shadowRoot.querySelector('[role="alert"]')?.textContent?.trim())
              .filter(Boolean),
          );
          problems.push(...alerts.map((a) => `finder error: ${a}`));
          if (s.assert) {
            if (!PAGE_ASSERTS[s.assert]) throw new Error(`unknown assert=${s.assert}`);
            const failure = await page.evaluate(`(${PAGE_ASSERTS[s.assert].toString()})()`);
            if (failure) problems.push(failure);
          }
          await page.close();
          if (problems.length) throw new Error(problems.join('; '));
          return `${tags.join(', ')}${s.assert ? ` (${s.assert} ✓)` : ''}`;
        }
        throw new Error(`unknown run=${s.run}`);
      });
    }
  } finally {
    for (const child of serving) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
