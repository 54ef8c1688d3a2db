// The staff permission table: which staff role may perform which operation. ONE source (issue 22 "Role-aware
// screens"): the server's resolvers take their `@Authorized(...)` roles from it, and the SPA gets the operations of
// the signed-in user from it (`me { permissions }`) to offer only what the user's roles allow. ADMIN passes every
// staff operation (as the server's auth checker does). Roles: COLL-3 (NOTICES_EDIT / NOTICES_VIEW), PRODUCT.md roles.

export type StaffRole = 'ADMIN' | 'SERVICING' | 'NOTICES_EDIT' | 'NOTICES_VIEW' | 'ANALYST';

const READERS = ['SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'] as const;

export const PERMISSIONS = {
  /** loans, schedules, payments, quotes, files and dictionaries: read */
  'loans.read': READERS,
  /** soft collection (COLL-3): notices, templates, send progress: read */
  'notices.read': ['NOTICES_VIEW', 'NOTICES_EDIT'],
  /** the registry and one notice's metadata (analysts: never text, phone or note) */
  'notices.readMetadata': ['NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'],
  /** COLL-3: create, edit, delete, send, check the status of notices; mass generation; templates */
  'notices.edit': ['NOTICES_EDIT'],
  'notices.send': ['NOTICES_EDIT'],
  'notices.massGenerate': ['NOTICES_EDIT'],
  'templates.edit': ['NOTICES_EDIT'],
  /** issue 31: a collector's call list (my calls, outcomes, tasks by hand); assigning tasks to collectors */
  'calls.work': ['NOTICES_EDIT'],
  'calls.assign': ['NOTICES_EDIT'],
  /** party contacts belong to the party data: servicing staff and soft-collection editors maintain them */
  'contacts.read': ['NOTICES_VIEW', 'NOTICES_EDIT', 'SERVICING', 'ANALYST'],
  'contacts.edit': ['NOTICES_EDIT', 'SERVICING'],
  /** payments, reversals, extraordinary repayments, nonstop banking */
  'payments.edit': ['SERVICING'],
  /** dictionaries (receivable kinds, holidays, schedule conventions) */
  'dictionaries.read': READERS,
  'dictionaries.edit': ['SERVICING'],
  /** client zone (borrower portal) access: grant, reset, revoke */
  'clientZone.manageAccess': ['SERVICING'],
  /** party card (contracts), duplicates and merge */
  'parties.read': ['SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT'],
  'parties.edit': ['SERVICING'],
  /** bank statements: import and match */
  'statements.manage': ['SERVICING'],
  /** collection strategies (issue 31): list, simulation, versions / edit and activate / flag and clear a dispute or complaint */
  'strategies.read': ['NOTICES_VIEW', 'NOTICES_EDIT'],
  'strategies.edit': ['NOTICES_EDIT'],
  'holds.edit': ['NOTICES_EDIT', 'SERVICING'],
  /** "Powiadom o nadchodzącej racie" */
  'reminders.notify': ['SERVICING', 'NOTICES_EDIT'],
  /** settings (integrations, switches, staff accounts), legal rates, reminder settings, audit */
  'settings.edit': ['ADMIN'],
  'legalRates.read': ['ADMIN', ...READERS],
  'legalRates.edit': ['ADMIN'],
  'audit.read': ['ADMIN'],
  /** forbearance (issue 32): cases, previews, the pre-enforcement report: read; the workflow; hand-over to hard collection */
  'forbearance.read': READERS,
  'forbearance.manage': ['SERVICING'],
  'loans.handOver': ['SERVICING'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Operation = keyof typeof PERMISSIONS;

/** Roles allowed to perform `op`, for `@Authorized(...)` (ADMIN passes anyway). */
export function rolesFor(op: Operation): StaffRole[] {
  return [...PERMISSIONS[op]];
}

/** The operations a staff user with these roles may perform (ADMIN: all). */
export function permissionsOf(roles: readonly string[]): Operation[] {
  const admin = roles.includes('ADMIN');
  return (Object.keys(PERMISSIONS) as Operation[]).filter((op) => admin || PERMISSIONS[op].some((r: StaffRole) => roles.includes(r)));
}
