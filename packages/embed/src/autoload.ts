import { WIDGET_LOADERS } from './widgets.js';

/**
 * Registers each tsunagu widget the first time its tag appears in `root`: on the page now, or added later
 * (a single-page app, React or Vue rendering it after load). Widgets inside another component's shadow root
 * are not seen: such a site loads the widget's own entry (e.g. `window-finder.js`) instead.
 * Stops watching once every widget is loaded. Returns a function that stops it sooner (tests use it).
 */
export function autoload(
  root: Document | Element = document,
  loaders: Readonly<Record<string, () => Promise<unknown>>> = WIDGET_LOADERS,
): () => void {
  const waiting = new Set(Object.keys(loaders).filter((tag) => !customElements.get(tag)));
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  const watch = () => observer.observe(root, { childList: true, subtree: true });
  function load(tag: string) {
    waiting.delete(tag);
    loaders[tag]!().then(
      () => {
        if (waiting.size === 0) observer.disconnect();
      },
      () => {
        waiting.add(tag); // offline: try again when the tag is next added
        watch();
      },
    );
  }
  function scan(node: Document | Element) {
    for (const tag of [...waiting]) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) load(tag);
    }
  }
  scan(root);
  if (waiting.size > 0) watch();
  return () => observer.disconnect();
}
