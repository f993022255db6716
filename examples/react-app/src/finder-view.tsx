import { useState } from 'react';
import type { FinderResultsDetail } from '@tsunagu/elements/window-finder.js';
import type { TsunaguConfig } from './config.js';
import type { AppLocale, AppWords } from './words.js';

interface Props {
  config: TsunaguConfig;
  locale: AppLocale;
  words: AppWords;
}

/** 「相談窓口を探す」: the window finder, and the number of windows it shows, kept in React state. */
export function FinderView({ config, locale, words }: Props) {
  const [results, setResults] = useState<FinderResultsDetail | null>(null);
  const summary =
    results === null || results.status === 'loading'
      ? words.loading
      : results.status === 'error'
        ? words.loadFailed
        : words.resultCount(results.count);
  return (
    // The widget brings its own heading; the section is named after the view's button.
    <section aria-label={words.finderTab}>
      <p>{words.finderIntro}</p>
      <p className="summary" id="result-summary">
        {summary}
      </p>
      <tsunagu-window-finder
        api-base={config.apiBase}
        publishable-key={config.key}
        lang={locale}
        ontsunagu-finder-results={(event) => setResults(event.detail)}
      />
    </section>
  );
}
