// What the person types into the sign-up form, and the empty form: on the first screen (the element holds
// the values from the start), while the checks on them come with the later part (./signup-model.ts).

/** Everything the person can type, kept in memory only (never in storage), so nothing is lost on failure. */
export interface SignupValues {
  kind: 'person' | 'organisation';
  organisation_name: string;
  headcount: string;
  name: string;
  phone: string;
  email: string;
  age: string;
  /** "I am under N" when the activity does not ask the age but minors may take part. */
  minor: boolean;
  guardian_name: string;
  guardian_consent: boolean;
  address_ward: string;
  experience: string;
  languages: string[];
  terms_accepted: boolean;
  /** Honeypot: hidden from people, filled by bots. */
  website: string;
}

export const emptyValues = (): SignupValues => ({
  kind: 'person',
  organisation_name: '',
  headcount: '1',
  name: '',
  phone: '',
  email: '',
  age: '',
  minor: false,
  guardian_name: '',
  guardian_consent: false,
  address_ward: '',
  experience: '',
  languages: [],
  terms_accepted: false,
  website: '',
});
