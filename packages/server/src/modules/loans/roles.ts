/** Staff roles that may read loans, schedules, payments and quotes. */
export const READ_ROLES = ['SERVICING', 'NOTICES_VIEW', 'NOTICES_EDIT', 'ANALYST'] as const;
