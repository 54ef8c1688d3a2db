// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the admin module: its resolver (staff users and API tokens); its use cases are admin.service.ts. */
export { AdminResolver } from './admin.resolver.js';
