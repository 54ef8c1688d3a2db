// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the auth module: other modules import only this file (eslint.config.js, "module faces"). */
export { RoleEnum, UserType } from './auth.types.js';
export { claimLockSms, clearGuard, clientIpFailures, clientSubject, guessSucceeded, ipSucceeded, reserveGuess, reserveIpFailure, verifyOrDummy } from './login-guard.js';
export type { GuardSubject } from './login-guard.js';
export { passwordIssues } from './password-policy.js';
export { CLIENT_COOKIE, STAFF_COOKIE, createSession, deleteSession, staffActorFromSession, tokenActor } from './session.service.js';
export { sessionBarrierPlugin, startSessionCache } from './session-cache.js';
export { DEMO_TOTP_SECRET, resealTotpSecrets, sealTotpSecret } from './totp.service.js';
export { listStaffUsers, staffUser, unlockStaffUser, type StaffUserRow } from './staff-accounts.service.js';
