// Framework types for @tsunagu/elements, generated from custom-elements.json by the well-kept generators
// (custom-element-jsx-integration, custom-element-vuejs-integration) into dist/frameworks/:
//   jsx.d.ts — `CustomElements`, the JSX intrinsic elements (Preact, Solid, React 19 `IntrinsicElements`);
//   vue.d.ts — augments Vue's `GlobalComponents`, so templates complete attributes and events.
// The generators read the manifest literally, so they get a copy tidied for them first: each event gets its
// detail type (the analyzer only sees `new CustomEvent(...)`), inherited attributes get their field name, and
// base-class internals (i18n, announcer, form-association state) are not offered as props.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(new URL('../packages/elements/package.json', import.meta.url));
const { generateJsxTypes } = await import(require.resolve('custom-element-jsx-integration'));
const { generateVuejsTypes } = await import(require.resolve('custom-element-vuejs-integration'));

/** Event name → detail type, as written in the generated file (dist/frameworks/ → ../<module>.js). */
const EVENT_DETAIL = {
  'tsunagu-submit': 'ReportEventDetail',
  'tsunagu-success': 'ReportEventDetail',
  'tsunagu-error': '{ type: import("../concern-report/concern-report.js").ReportErrorType }',
  'tsunagu-signup-complete': 'SignupCompleteDetail',
  'tsunagu-signup-cancelled': '{ activityId: string }',
  'tsunagu-finder-results': 'FinderResultsDetail',
};

/** Inherited members that are the widget's own machinery, not something a page sets. */
const INTERNAL = new Set([
  'i18n',
  'announcer',
  'form',
  'validity',
  'validationMessage',
  'willValidate',
  'effectivelyDisabled',
  'hasUnsentInput',
  'preview',
]);

export function tidyManifest(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName) continue;
      decl.members = (decl.members ?? []).filter((m) => !INTERNAL.has(m.name));
      for (const attr of decl.attributes ?? []) {
        if (!attr.fieldName) attr.fieldName = attr.name === 'publishable-key' ? 'publishableKey' : attr.name;
      }
      decl.events = (decl.events ?? [])
        .filter((event) => EVENT_DETAIL[event.name])
        .map((event) => ({ ...event, type: { text: EVENT_DETAIL[event.name] } }));
    }
  }
  return copy;
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * Vue matches a template's `api-base` / `@tsunagu-finder-results` to the props `apiBase` /
 * `onTsunaguFinderResults`, so kebab-case keys in a component's props type would never be checked. The
 * generator writes attribute names as they are: rename them, and drop the duplicate where an attribute and
 * its property (`publishable-key`, `publishableKey`) become one key.
 */
export function camelCaseVueProps(source) {
  const out = [];
  let seen = null;
  let pending = [];
  for (const line of source.split('\n')) {
    if (/^type \w+Props = \{$/.test(line)) seen = new Set();
    else if (seen && line === '};') seen = null;
    if (!seen) {
      out.push(...pending, line);
      pending = [];
      continue;
    }
    if (/^\s*\/\*\*.*\*\/$/.test(line) || /^\s*\/\*\*/.test(line) || (pending.length && !/\?:/.test(line))) {
      pending.push(line);
      continue;
    }
    const member = line.match(/^(\s*)"?([\w-]+)"?\?:(.*)$/);
    if (!member) {
      out.push(...pending, line);
      pending = [];
      continue;
    }
    const [, indent, name, rest] = member;
    const key = name.startsWith('on') && name.includes('-') ? `on${camel(`-${name.slice(2)}`)}` : camel(name);
    if (!seen.has(key)) out.push(...pending, `${indent}${key}?:${rest}`);
    seen.add(key);
    pending = [];
  }
  return out.join('\n');
}

export function generateFrameworkTypes(manifest, outdir) {
  const tidy = tidyManifest(manifest);
  const paths = {};
  for (const mod of tidy.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.tagName) paths[decl.name] = `../${mod.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
    }
  }
  const common = { outdir, componentTypePath: (name) => paths[name], hideLogs: true };
  generateJsxTypes(tidy, { ...common, fileName: 'jsx.d.ts' });
  generateVuejsTypes(tidy, { ...common, fileName: 'vue.d.ts' });
  const vueFile = join(outdir, 'vue.d.ts');
  writeFileSync(vueFile, camelCaseVueProps(readFileSync(vueFile, 'utf8')));
  // A runtime module for each, so `import '@tsunagu/elements/vue'` resolves under every bundler too.
  for (const name of ['jsx', 'vue']) {
    writeFileSync(join(outdir, `${name}.js`), '// Types only: see the .d.ts beside this file.\nexport {};\n');
  }
  return {
    jsx: readFileSync(join(outdir, 'jsx.d.ts'), 'utf8'),
    vue: readFileSync(join(outdir, 'vue.d.ts'), 'utf8'),
  };
}
