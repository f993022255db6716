import type { SignupFirstMessages } from './index.js';

/** English. Plain, short sentences; the person is "you", never a "target" or a "needy person". */
export const en: SignupFirstMessages = {
  title: 'Take part in local activities',
  intro: 'Sign up for neighbourhood watch, food support, study support for children, training and more.',
  filters: {
    legend: 'Find an activity',
    ward: 'Ward',
    allWards: 'All wards',
    type: 'Type of activity',
    allTypes: 'All types',
  },
  types: {
    watch: 'Neighbourhood watch',
    business_watch: 'Business watch partner',
    food_support: 'Food support',
    community_place: 'Community place',
    study_support: 'Study support for children',
    work_experience: 'Hosting work experience',
    training: 'Training',
  },
  list: {
    loading: 'Loading activities.',
    count: (n: number) => (n === 1 ? '1 activity found.' : `${n} activities found.`),
    empty: 'No activities match right now. Try another ward or type.',
    loadError: 'The activities could not be loaded. Check your connection and try again.',
    more: 'Show more',
    seatsLeft: (n: number) => (n === 1 ? '1 place left' : `${n} places left`),
    full: 'Full — join the waiting list',
    chooseLabel: 'Details and sign-up',
    sample: 'Sample',
  },
  details: {
    back: 'Back to the list of activities',
    when: 'When',
    where: 'Where',
    online: 'Online',
    organizer: 'Organised by',
    seats: 'Places',
    capacity: (n: number) => `${n} places in all`,
    waitlist: (n: number) => `${n} on the waiting list`,
    requirements: 'To take part',
    minAge: (n: number) => `Aged ${n} or over`,
    trainingFirst: 'Take the training first',
    languages: 'Languages used',
    fullNote:
      'This activity is full. If you sign up you join the waiting list, and places are given in order when they free up.',
    time: (start: string, end: string) => `${start}–${end}`,
  },
};
