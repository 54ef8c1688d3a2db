/**
 * Demo data: the deterministic demo portfolio loaded on first start (`RATY_DEMO_DATA`, alias `RATY_SEED`) and by
 * tests and the bench. Import only from here.
 */
export { DEMO_LOGINS, SIZES, createDemoData, loadDemoDataIfEmpty } from './portfolio.js';
export { createDemoCollection } from './collection.js';
export { addDaysIso } from './util.js';
export { DEMO_PARTNER_TOKEN } from './partner.js';
