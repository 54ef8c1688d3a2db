// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
import { ContactsResolver } from './contacts/contacts.resolver.js';
import { NoticeTemplatesResolver } from './templates/templates.resolver.js';
import { NoticesResolver } from './notices/notices.resolver.js';
import { NoticeRegistryResolver } from './registry/registry.resolver.js';
import { MassNoticesResolver } from './mass/mass.resolver.js';
import { NoticeSendingResolver } from './sending/sending.resolver.js';
import { CallTasksResolver } from './calls/calls.resolver.js';

/** Soft collection (COLL) resolvers. */
export const collectionResolvers = [ContactsResolver, NoticeTemplatesResolver, NoticesResolver, NoticeRegistryResolver, MassNoticesResolver, NoticeSendingResolver, CallTasksResolver] as const;
export { mountNoticeExport } from './registry/export.js';
export { registerNoticeSendWorker, startSendJob } from './sending/sending.service.js';
export { sendEmailNotice } from './sending/email.js';
export { registerNoticeTotalsCompaction } from './registry/totals.job.js';
export { registerFileChangesPrune } from './mass/changes.job.js';
export { createMassNotices, prepareMass } from './mass/mass.service.js';
export { MassParamsInput } from './mass/mass.types.js';
export { NoticeAddresseeType, NoticeType } from './notices/notices.types.js';
export { placeHold, clearHold, activeHolds, noActiveHold } from './holds/holds.service.js';
