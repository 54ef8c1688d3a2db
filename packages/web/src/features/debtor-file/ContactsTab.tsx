import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ContactType, DebtorFileQuery, PartyContactsQuery as PartyContactsData } from '../../graphql/generated/graphql';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { RoleBadge } from '../../shared/ui/PartyFlags';
import { CreateContactMutation, DeleteContactMutation, PartyContactsQuery, UpdateContactMutation } from './operations';
import { Checkbox } from '../../shared/ui/Checkbox';
import { Dialog } from '../../shared/ui/Dialog';
import { useCan, useRuleText } from '../../shared/hooks';
import { formatDateTime } from '../../shared/format';

type File = NonNullable<DebtorFileQuery['debtorFile']>;
type Contact = PartyContactsData['partyContacts']['contacts'][number];

const CONTACT_TYPES: readonly ContactType[] = ['MOBILE', 'HOME', 'WORK', 'EMAIL', 'FAX', 'OTHER'];
const CONSENT_SOURCES = ['STAFF', 'PAPER_FORM', 'PHONE', 'EMAIL'] as const;

/** Contacts of every party of the file with SMS consent (one consented mobile per party). */
export function ContactsTab({ file }: { file: File }) {
  const { t } = useTranslation();
  const can = useCan();
  const canEdit = can('contacts.edit');
  const [params] = useSearchParams();
  // came from a notice's no-consent dialog: the way back to the (kept) notice
  const returnTo = params.get('returnTo');
  const back = returnTo?.startsWith('/') && !returnTo.startsWith('//') ? returnTo : null;
  return (
    <div>
      {back ? (
        <p className="banner banner--info" role="status">
          {t('servicing.contacts.fromNotice')}{' '}
          <Link to={back} className="button button--small">
            {t('servicing.contacts.backToNotice')}
          </Link>
        </p>
      ) : null}
      {file.parties.map((fp) => (
        <PartyContacts key={`${fp.role}-${fp.party.id}`} partyId={fp.party.id} name={fp.party.displayName} role={fp.role} canEdit={canEdit} />
      ))}
    </div>
  );
}

function PartyContacts({ partyId, name, role, canEdit }: { partyId: string; name: string; role: File['parties'][number]['role']; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, loading, error } = useQuery(PartyContactsQuery, { variables: { partyId }, fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [remove, removeState] = useMutation(DeleteContactMutation, { refetchQueries: ['PartyContacts', 'DebtorFile'] });
  const pc = data?.partyContacts;
  const titleId = `contacts-${partyId}`;

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="section-head">
        <h2 id={titleId}>
          {t('servicing.contacts.title', { name })} <RoleBadge role={role} /> {pc?.departed ? <Badge tone="danger">{t('debtorFile.departed')}</Badge> : null}
        </h2>
        {canEdit ? (
          <button type="button" className="button button--small" onClick={() => setEditing('new')} aria-label={t('servicing.contacts.addFor', { name })}>
            {t('servicing.contacts.add')}
          </button>
        ) : null}
      </div>
      {error ? <QueryError error={error} /> : null}
      {removeState.error ? <QueryError error={removeState.error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {pc && pc.contacts.length === 0 ? <EmptyState title={t('servicing.contacts.empty')} /> : null}
      {pc && pc.contacts.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('servicing.contacts.title', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('servicing.contacts.type')}</th>
                <th scope="col">{t('servicing.contacts.value')}</th>
                <th scope="col">{t('servicing.contacts.consent')}</th>
                <th scope="col">{t('servicing.contacts.note')}</th>
                <th scope="col">{t('servicing.contacts.updated')}</th>
                {canEdit ? <th scope="col">{t('servicing.common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {pc.contacts.map((c) => (
                <tr key={c.id}>
                  <td>{t(`servicing.contactType.${c.type}`)}</td>
                  <td className="mono">{c.value}</td>
                  <td>{c.smsConsent ? <Badge tone="success">{t('debtorFile.smsConsent')}</Badge> : <Badge tone="neutral">{t('servicing.contacts.noConsent')}</Badge>}</td>
                  <td>{c.note ?? ''}</td>
                  <td className="small">{formatDateTime(c.updatedAt, lang)}</td>
                  {canEdit ? (
                    <td>
                      <span className="pill-list">
                        <button type="button" className="button button--small" onClick={() => setEditing(c)} aria-label={t('servicing.contacts.editFor', { value: c.value })}>
                          {t('servicing.common.edit')}
                        </button>
                        <button
                          type="button"
                          className="button button--small srv-button--danger"
                          disabled={removeState.loading}
                          onClick={() => {
                            if (window.confirm(t('servicing.contacts.deleteConfirm', { value: c.value }))) {
                              void remove({ variables: { id: c.id } }).catch(() => undefined);
                            }
                          }}
                          aria-label={t('servicing.contacts.deleteFor', { value: c.value })}
                        >
                          {t('servicing.common.delete')}
                        </button>
                      </span>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pc && pc.consentChanges.length > 0 ? (
        <details style={{ marginTop: 12 }}>
          <summary>{t('servicing.contacts.consentHistory', { count: pc.consentChanges.length })}</summary>
          <ul className="timeline" style={{ marginTop: 8 }}>
            {pc.consentChanges.map((ch) => (
              <li key={`${ch.contactId}-${ch.changedAt}`}>
                <div className="timeline__date">{formatDateTime(ch.changedAt, lang)}</div>
                {t(ch.consent ? 'servicing.contacts.consentGiven' : 'servicing.contacts.consentWithdrawn', {
                  value: pc.contacts.find((c) => c.id === ch.contactId)?.value ?? ch.contactId,
                  source: ch.source,
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {editing ? <ContactDialog partyId={partyId} name={name} contact={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}

const CONTACT_FIELDS = ['type', 'value', 'smsConsent', 'consentSource', 'note'] as const;

function ContactDialog({ partyId, name, contact, onClose }: { partyId: string; name: string; contact: Contact | null; onClose: () => void }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const [form, setForm] = useState({
    type: contact?.type ?? ('MOBILE' as ContactType),
    value: contact?.value ?? '',
    smsConsent: contact?.smsConsent ?? false,
    consentSource: 'STAFF',
    note: contact?.note ?? '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<(typeof CONTACT_FIELDS)[number], string>>>({});
  const refetchQueries = ['PartyContacts', 'DebtorFile'];
  const [create, createState] = useMutation(CreateContactMutation, { refetchQueries });
  const [update, updateState] = useMutation(UpdateContactMutation, { refetchQueries });
  const error = createState.error ?? updateState.error;
  const errors = useFormErrors(error, CONTACT_FIELDS);
  const loading = createState.loading || updateState.loading;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof clientErrors = {};
    const value = form.value.trim();
    if (!value) next.value = ruleText('required');
    if (form.smsConsent && form.type !== 'MOBILE' && form.type !== 'EMAIL') next.smsConsent = ruleText('sms.consentType');
    setClientErrors(next);
    if (Object.keys(next).length > 0) return;
    const input = {
      type: form.type,
      value,
      smsConsent: form.smsConsent,
      consentSource: form.consentSource,
      note: form.note.trim() || null,
    };
    try {
      if (contact) await update({ variables: { id: contact.id, input } });
      else await create({ variables: { partyId, input } });
      onClose();
    } catch {
      // shown through `error`
    }
  }

  return (
    <Dialog
      title={contact ? t('servicing.contacts.editTitle', { name }) : t('servicing.contacts.addTitle', { name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('servicing.common.cancel')}
          </button>
          <button type="submit" form="contact-form" className="button button--primary" disabled={loading}>
            {t('servicing.common.save')}
          </button>
        </>
      }
    >
      <form id="contact-form" className="form" onSubmit={submit} noValidate>
        <ErrorBanner messages={errors.banner} />
        <div className="form-grid">
          <SelectField
            name="type"
            label={t('servicing.contacts.type')}
            value={form.type}
            onChange={(e) => setForm({ ...form, type: e.target.value as ContactType })}
            options={CONTACT_TYPES.map((ct) => ({ value: ct, label: t(`servicing.contactType.${ct}`) }))}
            error={clientErrors.type ?? errors.byField.type}
          />
          <TextField
            name="value"
            label={t('servicing.contacts.value')}
            value={form.value}
            onChange={(e) => setForm({ ...form, value: e.target.value })}
            error={clientErrors.value ?? errors.byField.value}
            hint={form.type === 'MOBILE' ? t('servicing.contacts.mobileHint') : undefined}
            autoFocus
          />
          <div className="span-all">
            <Checkbox
              name="smsConsent"
              label={t('servicing.contacts.consentLabel')}
              checked={form.smsConsent}
              onChange={(e) => setForm({ ...form, smsConsent: e.target.checked })}
              error={clientErrors.smsConsent ?? errors.byField.smsConsent}
            />
          </div>
          <SelectField
            name="consentSource"
            label={t('servicing.contacts.consentSource')}
            value={form.consentSource}
            onChange={(e) => setForm({ ...form, consentSource: e.target.value })}
            options={CONSENT_SOURCES.map((s) => ({ value: s, label: t(`servicing.consentSource.${s}`) }))}
            error={errors.byField.consentSource}
          />
          <TextField name="note" label={t('servicing.contacts.note')} value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} error={errors.byField.note} />
        </div>
      </form>
    </Dialog>
  );
}
