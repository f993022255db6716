// The sign-up's later part: everything after the list — the activity's page with its form, the form's
// checks (the schema's sign-up rules, as the server runs them), the confirmation, the cancellation and their
// words. Fetched once the list is on screen (issue 18: the first activity listed needs none of it), so it
// has usually arrived by the time a person opens an activity. Nothing the person typed lives here: the
// element holds the answers, so a part that failed to arrive is simply fetched again.
export { renderActivityView } from './activity-view.js';
export { renderCancelView, renderDoneView } from './outcome-views.js';
export { planFor, problemsFromServer, toInput, validate } from './signup-model.js';
export { SIGNUP_LATER } from './messages/later/index.js';
export { FIELD_ERRORS } from '../i18n/field-errors.js';
