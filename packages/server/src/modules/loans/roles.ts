import { rolesFor } from '@raty/domain';

/** Staff roles that may read loans, schedules, payments and quotes. */
export const READ_ROLES = rolesFor('loans.read');
