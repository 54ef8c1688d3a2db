import nodemailer, { type Transporter } from 'nodemailer';
import { appConfig } from '../app-config.js';

/**
 * Outgoing mail over SMTP with nodemailer. SMTP_URL (e.g. smtps://user:pass@smtp.example.com:465 or
 * smtp://127.0.0.1:2525 for the local sandbox) and MAIL_FROM come from the environment.
 */
interface MailInput {
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  from?: string;
  replyTo?: string;
}

interface MailResult {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export interface Mailer {
  send(mail: MailInput): Promise<MailResult>;
  verify(): Promise<true>;
  close(): void;
}

export function createMailer(opts: { smtpUrl: string; from: string; timeoutMs?: number }): Mailer {
  const timeout = opts.timeoutMs ?? 10_000;
  const transport: Transporter = nodemailer.createTransport({
    url: opts.smtpUrl,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 3,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: mail.from ?? opts.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, replyTo: mail.replyTo });
      const addr = (a: unknown) => (typeof a === 'string' ? a : (a as { address: string }).address);
      return { messageId: String(info.messageId), accepted: (info.accepted ?? []).map(addr), rejected: (info.rejected ?? []).map(addr) };
    },
    verify: () => transport.verify(),
    close: () => transport.close(),
  };
}

let shared: Mailer | undefined;
let sharedUrl: string | undefined;

/** Sets the SMTP URL used by `getMailer()` (main.ts sets the sandbox's URL in embedded mode; tests their own). */
export function setMailerUrl(url: string | undefined) {
  if (shared && url !== sharedUrl) shared.close();
  shared = undefined;
  sharedUrl = url;
}

/** The app's mailer (SMTP_URL, else the URL set with `setMailerUrl`); throws when no SMTP is configured. */
export function getMailer(): Mailer {
  const url = appConfig().smtpUrl ?? sharedUrl;
  if (!url) throw new Error('E-mail is not configured: set SMTP_URL (see docs/integrations.md)');
  if (!shared || url !== sharedUrl) {
    sharedUrl = url;
    shared = createMailer({ smtpUrl: url, from: appConfig().mailFrom });
  }
  return shared;
}
