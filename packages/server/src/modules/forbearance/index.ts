// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
import { ClientForbearanceResolver, ForbearanceResolver } from './forbearance.resolver.js';

/** The public face of the forbearance module (issue 32). */
export const forbearanceResolvers = [ForbearanceResolver, ClientForbearanceResolver] as const;
export { registerForbearanceDaily } from './forbearance.job.js';
