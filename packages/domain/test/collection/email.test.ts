import { describe, expect, it } from 'vitest';
import { consentedEmail, emailHtml, nextSendState, noticeEditability, renderNotice, sampleContext, sendNoticeIssues, validateTemplate } from '../../src/index.js';

describe('e-mail templates (issue 25)', () => {
  it('require a subject whose placeholders follow the reason', () => {
    const base = { name: 'Mail', channel: 'EMAIL' as const, reason: 'UPCOMING' as const, text: 'Rata <rata> do <data_raty>.' };
    expect(validateTemplate(base).map((i) => [i.field, i.rule])).toEqual([['subject', 'required']]);
    expect(validateTemplate({ ...base, subject: 'Kartoteka <kartoteka>' })).toEqual([]);
    expect(validateTemplate({ ...base, subject: 'Zobowiązanie <data_zobowiazania>' }).map((i) => [i.field, i.rule])).toEqual([['subject', 'template.tagNotAllowed']]);
    expect(validateTemplate({ ...base, channel: 'SMS', subject: 'x' }).map((i) => [i.field, i.rule])).toEqual([['subject', 'template.subjectOnlyEmail']]);
  });

  it('render the subject, the plain text and an escaped HTML part', () => {
    const r = renderNotice({ channel: 'EMAIL', reason: 'UPCOMING', subject: 'Rata  <kartoteka>', text: 'Dzień dobry,\n\nrata <rata> w kwocie <kwota_raty>.\nRaty & Co' }, sampleContext('UPCOMING'));
    expect(r.subject).toBe('Rata 544');
    expect(r.text).toBe('Dzień dobry,\n\nrata 2026/4 w kwocie 140,00.\nRaty & Co'); // no GSM-7 normalisation for e-mail
    expect(r.html).toContain('<p>Dzień dobry,</p><p>rata 2026/4 w kwocie 140,00.<br>Raty &amp; Co</p>');
    expect(emailHtml('<b>x</b>')).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('e-mail notices', () => {
  const mail = { channel: 'EMAIL' as const, reason: 'UPCOMING' as const, email: 'jan@example.pl', subject: 'S', text: 'T', sendState: { status: 'DRAFT' as const } };
  it('are sent by the system with a valid address and a subject', () => {
    expect(sendNoticeIssues(mail)).toEqual([]);
    expect(sendNoticeIssues({ ...mail, email: 'nope', subject: '' }).map((i) => [i.field, i.rule])).toEqual([
      ['email', 'email.format'],
      ['subject', 'required'],
    ]);
    expect(sendNoticeIssues({ ...mail, channel: 'PHONE_CALL' })[0].rule).toBe('notice.channelNotSms');
  });

  it('lock once sent, and a bounce of a sent e-mail makes it BOUNCED (once)', () => {
    const sent = { status: 'SENT' as const, providerMessageId: '<m@x>', sentAt: '2026-11-25T08:00:00Z' };
    expect(noticeEditability({ ...mail, sendState: sent }).text).toBe(false);
    const b = nextSendState(sent, { type: 'BOUNCE', reason: '550 5.1.1 mailbox unavailable' });
    expect(b.ok && b.state.status).toBe('BOUNCED');
    const again = nextSendState(b.ok ? b.state : sent, { type: 'BOUNCE', reason: 'x' });
    expect(again.ok && again.changed).toBe(false);
    expect(nextSendState({ status: 'DRAFT' }, { type: 'BOUNCE', reason: 'x' }).ok).toBe(false);
  });

  it('use the consented e-mail contact', () => {
    expect(
      consentedEmail([
        { type: 'EMAIL', value: 'a@example.pl', smsConsent: false },
        { type: 'EMAIL', value: 'b@example.pl', smsConsent: true },
      ]),
    ).toBe('b@example.pl');
    expect(consentedEmail([{ type: 'MOBILE', value: '601234567', smsConsent: true }])).toBeNull();
  });
});
