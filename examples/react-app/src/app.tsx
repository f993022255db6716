import { useState } from 'react';
import type { TsunaguConfig } from './config.js';
import { FinderView } from './finder-view.js';
import { ReportView } from './report-view.js';
import { LOCALES, WORDS, type AppLocale } from './words.js';

type View = 'finder' | 'report';

/**
 * The community centre's app: two views, each mounting its widget only while shown, and a language switch
 * that the app's words and the widgets both follow.
 */
export function App({ config }: { config: TsunaguConfig }) {
  const [view, setView] = useState<View>('finder');
  const [locale, setLocale] = useState<AppLocale>('ja');
  const words = WORDS[locale];
  return (
    <div className="page" lang={locale}>
      <header className="site-header">
        <p className="site-name">
          {words.siteName} <span className="sample">{words.sample}</span>
        </p>
        <div className="switches">
          <div role="group" aria-label={words.viewsLabel} className="views">
            {(['finder', 'report'] as const).map((id) => (
              <button
                key={id}
                type="button"
                id={`view-${id}`}
                aria-pressed={view === id}
                onClick={() => setView(id)}
              >
                {id === 'finder' ? words.finderTab : words.reportTab}
              </button>
            ))}
          </div>
          <div role="group" aria-label={words.languageLabel} className="languages">
            {LOCALES.map((id) => (
              <button
                key={id}
                type="button"
                lang={id}
                data-locale={id}
                aria-pressed={locale === id}
                onClick={() => setLocale(id)}
              >
                {WORDS[id].languageName}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main>
        <h1>{words.siteName}</h1>
        <p className="lead">{words.lead}</p>
        {view === 'finder' ? (
          <FinderView config={config} locale={locale} words={words} />
        ) : (
          <ReportView config={config} locale={locale} words={words} />
        )}
      </main>
      <footer className="site-footer">
        <p>{words.footer}</p>
      </footer>
    </div>
  );
}
