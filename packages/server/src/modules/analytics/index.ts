// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the analytics module: other modules import only this file (eslint.config.js, "module faces"). */
export { measuresLoader, searchLoans } from './loan-list.js';
export { registerMonthEndJob } from './month-ends.service.js';
