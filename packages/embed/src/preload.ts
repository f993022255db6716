/**
 * The files each widget chunk imports statically, relative to tsunagu.js, as JSON: written into the built
 * tsunagu.js by entries.mjs (a string, written once rollup knows the chunks' names), absent when the source
 * runs unbundled (tests).
 */
declare const __TSUNAGU_PRELOADS__: string | undefined;

const PRELOADS: Readonly<Record<string, readonly string[]>> =
  typeof __TSUNAGU_PRELOADS__ === 'string'
    ? (JSON.parse(__TSUNAGU_PRELOADS__) as Record<string, string[]>)
    : {};

/**
 * Asks for a widget chunk's imports together with the chunk (`<link rel="modulepreload">`), so they arrive
 * in one round trip instead of two: the browser otherwise learns of them only once the chunk has arrived,
 * 0.4 s later on a throttled phone line (issue 18).
 */
export function preloadWidget(name: string, embedUrl: string): void {
  for (const file of PRELOADS[name] ?? []) {
    const href = new URL(file, embedUrl).href;
    if (
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].some(
        (l) => l.href === href,
      )
    )
      continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}
