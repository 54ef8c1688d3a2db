// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
import { ClientZoneAccessResolver, ClientZoneResolver } from './clientzone.resolver.js';

export { clientActorFromSession, CLIENT_COOKIE, requireClient } from './client-auth.service.js';
export { requireOwnLoan } from './client-loans.service.js';
export { mountClientZoneHttp } from './clientzone.http.js';

export const clientZoneResolvers = [ClientZoneAccessResolver, ClientZoneResolver] as const;
export { loadClientZoneConfig } from './clientzone.config.js';
export type { ClientZoneConfig } from './clientzone.config.js';
