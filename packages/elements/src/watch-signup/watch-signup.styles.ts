import { css } from 'lit';

/** Layout of the sign-up widget; colours and spacing come from the shared tokens (`--_t-*`). */
export const watchSignupStyles = css`
  h2,
  h3 {
    margin: 0 0 var(--_t-space-3);
    line-height: 1.4;
  }
  .view-heading {
    font-size: 1.5em;
  }
  .view-heading:focus {
    outline: none;
  }
  .view-heading:focus-visible {
    outline: var(--_t-focus-ring-width) solid var(--_t-color-focus);
  }
  p {
    margin: 0 0 var(--_t-space-3);
  }
  .intro,
  .muted {
    color: var(--_t-color-text-muted);
  }
  .filters {
    margin: 0 0 var(--_t-space-5);
    padding: var(--_t-space-4);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
  }
  .filters-legend {
    font-size: 1.125em;
  }
  .filter-fields {
    display: grid;
    gap: 0 var(--_t-space-4);
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
  }
  .filter-fields .field {
    margin-bottom: var(--_t-space-2);
  }
  .cards {
    display: grid;
    gap: var(--_t-space-4);
    margin: 0 0 var(--_t-space-5);
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
  }
  .card-title {
    font-size: 1.125em;
  }
  .card-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_t-space-2);
  }
  .card-line {
    margin-bottom: var(--_t-space-1);
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_t-space-2);
    border: 1px solid var(--_t-color-border);
    border-radius: 4px;
    font-size: 0.875em;
  }
  .seats {
    font-weight: 700;
    color: var(--_t-color-primary);
  }
  .seats.full {
    color: var(--_t-color-error);
  }
  .card .seats {
    margin: var(--_t-space-2) 0 var(--_t-space-3);
  }
  .notice {
    padding: var(--_t-space-3) var(--_t-space-4);
    border-inline-start: 4px solid var(--_t-color-primary);
    background: var(--_t-color-surface);
  }
  .error-notice {
    border-inline-start-color: var(--_t-color-error);
    font-weight: 700;
  }
  .loading {
    color: var(--_t-color-text-muted);
  }
  .back {
    margin: 0 0 var(--_t-space-4);
    padding: var(--_t-space-2) 0;
    min-height: 44px;
    border: 0;
    background: none;
    color: var(--_t-color-primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .back::before {
    content: '← ';
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_t-space-2) var(--_t-space-4);
    margin: 0 0 var(--_t-space-4);
  }
  dt {
    font-weight: 700;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_t-space-1) var(--_t-space-3);
    margin: 0;
  }
  .details {
    margin: 0 0 var(--_t-space-5);
  }
  .form-heading {
    font-size: 1.25em;
    padding-top: var(--_t-space-4);
    border-top: 1px solid var(--_t-color-border);
  }
  .subheading {
    font-size: 1em;
  }
  .guardian,
  .privacy {
    margin: 0 0 var(--_t-space-4);
    padding: var(--_t-space-4);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_t-space-4);
  }
  .actions {
    margin: 0 0 var(--_t-space-4);
  }
  .link-text {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    color: var(--_t-color-text-muted);
  }
  .outcome {
    font-size: 1.125em;
    font-weight: 700;
  }
`;
