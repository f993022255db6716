import { expect, waitUntil } from '@open-wc/testing';
import { laterPartsMayStart } from '@tsunagu/elements/defaults.js';
import { autoload } from './autoload.js';

/** Loaders that count their calls; `failing` ones reject like a chunk fetched while offline. */
function countingLoaders(tags: string[], failing: string[] = []) {
  const calls: Record<string, number> = Object.fromEntries(tags.map((t) => [t, 0]));
  const loaders = Object.fromEntries(
    tags.map((tag) => [
      tag,
      () => {
        calls[tag]! += 1;
        return failing.includes(tag) ? Promise.reject(new Error('offline')) : Promise.resolve();
      },
    ]),
  );
  return { calls, loaders };
}

describe('autoload', () => {
  let root: HTMLElement;
  let stop: () => void = () => {};
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    stop();
    root.remove();
  });

  it('loads only the widgets whose tags are on the page, once each', async () => {
    root.innerHTML = '<section><test-al-finder></test-al-finder><test-al-finder></test-al-finder></section>';
    const { calls, loaders } = countingLoaders(['test-al-finder', 'test-al-report']);
    stop = autoload(root, loaders);
    expect(calls).to.deep.equal({ 'test-al-finder': 1, 'test-al-report': 0 });
    root.append(document.createElement('test-al-finder'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls['test-al-finder']).to.equal(1);
  });

  it('loads a widget added later, also deep inside added markup (single-page apps)', async () => {
    const { calls, loaders } = countingLoaders(['test-al-report']);
    stop = autoload(root, loaders);
    expect(calls['test-al-report']).to.equal(0);
    const view = document.createElement('main');
    view.innerHTML = '<article><p>…</p><test-al-report></test-al-report></article>';
    root.append(view);
    await waitUntil(() => calls['test-al-report'] === 1);
  });

  it('tries again when a failed widget tag is added again', async () => {
    root.innerHTML = '<test-al-signup></test-al-signup>';
    const { calls, loaders } = countingLoaders(['test-al-signup'], ['test-al-signup']);
    stop = autoload(root, loaders);
    expect(calls['test-al-signup']).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the failure be noticed
    root.append(document.createElement('test-al-signup'));
    await waitUntil(() => calls['test-al-signup'] === 2);
  });

  it('loads the widget first on the page alone, and the others once it has arrived', async () => {
    root.innerHTML = '<test-al-b></test-al-b><p>…</p><test-al-a></test-al-a><test-al-c></test-al-c>';
    const started: string[] = [];
    let arrive: () => void = () => {};
    const loaders = Object.fromEntries(
      ['test-al-a', 'test-al-b', 'test-al-c'].map((tag) => [
        tag,
        () => {
          started.push(tag);
          return tag === 'test-al-b' ? new Promise<void>((resolve) => (arrive = resolve)) : Promise.resolve();
        },
      ]),
    );
    stop = autoload(root, loaders);
    expect(started).to.deep.equal(['test-al-b']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).to.deep.equal(['test-al-b']); // still waiting for the first widget's code
    arrive();
    await waitUntil(() => started.length === 3);
    expect(started.slice(1).sort()).to.deep.equal(['test-al-a', 'test-al-c']);
  });

  it('skips tags that are already defined (a widget entry loaded too)', () => {
    customElements.define('test-al-defined', class extends HTMLElement {});
    root.innerHTML = '<test-al-defined></test-al-defined>';
    const { calls, loaders } = countingLoaders(['test-al-defined']);
    stop = autoload(root, loaders);
    expect(calls['test-al-defined']).to.equal(0);
  });

  it("holds the widgets' later parts until every first screen found has arrived", async () => {
    root.innerHTML = '<test-al-x></test-al-x><test-al-y></test-al-y>';
    const arrive: Record<string, () => void> = {};
    const loaders = Object.fromEntries(
      ['test-al-x', 'test-al-y'].map((tag) => [
        tag,
        () => new Promise<void>((resolve) => (arrive[tag] = resolve)),
      ]),
    );
    stop = autoload(root, loaders);
    let mayStart = false;
    void laterPartsMayStart().then(() => (mayStart = true));
    arrive['test-al-x']!();
    await waitUntil(() => arrive['test-al-y'] !== undefined); // the second widget's code is on its way
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mayStart).to.equal(false);
    arrive['test-al-y']!();
    await waitUntil(() => mayStart);
  });
});
