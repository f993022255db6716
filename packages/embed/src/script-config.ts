import type { TsunaguDefaults } from '@tsunagu/elements';

/**
 * Finds the `<script type="module">` tag that loaded this file. Module scripts have no
 * `document.currentScript`, so we match the tag whose resolved `src` is this module's own URL.
 */
export function findOwnScript(moduleUrl: string, doc: Document = document): HTMLScriptElement | null {
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (new URL(script.src, doc.baseURI).href === moduleUrl) return script;
  }
  return null;
}

/** Reads `data-api-base`, `data-key` and `data-lang` from the partner's snippet. */
export function readScriptConfig(script: HTMLScriptElement | null): TsunaguDefaults {
  if (!script) return {};
  const config: TsunaguDefaults = {};
  const { apiBase, key, lang } = script.dataset;
  if (apiBase) config.apiBase = apiBase;
  if (key) config.key = key;
  if (lang) config.locale = lang;
  return config;
}
