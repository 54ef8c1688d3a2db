import { toApiErrors } from '../../shared/errors/graphqlErrors';

/** The server answered sms.noConsent (or email.noConsent): offer "go to contacts" or "save with this number/address" (manualPhone / manualEmail). */
export function needsConsentConfirmation(error: unknown): boolean {
  return toApiErrors(error).some((e) => e.fields.some((f) => f.rule === 'sms.noConsent' || f.rule === 'email.noConsent'));
}

/**
 * Where "Go to contacts" leads: the debtor file page (contacts tab) of the party; `returnTo` is where its "back to the
 * notice" link leads (the editor, which restores the draft).
 */
export function contactsHref(fileId: string, partyId: string, returnTo?: string): string {
  const p = new URLSearchParams({ tab: 'contacts', party: partyId });
  if (returnTo) p.set('returnTo', returnTo);
  return `/files/${encodeURIComponent(fileId)}?${p.toString()}`;
}
