// The concern report's "about someone" path, step by step, for the e2e flows that walk it.
import type { Locator } from 'playwright-core';

export type ReportStep = [name: string, answer: () => Promise<void>];

export interface AboutSomeoneAnswers {
  role: string;
  signs: string[];
  freeText?: string;
}

/** Each step of the path up to the review, with the answers to give there (Next is not pressed). */
export function aboutSomeoneSteps(form: Locator, answers: AboutSomeoneAnswers): ReportStep[] {
  return [
    ['danger', () => form.locator('input[name="danger_now"][value="no"]').check()],
    ['path', () => form.locator('input[name="path"][value="about_someone"]').check()],
    ['reporter', () => form.locator(`input[name="reporter_role"][value="${answers.role}"]`).check()],
    [
      'person',
      async () => {
        await form.locator('input[name="age_group"][value="senior_65_plus"]').check();
        await form.locator('#ward_id option[value="naka"]').waitFor({ state: 'attached' });
        await form.locator('#ward_id').selectOption('naka');
      },
    ],
    [
      'signs',
      async () => {
        for (const sign of answers.signs) await form.locator(`input[name="signs"][value="${sign}"]`).check();
        if (answers.freeText) await form.locator('#free_text').fill(answers.freeText);
      },
    ],
    [
      'consent',
      async () => {
        await form.locator('input[name="consent"][value="not_asked"]').check();
        await form.locator('input[name="follow_up"][value="anonymous"]').check();
      },
    ],
  ];
}

/** Answers each step, runs `check` on it (answers given, Next not yet pressed), then presses Next. */
export async function walkReport(
  form: Locator,
  steps: ReportStep[],
  check: (step: string) => Promise<void> = async () => {},
): Promise<void> {
  for (const [name, answer] of steps) {
    await answer();
    await check(name);
    await form.locator('#next').click();
  }
}
