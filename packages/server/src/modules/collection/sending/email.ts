import { emailHtml } from '@raty/domain';
import { getMailer } from '../../../integrations/mailer.js';

/** The outcome of handing an e-mail notice to the SMTP server (issue 25). */
export type EmailSendOutcome = { ok: true; messageId: string } | { ok: false; reason: string; retryable: boolean };

/**
 * Sends an e-mail notice through SMTP (nodemailer; the local SMTP sandbox in embedded mode): the text is the
 * plain-text part, the HTML part is made from it (`emailHtml`). SENT means the server accepted the message (250); a
 * refusal is FAILED with the SMTP error ("SMTP 550: …"), retryable when the server certainly did not take the message
 * (it answered with an error, or could not be reached); a bounce may still come later (BOUNCED, mail-bounces.ts).
 */
export async function sendEmailNotice(mail: { to: string; subject: string; text: string }): Promise<EmailSendOutcome> {
  try {
    const r = await getMailer().send({ to: mail.to, subject: mail.subject, text: mail.text, html: emailHtml(mail.text) });
    if (r.rejected.length && !r.accepted.length) return { ok: false, reason: `SMTP: recipient refused: ${r.rejected.join(', ')}`, retryable: true };
    return { ok: true, messageId: r.messageId };
  } catch (err) {
    const e = err as Error & { responseCode?: number; response?: string; code?: string };
    if (e.responseCode) return { ok: false, reason: `SMTP ${e.responseCode}: ${(e.response ?? e.message).slice(0, 400)}`, retryable: true };
    const unreachable = e.code === 'ECONNECTION' || /ECONNREFUSED|ENOTFOUND|not configured/.test(e.message ?? '');
    return { ok: false, reason: `SMTP: ${(e.message ?? String(err)).slice(0, 400)}`, retryable: unreachable };
  }
}

/** The Message-ID without its angle brackets (the mailer and a bounce report may write it either way). */
export function bareMessageId(id: string): string {
  return id.trim().replace(/^<|>$/g, '');
}
