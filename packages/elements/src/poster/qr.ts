// The QR code as an SVG path, drawn in the browser (lean-qr's 2 kB "nano" build: no network, no canvas).
import { correction, generate } from 'lean-qr/nano';
import { svg, type SVGTemplateResult } from 'lit';

/** Modules of white around the code, as the QR standard asks (readers need the quiet zone). */
const QUIET = 4;

/** One path of 1×1 squares, a row's runs of dark modules joined, for a small DOM. */
export function qrPath(text: string): { size: number; d: string } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue;
      let run = 1;
      while (x + run < code.size && code.get(x + run, y)) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return { size: code.size, d };
}

/** The code as an `<svg role="img">` labelled `label`, scaled by its container. */
export function qrSvg(text: string, label: string): SVGTemplateResult {
  const { size, d } = qrPath(text);
  const box = size + 2 * QUIET;
  return svg`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox=${`${-QUIET} ${-QUIET} ${box} ${box}`}
    shape-rendering="crispEdges"
  ><rect x=${-QUIET} y=${-QUIET} width=${box} height=${box} fill="#fff"></rect><path d=${d} fill="#000"></path></svg>`;
}
