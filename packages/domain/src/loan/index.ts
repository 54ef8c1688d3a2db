// Public API of the pure loan engine (see packages/domain/README.md).
export * from './errors.js';
// date helpers are exported as a namespace to avoid clashing with validators' date helpers
export * as loanDates from './dates.js';
export type { DayCount, YearFraction } from './dates.js';
export { DAY_COUNTS, yearFraction } from './dates.js';
export * from './conventions.js';
export * from './schedule.js';
export * from './apr.js';
export * from './prepayment.js';
export * from './extraordinary-repayment.js';
export * from './ledger.js';
export * from './caps.js';
export * from './attribution.js';
export * from './capping.js';
export * from './forbearance.js';
