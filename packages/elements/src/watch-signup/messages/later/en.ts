import type { SignupLaterMessages } from './index.js';

/** The sign-up's words after its list, as ../en.ts. */
export const enLater: SignupLaterMessages = {
  form: {
    heading: 'Sign up',
    neededOnly: 'We only ask what this activity needs.',
    kind: 'Who is signing up',
    person: 'Myself',
    organisation: 'An organisation or business',
    organisationMinAge: (n: number) => `Everyone taking part must be aged ${n} or over.`,
    organisationHint: 'You can sign up several people at once.',
    organisation_name: 'Name of the organisation or business',
    name: 'Your name',
    contactName: 'Name of the contact person',
    headcount: 'Number of people',
    headcountHint: (n: number) => `Up to ${n}.`,
    headcountWaitlistHint: 'The activity is full, so everyone joins the waiting list.',
    phone: 'Phone number',
    phoneHint: 'For example 045-123-4567',
    email: 'Email address',
    contactHint: 'Give a phone number or an email address (one is enough).',
    age: 'Age',
    ageHint: (n: number) => `Under ${n}s need a parent's or guardian's consent.`,
    minor: (n: number) => `I am under ${n}`,
    guardianHeading: 'For the parent or guardian',
    guardian_name: "Parent's or guardian's name",
    guardian_consent: 'As parent or guardian, I agree to them taking part',
    address_ward: 'Ward you live in',
    experience: 'Experience',
    experienceHint: 'Tell us about similar activities you have done. "None" is fine.',
    languages: 'Languages you speak',
    privacyHeading: 'Your information',
    privacy: (organizer: string) =>
      `What you enter is passed to the organiser, ${organizer}, and used only to contact you and check attendance for this activity.`,
    terms: 'Terms of use',
    privacyPolicy: 'Privacy policy',
    terms_accepted: 'I agree to the terms of use and the privacy policy',
    submit: 'Sign up',
    submitWaitlist: 'Join the waiting list',
    sending: 'Sending your sign-up. Please wait.',
  },
  failure: {
    notBookable: 'This activity no longer takes sign-ups. Please choose another one from the list.',
    unknownActivity: 'This activity could not be found. Please choose again from the list.',
    seatsChanged:
      'The number of places left changed while you were signing up. Please check the number of people.',
  },
  done: {
    confirmedHeading: 'You are signed up',
    confirmed: (title: string) => `Your place at "${title}" is confirmed.`,
    waitlistedHeading: 'You are on the waiting list',
    waitlisted: (n: number) =>
      `You are number ${n} on the waiting list. Places are given in order when they free up.`,
    headcount: (n: number) => (n === 1 ? '1 person' : `${n} people`),
    cancelHeading: 'If you need to cancel',
    cancelHint:
      'Use the link below. It will not be shown again, so bookmark it or note it down. Anyone with the link can cancel, so do not share it.',
    cancelLink: 'Link to cancel your sign-up',
    copy: 'Copy the link',
    copied: 'Copied. Paste it somewhere you will find it again, such as a note or an e-mail draft.',
    copyFailed: 'It could not be copied. Press and hold (or right-click) the link above to copy it.',
    another: 'See other activities',
  },
  cancel: {
    heading: 'Cancel a sign-up',
    question: 'Do you want to cancel this sign-up? Your place goes to the next person on the waiting list.',
    questionFor: (title: string, when: string) =>
      `Do you want to cancel your sign-up for "${title}" (${when})? Your place goes to the next person on the waiting list.`,
    alreadyHeading: 'This sign-up is already cancelled',
    already: (title: string) =>
      `Your sign-up for "${title}" is already cancelled. There is nothing more to do.`,
    alreadyNoTitle: 'This sign-up is already cancelled. There is nothing more to do.',
    confirm: 'Cancel my sign-up',
    keep: 'Keep it and see the activities',
    sending: 'Cancelling. Please wait.',
    doneHeading: 'Your sign-up is cancelled',
    done: (title: string) => `Your sign-up for "${title}" is cancelled.`,
    doneNoTitle: 'Your sign-up is cancelled.',
    invalid:
      'This cancellation link does not work. Check that the whole link was copied. If in doubt, contact the organiser.',
    network: 'It could not be cancelled. Check your connection and try again.',
  },
};
