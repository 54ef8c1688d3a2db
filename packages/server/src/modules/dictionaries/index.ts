// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the dictionaries module: other modules import only this file (eslint.config.js, "module faces"). */
export { ScheduleConventionsInput } from './dictionaries.types.js';
