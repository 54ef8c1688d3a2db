import { toApiErrors } from '../../shared/errors/graphqlErrors';

/** The server answered sms.noConsent (or email.noConsent): offer "go to contacts" or "save with this number/address" (manualPhone / manualEmail). */
export function needsConsentConfirmation(error: unknown): boolean {
  return toApiErrors(error).some((e) => e.fields.some((f) => f.rule === 'sms.noConsent' || f.rule === 'email.noConsent'));
}

/** Where "Go to contacts" leads: the debtor file page (contacts tab). */
export function contactsHref(fileId: string, partyId: string): string {
  return `/files/${encodeURIComponent(fileId)}?tab=contacts&party=${encodeURIComponent(partyId)}`;
}
