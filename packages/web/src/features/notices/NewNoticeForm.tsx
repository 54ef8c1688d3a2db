import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { ContactReason, NoticeChannel } from '../../graphql/generated/graphql';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useLiveFormErrors } from '../../shared/ui/useFormErrors';
import { AddresseeTable, type Addressee } from './AddresseeTable';
import { forgetDraft, keepDraft, readDraft } from './draftStore';
import { contactsHref, needsConsentConfirmation } from './consent';
import { Dialog } from '../../shared/ui/Dialog';
import { ItemsTable } from '../../shared/collection/ItemsTable';
import { CreateNoticeMutation, NoticeDraftQuery, NoticeFileQuery } from './operations';
import { TextSection } from './TextSection';
import { CHANNELS, isSmsChannel, REASONS } from '../../shared/collection/notices';
import { FieldError, FormField } from '../../shared/ui/FormField';
import { EmailFields, EmailPreview } from './EmailFields';

const FIELDS = ['reason', 'channel', 'createdOn', 'promiseDate', 'partyId', 'itemIds', 'phone', 'text', 'note', 'templateId', 'email', 'subject'] as const;

/** "Dodaj powiadomienie" (COLL-4.3.1). */
/** The message after saving: only an SMS notice is sent by the system (COLL-4.3.3), other channels are records. */
export function createdMessageKey(channel: NoticeChannel): string {
  return channel === 'SMS' ? 'notices.editor.created' : 'notices.editor.createdNotSent';
}

export function NewNoticeForm({ fileId, onCreated, onCancel }: { fileId: string; onCreated: (noticeId: string, channel: NoticeChannel) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  // the draft kept by "Przejdź do kontaktów" (COLL-4.3.1), restored once
  const [restored] = useState(() => readDraft(fileId));
  useEffect(() => forgetDraft(fileId), [fileId]);
  const [reason, setReason] = useState<ContactReason>(restored?.reason ?? 'OVERDUE');
  const [channel, setChannel] = useState<NoticeChannel>(restored?.channel ?? 'SMS');
  const [createdOn, setCreatedOn] = useState(restored?.createdOn ?? '');
  const [promiseDate, setPromiseDate] = useState(restored?.promiseDate ?? '');
  const [partyId, setPartyId] = useState(restored?.partyId ?? '');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [phone, setPhone] = useState(restored?.phone ?? '');
  const [text, setText] = useState(restored?.text ?? '');
  const [templateId, setTemplateId] = useState(restored?.templateId ?? '');
  const [note, setNote] = useState(restored?.note ?? '');
  const [consentAsk, setConsentAsk] = useState(false);
  // EMAIL channel (issue 25): address (default: the consented e-mail contact) and subject
  const [email, setEmail] = useState('');
  const [subject, setSubject] = useState('');
  const [restoreNote, setRestoreNote] = useState(restored ? 'restored' : '');

  const file = useQuery(NoticeFileQuery, { variables: { id: fileId } });
  const draft = useQuery(NoticeDraftQuery, {
    variables: { fileId, reason, createdOn: createdOn || null },
    notifyOnNetworkStatusChange: true,
    // the party's contacts may have changed meanwhile (consent given on the contacts tab)
    fetchPolicy: 'cache-and-network',
  });
  const d = draft.data?.noticeDraft;

  // a new draft (reason/date changed): tick every item; default the date and the addressee (adjusted while rendering,
  // https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes)
  const [draftShown, setDraftShown] = useState<typeof d>(undefined);
  const [restoredApplied, setRestoredApplied] = useState(false);
  if (d && d !== draftShown && !draft.loading) {
    setDraftShown(d);
    if (restored && !restoredApplied) {
      // back from the contacts: the items ticked before, and the number that now carries the SMS consent
      setRestoredApplied(true);
      const known = new Set(d.items.map((i) => i.id));
      setSelected(new Set(restored.selected.filter((id) => known.has(id))));
      const back = d.addressees.find((a) => a.partyId === restored.partyId);
      if (back?.smsConsent && back.mobile) {
        setPhone(back.mobile);
        setRestoreNote(`consent:${back.mobile}`);
      }
    } else {
      setSelected(new Set(d.items.filter((i) => i.selected).map((i) => i.id)));
    }
    if (!createdOn) setCreatedOn(d.createdOn);
  }
  // a departed addressee ("Ubyły") is never offered for an SMS (issue #22): the default is the first one offered
  const offered = (a: Addressee) => !(isSmsChannel(channel) && a.departed);
  if (d) {
    const current = d.addressees.find((a) => a.partyId === partyId);
    if (!current || !offered(current)) {
      const first = d.addressees.find((a) => offered(a) && a.smsConsent) ?? d.addressees.find(offered);
      if ((first?.partyId ?? '') !== partyId) {
        setPartyId(first?.partyId ?? '');
        setPhone(first?.mobile ?? '');
        setEmail(first?.email ?? '');
      }
    }
  }

  const [create, createState] = useMutation(CreateNoticeMutation);
  const consentError = needsConsentConfirmation(createState.error);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useLiveFormErrors(consentError ? null : createState.error, FIELDS, formRef);

  async function save(manualPhone: boolean) {
    setConsentAsk(false);
    try {
      const res = await create({
        variables: {
          input: {
            fileId,
            partyId,
            reason,
            channel,
            createdOn: createdOn || null,
            promiseDate: reason === 'OVERDUE' && promiseDate ? promiseDate : null,
            itemIds: d ? d.items.filter((i) => selected.has(i.id)).map((i) => i.id) : null,
            note: note.trim() || null,
            phone: phone.replace(/\s+/g, '') || null,
            manualPhone: manualPhone || null,
            text: text.trim() || null,
            templateId: templateId || null,
            ...(channel === 'EMAIL' ? { phone: null, manualPhone: null, email: email.trim() || null, manualEmail: manualPhone || null, subject: subject.trim() || null } : {}),
          },
        },
      });
      const id = res.data?.createNotice.notice.id;
      if (id) onCreated(id, channel);
    } catch (e) {
      // shown through createState.error; a number without SMS consent asks first
      if (needsConsentConfirmation(e)) setConsentAsk(true);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(false);
  }

  const addressee = d?.addressees.find((a) => a.partyId === partyId);

  return (
    <form ref={formRef} className="notice-editor" onSubmit={submit} onChange={errors.clearOnChange} aria-labelledby="notice-editor-title" noValidate>
      <header className="notice-editor__head">
        <h2 id="notice-editor-title">{t('notices.editor.addTitle')}</h2>
        <p className="muted">
          {t('notices.editor.file')}: <strong>{file.data?.debtorFile?.displayNumber ?? '…'}</strong>
          {file.data?.debtorFile ? ` · ${file.data.debtorFile.receivableKind.name}` : ''}
        </p>
      </header>
      {restoreNote ? (
        <p className="banner banner--info" role="status" data-testid="draft-restored">
          {t('notices.editor.draftRestored')}
          {restoreNote.startsWith('consent:') ? ` ${t('notices.editor.consentedFilled', { phone: restoreNote.slice('consent:'.length) })}` : ''}
        </p>
      ) : null}
      <ErrorBanner messages={errors.banner} />
      {file.error ? <QueryError error={file.error} /> : null}

      <fieldset className="coll-fieldset">
        <legend>{t('notices.editor.params')}</legend>
        <div className="coll-grid4">
          <SelectField
            name="reason"
            label={t('notices.editor.reason')}
            value={reason}
            options={REASONS.map((r) => ({ value: r, label: t(`notices.reason.${r}`) }))}
            onChange={(e) => {
              setReason(e.target.value as ContactReason);
              setTemplateId('');
            }}
            error={errors.byField.reason}
          />
          <SelectField
            name="channel"
            label={t('notices.editor.channel')}
            value={channel}
            options={CHANNELS.map((c) => ({ value: c, label: t(`notices.channel.${c}`) }))}
            onChange={(e) => setChannel(e.target.value as NoticeChannel)}
            error={errors.byField.channel}
          />
          <TextField name="createdOn" type="date" label={t('notices.editor.createdOn')} value={createdOn} required onChange={(e) => setCreatedOn(e.target.value)} error={errors.byField.createdOn} />
          {reason === 'OVERDUE' ? (
            <TextField
              name="promiseDate"
              type="date"
              label={t('notices.editor.promiseDate')}
              value={promiseDate}
              min={createdOn || undefined}
              onChange={(e) => setPromiseDate(e.target.value)}
              error={errors.byField.promiseDate}
              hint={t('notices.editor.promiseHint')}
            />
          ) : (
            <div />
          )}
        </div>
      </fieldset>

      <fieldset className="coll-fieldset" data-field="partyId">
        <legend>{t('notices.editor.addressee')}</legend>
        {d && d.addressees.length > 0 ? (
          <AddresseeTable
            addressees={d.addressees}
            value={partyId}
            channel={channel}
            isOffered={offered}
            onChange={
              d.addressees.length > 1
                ? (id) => {
                    setPartyId(id);
                    setPhone(d.addressees.find((a) => a.partyId === id)?.mobile ?? '');
                    setEmail(d.addressees.find((a) => a.partyId === id)?.email ?? '');
                  }
                : undefined
            }
          />
        ) : d ? (
          <p className="muted">{t('notices.editor.noAddressees')}</p>
        ) : null}
        {d && d.addressees.length > 0 && !d.addressees.some(offered) ? (
          <p className="banner banner--error" role="alert">
            {t('notices.editor.noSmsAddressee')}
          </p>
        ) : null}
        {addressee?.departed ? (
          <p className="banner banner--error" role="alert">
            {t('notices.editor.departedWarning')}
          </p>
        ) : null}
        <FieldError error={errors.byField.partyId} />
      </fieldset>

      <fieldset className="coll-fieldset" aria-busy={draft.loading} data-field="itemIds">
        <legend>
          {t('notices.editor.items')} <span className="muted small">— {t(`notices.reasonItems.${reason}`)}</span>
        </legend>
        {draft.error ? <QueryError error={draft.error} /> : null}
        {draft.loading && !d ? <Spinner /> : null}
        {d ? (
          <div className={draft.loading ? 'results__table--stale' : undefined}>
            <ItemsTable items={d.items} selected={selected} onChange={setSelected} caption={t('notices.editor.items')} />
          </div>
        ) : null}
        <FieldError error={errors.byField.itemIds} />
      </fieldset>

      <TextSection
        reason={reason}
        channel={channel}
        phone={phone}
        onPhone={setPhone}
        text={text}
        onText={setText}
        templateId={templateId}
        onTemplate={setTemplateId}
        renderInput={{
          fileId,
          reason,
          channel,
          createdOn: createdOn || null,
          promiseDate: reason === 'OVERDUE' && promiseDate ? promiseDate : null,
          itemIds: d ? d.items.filter((i) => selected.has(i.id)).map((i) => i.id) : null,
        }}
        editable={{ text: true, phone: true, template: true }}
        errors={errors.byField}
        onSubject={setSubject}
        emailFields={<EmailFields email={email} onEmail={setEmail} subject={subject} onSubject={setSubject} editable={{ email: true, subject: true }} errors={errors.byField} />}
        emailPreview={<EmailPreview subject={subject} text={text} />}
      />

      <NoteField value={note} onChange={setNote} error={errors.byField.note} />

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={createState.loading || !partyId}>
          {createState.loading ? t('notices.common.saving') : t('notices.common.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('notices.common.cancel')}
        </button>
      </div>

      <Dialog
        open={consentAsk}
        role="alertdialog"
        title={channel === 'EMAIL' ? t('notices.email.consentTitle') : t('notices.consent.title')}
        onClose={() => setConsentAsk(false)}
        variant="compact"
        footer={
          <>
            <button
              type="button"
              className="button"
              onClick={() => {
                keepDraft(fileId, { reason, channel, createdOn, promiseDate, partyId, selected: [...selected], phone, text, templateId, note });
                void navigate(contactsHref(fileId, partyId, `${location.pathname}${location.search}`));
              }}
            >
              {t('notices.consent.goToContacts')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void save(true)} autoFocus>
              {channel === 'EMAIL' ? t('notices.email.saveWithAddress') : t('notices.consent.saveWithNumber')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConsentAsk(false)}>
              {t('notices.common.cancel')}
            </button>
          </>
        }
      >
        {channel === 'EMAIL' ? (
          <>
            <p>{t('notices.email.consentText', { name: addressee?.name ?? '' })}</p>
            <p className="muted">{t('notices.email.typedAddress', { email })}</p>
          </>
        ) : (
          <>
            <p>{t('notices.consent.text', { name: addressee?.name ?? '' })}</p>
            <p className="muted">{phone.trim() ? t('notices.consent.typedNumber', { phone }) : t('notices.consent.noNumber')}</p>
          </>
        )}
      </Dialog>
    </form>
  );
}

export function NoteField({ value, onChange, error, disabled }: { value: string; onChange: (v: string) => void; error?: string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <FormField label={t('notices.editor.note')} error={error} id="notice-note">
      {(control) => <textarea {...control} name="note" className="field__input coll-textarea" rows={2} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}
