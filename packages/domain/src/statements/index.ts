export * from './types.js';
export * from './balance.js';
export * from './mt940.js';
export * from './camt053.js';
export * from './keys.js';
export * from './matching.js';
export * from './payer.js';
