import { holdLaterParts } from '@tsunagu/elements/defaults.js';

/**
 * Registers each tsunagu widget the first time its tag appears in `root`: on the page now, or added later
 * (a single-page app, React or Vue rendering it after load). Widgets inside another component's shadow root
 * are not seen: such a site loads the widget's own entry (e.g. `window-finder.js`) instead.
 * Stops watching once every widget is loaded. The rest of each widget's flow is held until the first
 * screens found in one scan have arrived. Returns a function that stops it sooner (tests use it).
 */
export function autoload(
  root: Document | Element = document,
  loaders: Readonly<Record<string, () => Promise<unknown>>>,
): () => void {
  const waiting = new Set(Object.keys(loaders).filter((tag) => !customElements.get(tag)));
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  const watch = () => observer.observe(root, { childList: true, subtree: true });
  function load(tag: string): Promise<unknown> {
    waiting.delete(tag);
    return loaders[tag]!().then(
      () => {
        if (waiting.size === 0) observer.disconnect();
      },
      () => {
        waiting.add(tag); // offline: try again when the tag is next added
        watch();
      },
    );
  }
  const has = (node: Document | Element, tag: string) =>
    (node instanceof Element && node.localName === tag) || node.querySelector(tag) !== null;
  function scan(node: Document | Element) {
    const found = [...waiting].filter((tag) => has(node, tag));
    if (found.length === 0) return;
    // The widget first on the page loads alone; the others once it has arrived. On a slow line they
    // would otherwise share it, and nothing would be usable until nearly everything was (issue 18).
    const first =
      node instanceof Element && found.includes(node.localName) ? node : node.querySelector(found.join(','));
    const lead = first && found.includes(first.localName) ? first.localName : found[0]!;
    const rest = found.filter((tag) => tag !== lead);
    for (const tag of rest) waiting.delete(tag);
    const arrived = load(lead);
    const all = arrived.then(() => Promise.allSettled(rest.map((tag) => load(tag))));
    // The widgets' later parts wait until every first screen found now has arrived (or failed).
    holdLaterParts(all);
  }
  scan(root);
  if (waiting.size > 0) watch();
  return () => observer.disconnect();
}
