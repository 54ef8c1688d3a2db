// Public API of the pure domain package. No I/O lives here.
export * from './money.js';
export * from './loan/index.js';
export * from './collection/index.js';
export * from './validators/index.js';
export * from './statements/index.js';
export * from './permissions.js';
export * from './analytics/kpi.js';
