import { emailHtml } from '@raty/domain';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../shared/ui/TextField';

type EmailFieldsProps = {
  email: string;
  onEmail: (v: string) => void;
  subject: string;
  onSubject: (v: string) => void;
  editable: { email: boolean; subject: boolean };
  errors: Record<string, string>;
};

/** The address and subject of an e-mail notice (issue 25): shown in the text section instead of the phone number. */
export function EmailFields({ email, onEmail, subject, onSubject, editable, errors }: EmailFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="email"
        type="email"
        label={t('notices.email.address')}
        autoComplete="off"
        value={email}
        disabled={!editable.email}
        onChange={(e) => onEmail(e.target.value)}
        error={errors.email}
        className="coll-phone"
        required
      />
      <TextField name="subject" label={t('notices.email.subject')} value={subject} disabled={!editable.subject} onChange={(e) => onSubject(e.target.value)} error={errors.subject} maxLength={200} />
    </>
  );
}

/**
 * Preview of an e-mail notice: the subject and the HTML part exactly as the server makes it from the text (the domain's
 * `emailHtml`), in a sandboxed frame (no scripts, no links followed).
 */
export function EmailPreview({ subject, text }: { subject: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section className="coll-email-preview" aria-label={t('notices.email.preview')}>
      <h3 className="small">{t('notices.email.preview')}</h3>
      {text.trim() ? (
        <>
          <p className="strong" data-testid="email-preview-subject">
            {subject}
          </p>
          <iframe title={t('notices.email.previewFrame')} sandbox="" srcDoc={emailHtml(text.trim())} className="coll-email-preview__frame" />
        </>
      ) : (
        <p className="muted small">{t('notices.email.previewEmpty')}</p>
      )}
    </section>
  );
}
