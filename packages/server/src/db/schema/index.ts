export * from './auth.js';
export * from './parties.js';
export * from './dictionaries.js';
export * from './loans.js';
