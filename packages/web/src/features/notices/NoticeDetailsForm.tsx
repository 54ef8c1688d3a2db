import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors, useLiveFormErrors } from '../../shared/ui/useFormErrors';
import { useCan } from '../../shared/hooks';
import { AddresseeTable } from './AddresseeTable';
import { contactsHref, needsConsentConfirmation } from './consent';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Dialog } from '../../shared/ui/Dialog';
import { ItemsTable } from '../../shared/collection/ItemsTable';
import { NoteField } from './NewNoticeForm';
import { CheckNoticeStatusMutation, DeleteNoticeMutation, NoticeDetailsQuery, RefreshNoticeItemsMutation, SendNoticesMutation, UpdateNoticeMutation } from './operations';
import { SendProgressDialog } from './SendProgress';
import { NormalisationNotice } from '../../shared/collection/SmsCounter';
import { DeliveryBadge, SendStatusBadge, SettlementBadge } from './StatusBadges';
import { TextSection } from './TextSection';
import { EmailFields, EmailPreview } from './EmailFields';
import { formatDateTime } from '../../shared/format';
import { FieldError } from '../../shared/ui/FormField';

const FIELDS = ['promiseDate', 'itemIds', 'phone', 'text', 'note', 'templateId', 'email', 'subject'] as const;

type NoticeData = NonNullable<ReturnType<typeof useNoticeDetails>['data']>['notice'];

function useNoticeDetails(id: string) {
  return useQuery(NoticeDetailsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

/** Details / edit / send of a saved notice (COLL-4.3.2, COLL-4.3.3). */
export function NoticeDetailsForm({ noticeId, onClose, onDeleted, flash }: { noticeId: string; onClose: () => void; onDeleted: () => void; flash?: string }) {
  const { t } = useTranslation();
  const query = useNoticeDetails(noticeId);
  const notice = query.data?.notice;
  if (query.error && !notice) return <QueryError error={query.error} />;
  if (!notice) return <Spinner />;
  return (
    <DetailsBody
      key={`${notice.id}|${notice.sendStatus}|${notice.items.map((i) => i.overdueBalance).join(',')}`}
      notice={notice}
      refetch={() => void query.refetch()}
      onClose={onClose}
      onDeleted={onDeleted}
      flash={flash}
      title={t('notices.editor.detailsTitle')}
    />
  );
}

function DetailsBody({ notice, refetch, onClose, onDeleted, flash, title }: { notice: NoticeData; refetch: () => void; onClose: () => void; onDeleted: () => void; flash?: string; title: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const navigate = useNavigate();
  const location = useLocation();
  const can = useCan();
  // what the notice's state allows, narrowed to what the user's roles allow (issue 22: a viewer edits nothing)
  const mayEdit = can('notices.edit');
  const maySend = can('notices.send');
  const ed = mayEdit ? notice.editable : { ...notice.editable, items: false, refreshItems: false, text: false, phone: false, template: false, promiseDate: false, note: false };
  const [promiseDate, setPromiseDate] = useState(notice.promiseDate ?? '');
  const [selected, setSelected] = useState<Set<string>>(new Set(notice.items.filter((i) => i.selected).map((i) => i.id)));
  const [phone, setPhone] = useState(notice.phone ?? '');
  const [email, setEmail] = useState(notice.email ?? '');
  const [subject, setSubject] = useState(notice.subject ?? '');
  const [text, setText] = useState(notice.text ?? '');
  const [templateId, setTemplateId] = useState(notice.templateId ?? '');
  const [note, setNote] = useState(notice.note ?? '');
  const [message, setMessage] = useState(flash ?? '');
  const [consentAsk, setConsentAsk] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);

  const [update, updateState] = useMutation(UpdateNoticeMutation);
  const [refresh, refreshState] = useMutation(RefreshNoticeItemsMutation);
  const [del, delState] = useMutation(DeleteNoticeMutation);
  const [send, sendState] = useMutation(SendNoticesMutation);
  const [check, checkState] = useMutation(CheckNoticeStatusMutation);
  const consentError = needsConsentConfirmation(updateState.error);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = useLiveFormErrors(consentError ? null : updateState.error, FIELDS, formRef);
  const otherErrors = useFormErrors(refreshState.error ?? delState.error ?? sendState.error ?? checkState.error, []);

  const normalisation = updateState.data?.updateNotice.normalisation;

  async function save(manualPhone: boolean) {
    setConsentAsk(false);
    setMessage('');
    try {
      await update({
        variables: {
          id: notice.id,
          input: {
            note: note.trim() || null,
            ...(ed.promiseDate && notice.reason === 'OVERDUE' ? { promiseDate: promiseDate || null } : {}),
            ...(ed.items ? { itemIds: notice.items.filter((i) => selected.has(i.id)).map((i) => i.id) } : {}),
            ...(ed.phone ? { phone: phone.replace(/\s+/g, '') || null, manualPhone: manualPhone || null } : {}),
            ...(ed.text ? { text: text.trim() || null } : {}),
            ...(ed.template ? { templateId: templateId || null } : {}),
            ...(notice.channel === 'EMAIL' ? { phone: null, manualPhone: null, ...(ed.phone ? { email: email.trim() } : {}), ...(ed.text ? { subject: subject.trim() } : {}) } : {}),
          },
        },
      });
      setMessage(t('notices.editor.saved'));
      refetch();
    } catch (e) {
      // shown by updateState.error; a number without SMS consent asks first
      if (needsConsentConfirmation(e)) setConsentAsk(true);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(false);
  }

  return (
    <form ref={formRef} className="notice-editor" onSubmit={submit} onChange={errors.clearOnChange} aria-labelledby="notice-details-title" noValidate>
      <header className="notice-editor__head">
        <h2 id="notice-details-title">{title}</h2>
        <div className="notice-editor__statuses">
          <SendStatusBadge status={notice.sendStatus} />
          {notice.deliveryStatus ? <DeliveryBadge status={notice.deliveryStatus} /> : null}
          <SettlementBadge status={notice.settlementStatus} />
        </div>
      </header>
      {message ? (
        <p className="banner banner--success" role="status">
          {message}
        </p>
      ) : null}
      <NormalisationNotice normalisation={normalisation} />
      {!mayEdit ? (
        <p className="banner banner--info" role="note">
          {t('notices.editor.readOnlyRole')}
        </p>
      ) : null}

      <dl className="coll-meta">
        <div>
          <dt>{t('notices.editor.file')}</dt>
          <dd className="strong">{notice.fileDisplayNumber}</dd>
        </div>
        <div>
          <dt>{t('notices.editor.reason')}</dt>
          <dd>{t(`notices.reason.${notice.reason}`)}</dd>
        </div>
        <div>
          <dt>{t('notices.editor.channel')}</dt>
          <dd>{t(`notices.channel.${notice.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('notices.editor.createdOn')}</dt>
          <dd>{notice.createdOn}</dd>
        </div>
        <div>
          <dt>{t('notices.registry.sentAt')}</dt>
          <dd>{notice.sentAt ? formatDateTime(notice.sentAt, lang) : '—'}</dd>
        </div>
        <div>
          <dt>{t('notices.registry.createdBy')}</dt>
          <dd>{notice.createdByName ?? '—'}</dd>
        </div>
        {notice.promiseOutcome ? (
          <div>
            <dt>{t('notices.editor.promiseOutcome')}</dt>
            <dd>{t(`notices.promiseOutcome.${notice.promiseOutcome}`)}</dd>
          </div>
        ) : null}
        {notice.failureReason ? (
          <div>
            <dt>{t('notices.editor.failureReason')}</dt>
            <dd className="text-danger">{notice.failureReason}</dd>
          </div>
        ) : null}
      </dl>

      {notice.reason === 'OVERDUE' ? (
        <div className="coll-grid4">
          <TextField
            name="promiseDate"
            type="date"
            label={t('notices.editor.promiseDate')}
            value={promiseDate}
            disabled={!ed.promiseDate}
            onChange={(e) => setPromiseDate(e.target.value)}
            error={errors.byField.promiseDate}
          />
        </div>
      ) : null}

      <fieldset className="coll-fieldset">
        <legend>{t('notices.editor.addressee')}</legend>
        <AddresseeTable addressees={[notice.addressee]} value={notice.addressee.partyId} channel={notice.channel} />
        {notice.manualPhone ? <p className="muted small">{t('notices.editor.manualPhone')}</p> : null}
        {notice.manualEmail ? <p className="muted small">{t('notices.email.manualEmail')}</p> : null}
        {notice.sendStatus === 'BOUNCED' ? (
          <p className="banner banner--error" role="status">
            {t('notices.email.bounced', { reason: notice.failureReason ?? '' })}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="coll-fieldset" data-field="itemIds">
        <legend>{t('notices.editor.items')}</legend>
        <ItemsTable items={notice.items} selected={selected} onChange={ed.items ? setSelected : undefined} showCurrent caption={t('notices.editor.items')} />
        <FieldError error={errors.byField.itemIds} />
        {ed.refreshItems ? (
          <div className="form-actions form-actions--inline">
            <button
              type="button"
              className="button"
              disabled={refreshState.loading}
              onClick={() => {
                void refresh({ variables: { id: notice.id } })
                  .then(() => {
                    setMessage(t('notices.editor.itemsRefreshed'));
                    refetch();
                  })
                  .catch(() => undefined);
              }}
            >
              {t('notices.editor.refreshItems')}
            </button>
          </div>
        ) : null}
      </fieldset>

      <TextSection
        reason={notice.reason}
        channel={notice.channel}
        phone={phone}
        onPhone={setPhone}
        text={text}
        onText={setText}
        templateId={templateId}
        onTemplate={setTemplateId}
        renderInput={{
          noticeId: notice.id,
          itemIds: notice.items.filter((i) => selected.has(i.id)).map((i) => i.id),
          promiseDate: notice.reason === 'OVERDUE' && promiseDate ? promiseDate : null,
        }}
        editable={{ text: ed.text, phone: ed.phone, template: ed.template }}
        errors={errors.byField}
        onSubject={setSubject}
        emailFields={<EmailFields email={email} onEmail={setEmail} subject={subject} onSubject={setSubject} editable={{ email: ed.phone, subject: ed.text }} errors={errors.byField} />}
        emailPreview={<EmailPreview subject={subject} text={text} />}
      />
      {!ed.text ? <p className="muted small">{t('notices.editor.sentLocked')}</p> : null}

      <NoteField value={note} onChange={setNote} error={errors.byField.note} disabled={!ed.note} />

      {/* errors of the actions (permission refusals included) next to them, in the user's language */}
      <ErrorBanner messages={[...errors.banner, ...otherErrors.banner]} />
      <div className="form-actions">
        {mayEdit ? (
          <button type="submit" className="button button--primary" disabled={updateState.loading}>
            {updateState.loading ? t('notices.common.saving') : t('notices.common.save')}
          </button>
        ) : null}
        {maySend ? (
          <>
            <button
              type="button"
              className="button"
              disabled={!notice.canSend || sendState.loading}
              title={notice.canSend ? undefined : t('notices.editor.sendDisabled')}
              onClick={() => {
                setMessage('');
                void send({ variables: { ids: [notice.id] } })
                  .then((r) => setJobId(r.data?.sendNotices ?? null))
                  .catch(() => undefined);
              }}
            >
              {t('notices.actions.send')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!notice.canCheckStatus || checkState.loading}
              onClick={() => {
                void check({ variables: { ids: [notice.id] } })
                  .then((r) => {
                    const s = r.data?.checkNoticeStatus[0]?.deliveryStatus;
                    setMessage(t('notices.editor.statusChecked', { status: s ? t(`notices.delivery.${s}`, { defaultValue: s }) : '—' }));
                    refetch();
                  })
                  .catch(() => undefined);
              }}
            >
              {t('notices.actions.checkStatus')}
            </button>
          </>
        ) : null}
        {mayEdit ? (
          <button
            type="button"
            className="button button--danger-ghost"
            disabled={!notice.canDelete || delState.loading}
            title={notice.canDelete ? undefined : t('notices.editor.deleteDisabled')}
            onClick={() => setConfirmDelete(true)}
          >
            {t('notices.actions.delete')}
          </button>
        ) : null}
        <span className="form-actions__spacer" />
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('notices.common.close')}
        </button>
      </div>

      {notice.statusHistory.length > 0 ? (
        <details className="coll-history">
          <summary>{t('notices.editor.history')}</summary>
          <ul>
            {notice.statusHistory.map((h, i) => (
              <li key={i} className={h.applied ? undefined : 'muted'}>
                {formatDateTime(h.at, lang)} · {t(`notices.delivery.${h.status}`, { defaultValue: h.status })} · {h.source}
                {h.applied ? '' : ` (${t('notices.editor.ignored')})`}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <Dialog
        open={consentAsk}
        role="alertdialog"
        title={t('notices.consent.title')}
        onClose={() => setConsentAsk(false)}
        variant="compact"
        footer={
          <>
            <button type="button" className="button" onClick={() => void navigate(contactsHref(notice.fileId, notice.addressee.partyId, `${location.pathname}${location.search}`))}>
              {t('notices.consent.goToContacts')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void save(true)} autoFocus>
              {t('notices.consent.saveWithNumber')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConsentAsk(false)}>
              {t('notices.common.cancel')}
            </button>
          </>
        }
      >
        <p>{t('notices.consent.text', { name: notice.addressee.name })}</p>
      </Dialog>

      <ConfirmDialog
        open={confirmDelete}
        tone="danger"
        title={t('notices.delete.title')}
        confirmLabel={t('notices.actions.delete')}
        cancelLabel={t('notices.common.cancel')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          void del({ variables: { id: notice.id } })
            .then(() => onDeleted())
            .catch(() => undefined);
        }}
      >
        <p>{t('notices.delete.one', { file: notice.fileDisplayNumber, name: notice.addressee.name })}</p>
      </ConfirmDialog>

      <SendProgressDialog
        jobId={jobId}
        onClose={() => {
          setJobId(null);
          refetch();
        }}
        describe={() => `${notice.fileDisplayNumber} · ${notice.addressee.name}`}
      />
    </form>
  );
}
