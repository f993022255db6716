import { css } from 'lit';

/**
 * On screen: the controls and a preview of the sheet. In print: only the sheet, at A4 (the poster) or as
 * eight 91 × 55 mm cards with cut lines. The host page sets `@page { size: A4; margin: 0 }` and hides its
 * own header and footer in print (docs/awareness.md).
 */
export const posterStyles = css`
  .controls {
    display: grid;
    gap: var(--_t-space-3);
    margin-block-end: var(--_t-space-5);
  }
  .controls h2 {
    margin: 0;
  }
  .controls label {
    font-weight: 700;
  }
  .controls select {
    font: inherit;
    min-height: 44px;
    max-width: 20em;
  }
  .controls p {
    margin: 0;
  }
  rt {
    font-size: 0.6em;
  }
  .sheet {
    box-sizing: border-box;
    width: min(100%, 210mm);
    background: #fff;
    color: #000;
    border: 1px solid var(--_t-color-border);
  }
  .poster {
    aspect-ratio: 210 / 297;
    padding: 8%;
    display: flex;
    flex-direction: column;
    gap: 5mm;
  }
  .poster h2 {
    margin: 0;
    font-size: clamp(1.5rem, 6vw, 30pt);
    line-height: 1.3;
  }
  .poster .lead {
    margin: 0;
    font-size: clamp(1rem, 3vw, 15pt);
    line-height: 1.7;
  }
  .scan {
    display: flex;
    gap: 6mm;
    align-items: center;
    flex-wrap: wrap;
  }
  .poster .qr {
    width: min(55mm, 40%);
    height: auto;
    flex: none;
  }
  .scan p {
    margin: 0;
    flex: 1 1 12em;
    font-size: clamp(1rem, 2.6vw, 14pt);
  }
  .url {
    display: block;
    font-size: 9pt;
    word-break: break-all;
    margin-block-start: 2mm;
  }
  .poster .emergency {
    margin-block-start: auto;
  }
  .partner {
    margin: 0;
    font-size: 10pt;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, 91mm);
    gap: 0;
    padding: 0;
    justify-content: center;
  }
  .card {
    box-sizing: border-box;
    width: 91mm;
    height: 55mm;
    padding: 4mm;
    border: 0.3mm dashed #666;
    display: grid;
    grid-template-columns: 1fr 24mm;
    gap: 3mm;
    overflow: hidden;
    font-size: 8pt;
    line-height: 1.4;
  }
  .card h3 {
    margin: 0;
    font-size: 11pt;
  }
  .card p {
    margin: 0 0 1mm;
  }
  .card .qr {
    width: 24mm;
    height: 24mm;
    align-self: center;
  }
  .card ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card a {
    color: inherit;
  }
  @media print {
    .controls {
      display: none;
    }
    .sheet {
      border: 0;
      width: 210mm;
    }
    .poster {
      height: 297mm;
      aspect-ratio: auto;
      padding: 20mm;
    }
    .cards {
      padding-block-start: 12mm;
      grid-template-columns: repeat(2, 91mm);
    }
    .emergency-link {
      color: #000 !important;
      background: #fff !important;
      border: 0.4mm solid #000;
    }
  }
`;
