import { useCallback } from 'react';

/**
 * A ref callback that gives a tsunagu widget its publishable key. React reserves the `key` prop (it names
 * list items for reconciliation and is never passed to the element), so the widget's `key` attribute cannot
 * be written in JSX; the ref sets it on the element as React attaches it.
 */
export function useWidgetKey(key: string): (element: HTMLElement | null) => void {
  return useCallback(
    (element: HTMLElement | null) => {
      element?.setAttribute('key', key);
    },
    [key],
  );
}
