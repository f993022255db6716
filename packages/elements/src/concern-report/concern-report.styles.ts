import { css } from 'lit';

/** Styles of `<tsunagu-concern-report>` on top of the shared base styles (tokens, host reset, blocks). */
export const concernReportStyles = css`
  .progress {
    margin: 0 0 var(--_t-space-1);
    color: var(--_t-color-text-muted);
  }
  h2,
  h3 {
    margin: 0 0 var(--_t-space-4);
    line-height: 1.4;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
    margin-top: var(--_t-space-5);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_t-focus-ring-width) solid var(--_t-color-focus);
  }
  .note {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-3) var(--_t-space-4);
    border-inline-start: 6px solid var(--_t-color-text);
    background: var(--_t-color-surface);
    font-weight: 700;
  }
  .conditional {
    margin: 0 0 var(--_t-space-5);
    padding-inline-start: var(--_t-space-4);
    border-inline-start: 4px solid var(--_t-color-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_t-space-3);
    align-items: center;
    margin: var(--_t-space-5) 0 0;
  }
  .inline-action {
    margin: calc(-1 * var(--_t-space-3)) 0 var(--_t-space-5);
  }
  .link-button {
    all: unset;
    color: var(--_t-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
    font: inherit;
  }
  .link-button:focus-visible {
    outline: var(--_t-focus-ring-width) solid var(--_t-color-focus);
    outline-offset: 2px;
  }
  .summary {
    margin: 0 0 var(--_t-space-5);
    border-top: 1px solid var(--_t-color-border);
  }
  /* label and 変更 on one line, the answer under them: about one screen for a whole report */
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: var(--_t-space-3);
    padding: var(--_t-space-2) 0;
    border-bottom: 1px solid var(--_t-color-border);
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
  }
  .summary .answer {
    grid-column: 1 / -1;
    grid-row: 2;
    /* free text keeps the person's own line breaks */
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .summary .change {
    grid-column: 2;
    grid-row: 1;
  }
  @container (min-width: 36em) {
    .summary-row {
      grid-template-columns: 11em minmax(0, 1fr) auto;
      column-gap: var(--_t-space-4);
    }
    .summary .answer {
      grid-column: 2;
      grid-row: 1;
    }
    .summary .change {
      grid-column: 3;
    }
  }
  .wrapper {
    container-type: inline-size;
  }
  .failure {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border: 4px solid var(--_t-color-error);
  }
  .failure:focus {
    outline: var(--_t-focus-ring-width) solid var(--_t-color-focus);
  }
  .failure h2 {
    font-size: 1.25em;
  }
  .reference-box {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border: 2px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
  }
  .reference-box dl {
    margin: 0;
  }
  .reference-box dt {
    font-weight: 700;
  }
  .reference-box dd {
    margin: 0 0 var(--_t-space-3);
    font-family: ui-monospace, 'BIZ UDGothic', Menlo, Consolas, monospace;
    letter-spacing: 0.12em;
  }
  /* a code is read and typed as one unit: never broken across lines, sized to fit a 320 px phone */
  .reference,
  .check-code {
    white-space: nowrap;
  }
  .reference {
    font-size: clamp(1.25em, 9cqi, 2em);
    font-weight: 700;
    line-height: 1.3;
  }
  .check-code {
    font-size: 1.5em;
  }
  .copy-state {
    margin-inline-start: var(--_t-space-3);
    font-weight: 700;
  }
  .guidance li,
  .programs li {
    margin-bottom: var(--_t-space-2);
  }
`;
