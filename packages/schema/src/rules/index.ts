// Rules the browser and the server apply the same way: sign-up rules, window ranking, towns → wards,
// numbers and phone numbers as typed, and what makes a concern report worth sending.
export * from './numbers.js';
export * from './signup.js';
export * from './ranking.js';
export * from './towns.js';
export * from './report.js';
export * from './reference.js';
