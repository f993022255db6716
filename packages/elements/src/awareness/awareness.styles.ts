import { css } from 'lit';

/** Calm, readable blocks: one column on a phone, the four roles in a grid where there is room. */
export const awarenessStyles = css`
  .guide,
  .self-check {
    display: grid;
    gap: var(--tsunagu-space-5);
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
    gap: var(--tsunagu-space-4);
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    list-style: none;
    padding: 0;
  }
  .role {
    display: grid;
    gap: var(--tsunagu-space-2);
    align-content: start;
    padding: var(--tsunagu-space-4);
    border: 1px solid var(--tsunagu-color-border);
    border-radius: var(--tsunagu-radius);
    background: var(--tsunagu-color-surface);
  }
  .role-example {
    color: var(--tsunagu-color-text);
  }
  .role-example strong {
    display: block;
    font-size: 0.875em;
    color: var(--tsunagu-color-text-muted);
  }
  .do-dont {
    display: grid;
    gap: var(--tsunagu-space-4);
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
  }
  .do-dont section {
    display: grid;
    gap: var(--tsunagu-space-2);
    align-content: start;
  }
  .do-dont ul {
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--tsunagu-space-2);
  }
  .next {
    display: grid;
    gap: var(--tsunagu-space-3);
    padding: var(--tsunagu-space-4);
    border-inline-start: 4px solid var(--tsunagu-color-primary);
    background: var(--tsunagu-color-surface);
  }
  .next-link {
    justify-self: start;
    font-weight: 700;
    color: var(--tsunagu-color-primary);
  }
  .next-link:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: var(--tsunagu-focus-ring-width) solid var(--tsunagu-color-focus);
    outline-offset: 2px;
  }
  rt {
    font-size: 0.6em;
  }
  .situations {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--tsunagu-space-5);
  }
  .situation fieldset {
    margin: 0;
    padding: var(--tsunagu-space-4);
    border: 1px solid var(--tsunagu-color-border);
    border-radius: var(--tsunagu-radius);
    display: grid;
    gap: var(--tsunagu-space-3);
  }
  .situation legend {
    padding: 0 var(--tsunagu-space-1);
    font-weight: 700;
  }
  .answer {
    display: flex;
    gap: var(--tsunagu-space-2);
    align-items: flex-start;
    min-height: 44px;
  }
  .answer input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.2em;
    flex: none;
    accent-color: var(--tsunagu-color-primary);
  }
  .feedback {
    padding: var(--tsunagu-space-3);
    border-radius: var(--tsunagu-radius);
    background: var(--tsunagu-color-surface);
    border-inline-start: 4px solid var(--tsunagu-color-border);
  }
  .feedback.suggested {
    border-inline-start-color: var(--tsunagu-color-primary);
  }
  .feedback strong {
    display: block;
  }
`;
