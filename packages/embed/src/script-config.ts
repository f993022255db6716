import type { TsunaguDefaults } from '@tsunagu/elements';

/**
 * Finds the `<script type="module">` tag that loaded this file. Module scripts have no
 * `document.currentScript`, so we match the tag whose resolved `src` is this module's own URL, ignoring a
 * query string and fragment: a later part imports its entry by the plain URL, so on a page that wrote
 * `tsunagu.js?v=2` that second copy of the entry must find the same tag and the same key.
 */
export function findOwnScript(moduleUrl: string, doc: Document = document): HTMLScriptElement | null {
  const own = withoutQuery(moduleUrl);
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (withoutQuery(new URL(script.src, doc.baseURI).href) === own) return script;
  }
  return null;
}

function withoutQuery(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
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
