export * from './types.js';
export * from './sms.js';
export * from './templates.js';
export * from './notices.js';
export * from './contacts.js';
export * from './sendState.js';
export * from './mass.js';
export * from './strategy.js';
