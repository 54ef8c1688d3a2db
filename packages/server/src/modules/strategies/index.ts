// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
import { StrategiesResolver } from './strategies.resolver.js';

/** The public face of the collection strategies module (issue 31): other modules import only this file. */
export const strategiesResolvers = [StrategiesResolver] as const;
export { registerStrategyJobs } from './strategies.jobs.js';
export { ensureDefaultStrategies } from './strategies.service.js';
