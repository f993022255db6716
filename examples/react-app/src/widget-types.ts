// Teaches TypeScript the two tsunagu tags as React 19 renders them: attributes by their HTML names, and each
// custom event as an `on<event-name>` prop, which React 19 attaches with addEventListener on the element.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ConcernReport, ReportEventDetail } from '@tsunagu/elements/concern-report.js';
import type { FinderResultsDetail, WindowFinder } from '@tsunagu/elements/window-finder.js';

/**
 * What every widget takes. The publishable key is `publishable-key`, not `key`: React keeps `key` for itself
 * and never passes it to the element.
 */
type WidgetProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  'api-base'?: string;
  'publishable-key'?: string;
};

export type FinderProps = WidgetProps<WindowFinder> & {
  ward?: string;
  concerns?: string;
  'ontsunagu-finder-results'?: (event: CustomEvent<FinderResultsDetail>) => void;
};

export type ReportProps = WidgetProps<ConcernReport> & {
  context?: 'general' | 'school';
  organisation?: string;
  'ontsunagu-submit'?: (event: CustomEvent<ReportEventDetail>) => void;
  'ontsunagu-success'?: (event: CustomEvent<ReportEventDetail>) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how React's types list intrinsic elements
  namespace JSX {
    interface IntrinsicElements {
      'tsunagu-window-finder': FinderProps;
      'tsunagu-concern-report': ReportProps;
    }
  }
}
