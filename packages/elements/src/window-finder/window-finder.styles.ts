import { css } from 'lit';

/** The finder's own layout; the blocks' styles come from the shared theme. px/em only, never rem. */
export const finderStyles = css`
  .finder > p {
    margin: 0 0 var(--_t-space-5);
  }
  h2 {
    margin: 0 0 var(--_t-space-3);
    font-size: 1.375em;
    line-height: 1.4;
  }
  h3 {
    margin: 0 0 var(--_t-space-1);
    font-size: 1.125em;
    line-height: 1.4;
  }
  form {
    margin: 0 0 var(--_t-space-5);
  }
  .place,
  .filters {
    padding: var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
  }
  .place > .legend,
  .filters > .legend {
    padding: 0 var(--_t-space-1);
    font-size: 1.125em;
  }
  .geo {
    margin: 0 0 var(--_t-space-5);
  }
  .geo .hint {
    margin: var(--_t-space-2) 0 0;
  }
  .notice {
    margin: var(--_t-space-3) 0 0;
    padding: var(--_t-space-3) var(--_t-space-4);
    border-inline-start: 4px solid var(--_t-color-primary);
    background: var(--_t-color-surface);
  }
  .notice p {
    margin: 0 0 var(--_t-space-3);
  }
  .geo-found {
    margin: var(--_t-space-3) 0 0;
    font-weight: 700;
  }
  .combobox {
    position: relative;
    max-width: 24em;
  }
  .listbox {
    margin: var(--_t-space-1) 0 0;
    padding: var(--_t-space-1) 0;
    list-style: none;
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
    max-height: 18em;
    overflow-y: auto;
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    padding: var(--_t-space-2) var(--_t-space-3);
    min-height: 44px;
    cursor: pointer;
  }
  .option.active,
  .option:hover {
    background: var(--_t-color-primary);
    color: var(--_t-color-on-primary);
  }
  .combobox-status {
    margin: var(--_t-space-2) 0 0;
  }
  .combobox-status:empty {
    display: none;
  }
  .results {
    display: grid;
    gap: var(--_t-space-4);
    margin: 0 0 var(--_t-space-5);
    padding: 0;
    list-style: none;
  }
  .count {
    font-weight: 700;
  }
  .card {
    padding: var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-background);
  }
  .card.own_ward {
    border: 3px solid var(--_t-color-primary);
  }
  .card p,
  .card ul {
    margin: 0 0 var(--_t-space-2);
  }
  .card ul {
    padding-inline-start: 1.2em;
  }
  .card .phones {
    padding: 0;
    list-style: none;
  }
  .org,
  .muted,
  .distance {
    color: var(--_t-color-text-muted);
  }
  .badge-ward {
    display: inline-block;
    padding: 0 var(--_t-space-2);
    border-radius: 4px;
    background: var(--_t-color-primary);
    color: var(--_t-color-on-primary);
    font-weight: 700;
  }
  .status.closed .next {
    display: block;
  }
  .label-inline {
    font-weight: 700;
  }
  .tel {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .programs-once {
    margin: 0 0 var(--_t-space-4);
  }
  .programs-once summary {
    min-height: 44px;
    cursor: pointer;
    color: var(--_t-color-primary);
    text-decoration: underline;
  }
  .programs-once li {
    margin-bottom: var(--_t-space-2);
  }
  .tucked {
    display: grid;
    gap: var(--_t-space-2);
    justify-items: start;
    margin: 0 0 var(--_t-space-5);
  }
  .credits {
    margin: var(--_t-space-4) 0 0;
    color: var(--_t-color-text-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;
