/**
 * Every tag the all-in-one embed can register, with the module that registers it. Each import is its own
 * chunk, so a page fetches only the widgets it shows.
 */
export const WIDGET_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  'tsunagu-concern-report': () => import('@tsunagu/elements/define/concern-report.js'),
  'tsunagu-report-status': () => import('@tsunagu/elements/define/concern-report.js'),
  'tsunagu-window-finder': () => import('@tsunagu/elements/define/window-finder.js'),
  'tsunagu-watch-signup': () => import('@tsunagu/elements/define/watch-signup.js'),
  'tsunagu-awareness': () => import('@tsunagu/elements/define/awareness.js'),
  'tsunagu-self-check': () => import('@tsunagu/elements/define/awareness.js'),
  'tsunagu-help-card': () => import('@tsunagu/elements/define/help-card.js'),
  'tsunagu-poster': () => import('@tsunagu/elements/define/poster.js'),
};
