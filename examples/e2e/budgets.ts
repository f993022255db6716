// Screen budgets (in screens of the viewport's height), shared by screen-budgets.test.ts and the persona
// walks: the report's review and the finder's answer after a town, at 360 × 740 and 1280 × 800.
export const VIEWPORTS = [
  { name: '360 px', width: 360, height: 740, review: 1.6, finder: 8.5 },
  { name: 'desktop', width: 1280, height: 800, review: 1.0, finder: 7 },
] as const;

export type Viewport = (typeof VIEWPORTS)[number];
export const PHONE = VIEWPORTS[0];
export const DESKTOP = VIEWPORTS[1];
