import { useId, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ContactReason, GenerateNoticeTextInput } from '../../graphql/generated/graphql';
import { toFormErrors } from '../../shared/errors/graphqlErrors';
import { currentLanguage } from '../../shared/i18n/i18n';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { SelectField } from '../../shared/ui/SelectField';
import { TextField } from '../../shared/ui/TextField';
import { GenerateNoticeTextQuery, NoticeTemplatesForReasonQuery } from '../../shared/collection/operations';
import { NormalisationNotice, SmsCounter } from '../../shared/collection/SmsCounter';
import { isSmsChannel } from '../../shared/collection/notices';
import { FormField } from '../../shared/ui/FormField';

type TextSectionProps = {
  reason: ContactReason;
  channel: string;
  phone: string;
  onPhone: (v: string) => void;
  text: string;
  onText: (v: string) => void;
  templateId: string;
  onTemplate: (v: string) => void;
  /** what "Generate text" renders for (file or saved notice, items, dates) — the template id is added */
  renderInput: Omit<GenerateNoticeTextInput, 'templateId'>;
  editable: { text: boolean; phone: boolean; template: boolean };
  errors: Record<string, string>;
  /** EMAIL: the address/subject fields shown instead of the phone, the preview under the text (issue 25) */
  emailFields?: ReactNode;
  emailPreview?: ReactNode;
  /** EMAIL: "Generate text" also renders the template's subject */
  onSubject?: (v: string) => void;
};

/** "Treść powiadomienia": phone, template (filtered by reason) + "Generate text", text with the live counter. */
export function TextSection(props: TextSectionProps) {
  const { reason, channel, phone, onPhone, text, onText, templateId, onTemplate, renderInput, editable, errors, emailFields, emailPreview, onSubject } = props;
  const { t } = useTranslation();
  const client = useApolloClient();
  const textId = useId();
  const counterId = useId();
  const templates = useQuery(NoticeTemplatesForReasonQuery, { variables: { reason } });
  const [generating, setGenerating] = useState(false);
  const [generateError, setGenerateError] = useState<unknown>(null);
  const [normalisation, setNormalisation] = useState<Parameters<typeof NormalisationNotice>[0]['normalisation']>(null);
  const sms = isSmsChannel(channel);

  const options = [
    { value: '', label: t('notices.editor.noTemplate') },
    // e-mail templates (with a subject) for e-mail notices, the others for the other channels
    ...(templates.data?.noticeTemplates ?? [])
      .filter((tpl) => (tpl.channel === 'EMAIL') === (channel === 'EMAIL'))
      .map((tpl) => ({
        value: tpl.id,
        label: `${tpl.name} (${t(`notices.channel.${tpl.channel}`)})`,
      })),
  ];
  if (templateId && !options.some((o) => o.value === templateId)) options.push({ value: templateId, label: templateId });

  async function generate() {
    if (!templateId) return;
    setGenerating(true);
    setGenerateError(null);
    try {
      const { data } = await client.query({
        query: GenerateNoticeTextQuery,
        variables: { input: { ...renderInput, templateId } },
        fetchPolicy: 'network-only',
      });
      if (data) {
        onText(data.generateNoticeText.text);
        if (data.generateNoticeText.subject != null) onSubject?.(data.generateNoticeText.subject);
        setNormalisation(data.generateNoticeText.normalisation);
      }
    } catch (e) {
      setGenerateError(e);
    } finally {
      setGenerating(false);
    }
  }

  const genErrors = toFormErrors(generateError, [], t, currentLanguage());

  return (
    <fieldset className="coll-fieldset">
      <legend>{t('notices.editor.textSection')}</legend>
      <div className="coll-row">
        {channel === 'EMAIL' && emailFields ? (
          emailFields
        ) : (
          <TextField
            name="phone"
            label={t('notices.editor.phone')}
            inputMode="tel"
            value={phone}
            disabled={!editable.phone}
            onChange={(e) => onPhone(e.target.value)}
            error={errors.phone}
            className="coll-phone"
            required={channel === 'SMS'}
          />
        )}
        <SelectField
          name="templateId"
          label={t('notices.editor.template')}
          options={options}
          value={templateId}
          disabled={!editable.template}
          onChange={(e) => onTemplate(e.target.value)}
          error={errors.templateId}
          className="coll-template"
        />
        <div className="coll-row__button">
          <button type="button" className="button" disabled={!templateId || generating || !editable.text} onClick={() => void generate()}>
            {generating ? t('notices.editor.generating') : t('notices.editor.generate')}
          </button>
        </div>
      </div>
      <ErrorBanner messages={genErrors.banner} />
      <NormalisationNotice normalisation={normalisation} />
      <FormField label={t('notices.editor.text')} error={errors.text} id={textId} describedBy={counterId} after={<SmsCounter text={text} sms={sms} id={counterId} />}>
        {(control) => <textarea {...control} name="text" className="field__input coll-textarea" rows={4} value={text} readOnly={!editable.text} onChange={(e) => onText(e.target.value)} />}
      </FormField>
      {channel === 'EMAIL' ? emailPreview : null}
    </fieldset>
  );
}
