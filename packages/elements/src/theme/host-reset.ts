import { css } from 'lit';

/**
 * Stops the host page's CSS from leaking into a widget. Page selectors cannot reach inside the shadow root,
 * but inherited properties (font, colour, line-height, letter-spacing…) flow in through the host element,
 * and a page rule such as `* { all: unset }` targets the host itself and beats a plain `:host` rule. So the
 * inherited text properties are set with `!important` (inside a shadow root, an important `:host`
 * declaration wins over the page's); partners theme through the `--tsunagu-*` tokens instead.
 * `display` stays overridable so a page can still lay out or hide the widget.
 */
export const hostReset = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--_t-font-family) !important;
    font-size: var(--_t-font-size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: var(--_t-line-height) !important;
    color: var(--_t-color-text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
    cursor: auto !important;
    overflow-wrap: anywhere;
    line-break: strict;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
