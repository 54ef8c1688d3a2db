import type { ContactReason, NoticeChannel } from '../../graphql/generated/graphql';

/**
 * The notice being written when the user follows "Przejdź do kontaktów" from the no-consent dialog (COLL-4.3.1): kept
 * in sessionStorage per file, restored when the editor opens again for that file, then forgotten (issue #22).
 */
export type NoticeDraftState = {
  reason: ContactReason;
  channel: NoticeChannel;
  createdOn: string;
  promiseDate: string;
  partyId: string;
  selected: string[];
  phone: string;
  text: string;
  templateId: string;
  note: string;
};

const KEY = 'raty.noticeDraft.';

export function keepDraft(fileId: string, draft: NoticeDraftState): void {
  try {
    sessionStorage.setItem(KEY + fileId, JSON.stringify(draft));
  } catch {
    // storage unavailable: the draft is lost as before
  }
}

export function readDraft(fileId: string): NoticeDraftState | null {
  try {
    const raw = sessionStorage.getItem(KEY + fileId);
    if (!raw) return null;
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && 'reason' in v && 'selected' in v ? (v as NoticeDraftState) : null;
  } catch {
    return null;
  }
}

export function forgetDraft(fileId: string): void {
  try {
    sessionStorage.removeItem(KEY + fileId);
  } catch {
    // nothing kept
  }
}
