import { useState } from 'react';
import type { TsunaguConfig } from './config.js';
import type { AppLocale, AppWords } from './words.js';

interface Props {
  config: TsunaguConfig;
  locale: AppLocale;
  words: AppWords;
}

/** 「気づきを伝える」: the concern report, pre-filled with the centre's name; thanks once it has arrived. */
export function ReportView({ config, locale, words }: Props) {
  const [sent, setSent] = useState(false);
  return (
    // The widget brings its own heading; the section is named after the view's button.
    <section aria-label={words.reportTab}>
      <p>{words.reportIntro}</p>
      {sent && (
        <p className="thanks" id="report-thanks">
          {words.reportThanks}
        </p>
      )}
      <tsunagu-concern-report
        api-base={config.apiBase}
        publishable-key={config.key}
        lang={locale}
        organisation="みなと地域ケアプラザ"
        ontsunagu-success={() => setSent(true)}
      />
    </section>
  );
}
