import { css } from 'lit';

/** Calm, readable blocks: one column on a phone, the four roles in a grid where there is room. */
export const awarenessStyles = css`
  .guide,
  .self-check {
    display: grid;
    gap: var(--_t-space-5);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.4;
  }
  p,
  ul {
    margin: 0;
  }
  .roles {
    display: grid;
    gap: var(--_t-space-4);
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    list-style: none;
    padding: 0;
  }
  .role {
    display: grid;
    gap: var(--_t-space-2);
    align-content: start;
    padding: var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
  }
  .role-example {
    color: var(--_t-color-text);
  }
  .role-example strong {
    display: block;
    font-size: 0.875em;
    color: var(--_t-color-text-muted);
  }
  .do-dont {
    display: grid;
    gap: var(--_t-space-4);
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
  }
  .do-dont section {
    display: grid;
    gap: var(--_t-space-2);
    align-content: start;
  }
  .do-dont ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_t-space-2);
  }
  .next {
    display: grid;
    gap: var(--_t-space-3);
    padding: var(--_t-space-4);
    border-inline-start: 4px solid var(--_t-color-primary);
    background: var(--_t-color-surface);
  }
  .next-link {
    justify-self: start;
    font-weight: 700;
    color: var(--_t-color-primary);
  }
  .next-link:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: var(--_t-focus-ring-width) solid var(--_t-color-focus);
    outline-offset: 2px;
  }
  rt {
    font-size: 0.6em;
  }
  .situations {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_t-space-5);
  }
  .situation fieldset {
    margin: 0;
    padding: var(--_t-space-4);
    border: 1px solid var(--_t-color-border);
    border-radius: var(--_t-radius);
    display: grid;
    gap: var(--_t-space-3);
  }
  .situation legend {
    padding: 0 var(--_t-space-1);
    font-weight: 700;
  }
  .answer {
    display: flex;
    gap: var(--_t-space-2);
    align-items: flex-start;
    padding-block: var(--_t-space-1);
  }
  .answer label {
    min-block-size: 1.5em;
  }
  .answer input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.2em;
    flex: none;
    accent-color: var(--_t-color-primary);
  }
  .feedback {
    padding: var(--_t-space-3);
    border-radius: var(--_t-radius);
    background: var(--_t-color-surface);
    border-inline-start: 4px solid var(--_t-color-border);
  }
  .feedback.suggested {
    border-inline-start-color: var(--_t-color-primary);
  }
  .feedback strong {
    display: block;
  }
`;
