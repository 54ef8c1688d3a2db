// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the common module: other modules import only this file (eslint.config.js, "module faces"). */
export { audit } from './audit.js';
export { Connection, decodeCursor, encodeCursor, pageSize } from './connection.js';
export { CurrencyTotalType } from './currency-total.js';
