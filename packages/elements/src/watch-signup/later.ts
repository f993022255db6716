// The sign-up's later part (./signup-later.ts), one fetch for every sign-up widget on the page.
import { LaterPart } from '../internal/later-part.js';

export const signupLater = new LaterPart(
  'watch-signup',
  () => import('./signup-later.js'),
  'renderActivityView',
);

/** The later part's exports, for the code that awaits it. */
export type SignupLater = Awaited<ReturnType<typeof signupLater.get>>;
