import { preloadWidget } from './preload.js';

/** The module that registers each group of tags; each import is its own chunk. */
const DEFINE_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'concern-report': () => import('@tsunagu/elements/define/concern-report.js'),
  'report-status': () => import('@tsunagu/elements/define/report-status.js'),
  'window-finder': () => import('@tsunagu/elements/define/window-finder.js'),
  'watch-signup': () => import('@tsunagu/elements/define/watch-signup.js'),
  awareness: () => import('@tsunagu/elements/define/awareness.js'),
  'help-card': () => import('@tsunagu/elements/define/help-card.js'),
  poster: () => import('@tsunagu/elements/define/poster.js'),
};

/** Every tag the all-in-one embed can register, with the define module that registers it. */
const WIDGET_MODULES: Readonly<Record<string, keyof typeof DEFINE_MODULES>> = {
  'tsunagu-concern-report': 'concern-report',
  'tsunagu-report-status': 'report-status',
  'tsunagu-window-finder': 'window-finder',
  'tsunagu-watch-signup': 'watch-signup',
  'tsunagu-awareness': 'awareness',
  'tsunagu-self-check': 'awareness',
  'tsunagu-help-card': 'help-card',
  'tsunagu-poster': 'poster',
};

/**
 * Each tag's loader, so a page fetches only the widgets it shows. `embedUrl` (the URL of tsunagu.js) lets a
 * loader ask for the widget chunk's own imports at the same time as the chunk (preload.ts).
 */
export function widgetLoaders(embedUrl: string): Readonly<Record<string, () => Promise<unknown>>> {
  return Object.fromEntries(
    Object.entries(WIDGET_MODULES).map(([tag, name]) => [
      tag,
      () => {
        preloadWidget(name, embedUrl);
        return DEFINE_MODULES[name]!();
      },
    ]),
  );
}
