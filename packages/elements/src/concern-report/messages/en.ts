import type { ReportFirstMessages } from './index.js';

/** English. Plain words; "the person" for the one the report is about. */
export const en: ReportFirstMessages = {
  nav: {
    progress: (step: number, total: number) => `Question ${step} of ${total}`,
    next: 'Continue',
    back: 'Back',
    backToReview: 'Back to check your answers',
  },
  heading: {
    danger: 'First, a safety check',
    path: 'What this is about',
    reporter: 'About you',
    person: 'About the person',
    signs: 'What you noticed',
    school: 'What the school noticed',
    contact: 'The person’s wishes, and contacting you',
    help: 'What you would like help with',
    selfContact: 'How to contact you',
    review: 'Check your answers before sending',
  },
  danger: {
    question: 'Is anyone’s life or safety in danger right now?',
    options: { yes: 'Yes', no: 'No', unsure: 'I am not sure' },
    kindsLabel: 'What kind of danger? (as far as you know)',
    kinds: {
      violence: 'Someone is being hurt or threatened',
      medical: 'Sudden illness or injury, cannot move',
      fire: 'Fire, or a smell of gas',
      suicide: 'Someone talked about wanting to die',
      child_abuse: 'A child is being hit or left alone',
    },
    urgentNote: 'Call first. If you then send this form too, it reaches the ward team marked as urgent.',
  },
  failure: {
    retry: 'Send again',
    urgentCall: 'If it is urgent, call first.',
  },
  status: {
    heading: 'Check the status of a report',
    intro: 'Enter the reference number and check code. You will see only the status, never the content.',
    reference: 'Reference number',
    referenceHint: 'For example TK-7Q4M-9XZ2',
    checkCode: 'Check code',
    checkCodeHint: '6 letters and numbers',
    submit: 'Check the status',
    checking: 'Checking.',
    result: 'Status',
    updated: (date: string) => `Updated ${date}`,
    statuses: {
      received: 'Received. Please wait until the ward team looks at it.',
      acknowledged: 'The ward team has read the report.',
      connected: 'Connected to a consultation window or support.',
      closed: 'Closed.',
    },
    notFound: 'The reference number or check code is not right. Please check them again.',
  },
};
