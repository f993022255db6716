// Type tests for the wrappers: each @ts-expect-error must be needed, or tsc fails on an unused directive.
import { TsunaguWindowFinder, TsunaguConcernReport } from '@tsunagu/elements/react';

export const wrongProp = (
  // @ts-expect-error — `ward` is a string
  <TsunaguWindowFinder ward={3} />
);

export const wrongEvent = (
  <TsunaguConcernReport
    onTsunaguSuccess={(event) => {
      // @ts-expect-error — the success detail has `urgent`, not the person's words
      console.log(event.detail.freeText);
    }}
  />
);

export const right = <TsunaguConcernReport context="school" publishableKey="pk_example" />;
