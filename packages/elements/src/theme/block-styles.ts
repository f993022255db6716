import { css } from 'lit';

/**
 * Styles of the shared building blocks (src/internal/). All sizes are px or em; form controls never go
 * below 16 px so iOS Safari does not zoom on focus.
 */
export const blockStyles = css`
  :focus-visible {
    outline: var(--_t-focus-ring-width) solid var(--_t-color-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_t-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .field {
    display: block;
    margin: 0 0 var(--_t-space-5);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .label,
  .legend {
    display: block;
    margin: 0 0 var(--_t-space-1);
    padding: 0;
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    margin-inline-start: var(--_t-space-1);
    padding: 0 var(--_t-space-2);
    border-radius: 4px;
    background: var(--_t-color-error);
    color: var(--_t-color-on-emergency);
    font-size: 0.8125em;
    font-weight: 700;
    vertical-align: 0.1em;
  }
  .hint {
    margin: 0 0 var(--_t-space-2);
    color: var(--_t-color-text-muted);
  }
  .error {
    margin: 0 0 var(--_t-space-2);
    color: var(--_t-color-error);
    font-weight: 700;
  }
  .field.invalid {
    padding-inline-start: var(--_t-space-3);
    border-inline-start: 4px solid var(--_t-color-error);
  }
  input:not([type='radio'], [type='checkbox']),
  textarea,
  select {
    display: block;
    width: 100%;
    max-width: 100%;
    margin: 0;
    padding: var(--_t-space-2) var(--_t-space-3);
    min-height: 48px;
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
    color: var(--_t-color-text);
    font-family: inherit;
    font-size: max(16px, 1em);
    line-height: 1.5;
    appearance: auto;
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  .width-short {
    max-width: 12em;
  }
  .width-medium {
    max-width: 24em;
  }
  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border: 2px solid var(--_t-color-error);
  }
  .choices {
    display: grid;
    gap: var(--_t-space-2);
  }
  .choice {
    display: grid;
    grid-template-columns: 28px 1fr;
    column-gap: var(--_t-space-3);
    align-items: start;
  }
  .choice input {
    width: 24px;
    height: 24px;
    margin: 4px 0 0;
    accent-color: var(--_t-color-primary);
  }
  .choice label {
    font-size: max(16px, 1em);
    padding-block: 2px;
  }
  .choice .hint {
    grid-column: 2;
    margin: 0;
  }
  .count {
    margin: var(--_t-space-1) 0 0;
    color: var(--_t-color-text-muted);
  }
  .count.over {
    color: var(--_t-color-error);
    font-weight: 700;
  }
  .error-summary {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border: 4px solid var(--_t-color-error);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
  }
  .error-summary h2 {
    margin: 0 0 var(--_t-space-3);
    font-size: 1.25em;
    line-height: 1.4;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--_t-color-error);
    font-weight: 700;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_t-space-2);
    min-height: 48px;
    margin: 0;
    padding: var(--_t-space-2) var(--_t-space-5);
    border: 2px solid var(--_t-color-primary);
    border-radius: var(--_t-radius);
    background: var(--_t-color-primary);
    color: var(--_t-color-on-primary);
    font-family: inherit;
    font-size: max(16px, 1em);
    font-weight: 700;
    line-height: 1.4;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_t-color-background);
    color: var(--_t-color-primary);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: tsunagu-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @keyframes tsunagu-spin {
    to {
      transform: rotate(360deg);
    }
  }
  .emergency {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border: 4px solid var(--_t-color-emergency);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
  }
  .emergency h2,
  .emergency h3,
  .emergency h4 {
    margin: 0 0 var(--_t-space-2);
    font-size: 1.25em;
    line-height: 1.4;
  }
  .emergency p {
    margin: 0 0 var(--_t-space-3);
  }
  .emergency ul {
    display: grid;
    gap: var(--_t-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .emergency-link {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_t-space-1) var(--_t-space-3);
    min-height: 48px;
    padding: var(--_t-space-2) var(--_t-space-4);
    border-radius: var(--_t-radius);
    background: var(--_t-color-emergency);
    color: var(--_t-color-on-emergency);
    text-decoration: none;
  }
  .emergency-link .number {
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .emergency-link .name {
    font-weight: 700;
  }
  .emergency.compact {
    padding: var(--_t-space-3);
    border-width: 2px;
    border-color: var(--_t-color-border);
  }
  .emergency.compact h3,
  .emergency.compact h4 {
    font-size: 1.0625em;
  }
  .emergency.compact .emergency-link {
    min-height: 44px;
    background: var(--_t-color-primary);
    color: var(--_t-color-on-primary);
  }
  .emergency.compact .emergency-link .number {
    font-size: 1.25em;
  }
  .help-card {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border: 2px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
  }
  .help-card > h2,
  .help-card > h3 {
    margin: 0 0 var(--_t-space-2);
    font-size: 1.125em;
    line-height: 1.4;
  }
  .help-card p {
    margin: 0 0 var(--_t-space-2);
  }
  .help-card .emergency {
    margin: var(--_t-space-3) 0;
  }
  .help-office {
    margin: var(--_t-space-3) 0 0;
  }
  .help-office .status.closed strong {
    margin-inline-end: var(--_t-space-2);
  }
  .emergency .line-note {
    margin: var(--_t-space-1) 0 0;
    color: var(--_t-color-text-muted);
  }
`;
