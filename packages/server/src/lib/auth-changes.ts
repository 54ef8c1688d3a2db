/**
 * Counts the changes to sessions and users (the actor a staff session stands for) made through this process's database
 * connections: migration 0043's trigger raises the NOTICE `raty_auth_changed` to the connection that made the change,
 * and db/client.ts counts it here before the statement's promise resolves. The staff session cache
 * (modules/auth/session-cache.ts) holds a request's answer back until every process has emptied its cache when the
 * count moved during the request (issue 28).
 */
export const AUTH_CHANGED = 'raty_auth_changed';

export const authChanges = { local: 0 };
