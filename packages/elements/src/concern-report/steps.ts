// Which template renders which question group (in the form's later part; the first screen renders the
// danger check itself).
import type { TemplateResult } from 'lit';
import type { StepId } from './model.js';
import { helpStep, selfContactStep } from './steps-self.js';
import { dangerStep } from './step-danger.js';
import { pathStep } from './steps-shared.js';
import { contactStep, personStep, reporterStep, schoolStep, signsStep } from './steps-someone.js';
import type { ReportView } from './view.js';

const STEPS: Record<Exclude<StepId, 'review'>, (view: ReportView) => TemplateResult> = {
  danger: dangerStep,
  path: pathStep,
  reporter: reporterStep,
  person: personStep,
  school: schoolStep,
  signs: signsStep,
  contact: contactStep,
  help: helpStep,
  self_contact: selfContactStep,
};

export function renderStep(step: Exclude<StepId, 'review'>, view: ReportView): TemplateResult {
  return STEPS[step](view);
}
