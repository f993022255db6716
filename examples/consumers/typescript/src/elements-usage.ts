// Bundler resolution with the DOM: the widgets' classes and tags are typed from the installed package.
import '@tsunagu/elements/define/window-finder.js';
import { WindowFinder, type FinderResultsDetail } from '@tsunagu/elements';

const finder = document.createElement('tsunagu-window-finder');
finder.publishableKey = 'pk_example';
finder.setAttribute('api-base', 'https://api.example.jp');
export const isFinder: boolean = finder instanceof WindowFinder;

finder.addEventListener('tsunagu-finder-results', (event) => {
  const detail = (event as CustomEvent<FinderResultsDetail>).detail;
  const count: number = detail.count;
  console.log(count);
});

// @ts-expect-error — `ward` is a string attribute-backed property
finder.ward = 3;

// The JSX types (Preact, Solid, or React's IntrinsicElements) generated from custom-elements.json.
import type { CustomElements } from '@tsunagu/elements/jsx';

export const finderProps: CustomElements['tsunagu-window-finder'] = {
  'api-base': 'https://api.example.jp',
  'publishable-key': 'pk_example',
  'open-now': true,
  'ontsunagu-finder-results': (event) => console.log(event.detail.count),
};
// @ts-expect-error — `open-now` is a boolean
export const wrongProps: CustomElements['tsunagu-window-finder'] = { 'open-now': 'yes' };
