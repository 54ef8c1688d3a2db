// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the files module: other modules import only this file (eslint.config.js, "module faces"). */
export { toPartyType } from './files.mappers.js';
export { DebtorFileType, FilePartyType, PartyRoleEnum, PartyType, ReceivableKindType } from './files.types.js';
