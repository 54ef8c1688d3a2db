import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { useCan } from '../../shared/hooks';
import '../../shared/styles/collection.css';
import './locales';
import { createdMessageKey, NewNoticeForm } from './NewNoticeForm';
import { readDraft } from './draftStore';
import { NoticeDetailsForm } from './NoticeDetailsForm';
import { CheckNoticeStatusMutation, NoticesQuery, SendNoticesMutation } from './operations';
import { SendProgressDialog } from './SendProgress';
import { DeliveryBadge, SendStatusBadge, SettlementBadge } from './StatusBadges';
import { formatDateTime, formatMoney, formatPhone } from '../../shared/format';

type Mode = { kind: 'list' } | { kind: 'new' } | { kind: 'details'; id: string; flash?: string };

/**
 * The debtor file's "Miękka windykacja" tab (COLL-4.3): the file's notices with their text and note,
 * add / details (edit, delete, send, check status, note).
 */
export function SoftCollectionTab({ fileId }: { fileId: string }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const lang = i18n.resolvedLanguage ?? 'pl';
  // back from the contacts with a kept draft ("Przejdź do kontaktów", COLL-4.3.1): the editor opens again
  const [mode, setMode] = useState<Mode>(() => (readDraft(fileId) ? { kind: 'new' } : { kind: 'list' }));
  const [current, setCurrent] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const list = useQuery(NoticesQuery, {
    variables: { filter: { fileId }, first: 200, sort: 'CREATED_DESC' },
    fetchPolicy: 'cache-and-network',
  });
  const [send, sendState] = useMutation(SendNoticesMutation);
  const [check, checkState] = useMutation(CheckNoticeStatusMutation);
  const actionErrors = useFormErrors(sendState.error ?? checkState.error, []);
  const notices = list.data?.notices.edges.map((e) => e.node) ?? [];
  const selected = notices.find((n) => n.id === current) ?? notices[0];

  if (mode.kind === 'new') {
    return (
      <section className="soft-collection" aria-label={t('notices.tab.title')}>
        <NewNoticeForm
          fileId={fileId}
          onCancel={() => setMode({ kind: 'list' })}
          onCreated={(id, channel) => {
            void list.refetch();
            setCurrent(id);
            setMode({ kind: 'details', id, flash: t(createdMessageKey(channel)) });
          }}
        />
      </section>
    );
  }
  if (mode.kind === 'details') {
    return (
      <section className="soft-collection" aria-label={t('notices.tab.title')}>
        <NoticeDetailsForm
          noticeId={mode.id}
          flash={mode.flash}
          onClose={() => {
            void list.refetch();
            setMode({ kind: 'list' });
          }}
          onDeleted={() => {
            void list.refetch();
            setCurrent(null);
            setMode({ kind: 'list' });
          }}
        />
      </section>
    );
  }

  return (
    <section className="soft-collection" aria-labelledby="soft-collection-title">
      <div className="coll-toolbar">
        <h2 id="soft-collection-title">{t('notices.tab.title')}</h2>
        <span className="coll-toolbar__spacer" />
        {can('notices.edit') ? (
          <button type="button" className="button button--primary" onClick={() => setMode({ kind: 'new' })}>
            {t('notices.actions.add')}
          </button>
        ) : null}
        <button type="button" className="button" disabled={!selected} onClick={() => selected && setMode({ kind: 'details', id: selected.id })}>
          {t('notices.actions.details')}
        </button>
        {can('notices.send') ? (
          <>
            <button
              type="button"
              className="button"
              disabled={!selected?.canSend || sendState.loading}
              onClick={() => {
                if (selected)
                  void send({ variables: { ids: [selected.id] } })
                    .then((r) => setJobId(r.data?.sendNotices ?? null))
                    .catch(() => undefined);
              }}
            >
              {t('notices.actions.send')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!selected?.canCheckStatus || checkState.loading}
              onClick={() => {
                if (selected) void check({ variables: { ids: [selected.id] } }).catch(() => undefined);
              }}
            >
              {t('notices.actions.checkStatus')}
            </button>
          </>
        ) : null}
      </div>
      <ErrorBanner messages={actionErrors.banner} />
      {list.error ? <QueryError error={list.error} /> : null}
      {list.loading && !list.data ? <Spinner /> : null}
      {list.data && notices.length === 0 ? <EmptyState title={t('notices.tab.empty')}>{t('notices.tab.emptyHint')}</EmptyState> : null}
      {notices.length > 0 ? (
        <>
          <div className="table-wrap soft-collection__table">
            <table className="data-table data-table--compact data-table--select">
              <caption className="visually-hidden">{t('notices.tab.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('notices.registry.createdOn')}</th>
                  <th scope="col">{t('notices.registry.channel')}</th>
                  <th scope="col">{t('notices.registry.reason')}</th>
                  <th scope="col">{t('notices.registry.addressee')}</th>
                  <th scope="col">{t('notices.registry.phone')}</th>
                  <th scope="col">{t('notices.registry.sentAt')}</th>
                  <th scope="col">{t('notices.registry.sendStatus')}</th>
                  <th scope="col">{t('notices.registry.settlement')}</th>
                  <th scope="col" className="num">
                    {t('notices.registry.amount')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('notices.actions.details')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {notices.map((n) => (
                  <tr
                    key={n.id}
                    className={n.id === selected?.id ? 'row--current' : undefined}
                    onClick={() => setCurrent(n.id)}
                    onDoubleClick={() => setMode({ kind: 'details', id: n.id })}
                    aria-selected={n.id === selected?.id}
                  >
                    <td className="nowrap">{n.createdOn}</td>
                    <td>{t(`notices.channel.${n.channel}`)}</td>
                    <td>{t(`notices.reasonShort.${n.reason}`)}</td>
                    <td>{n.addressee.name}</td>
                    <td className="nowrap">{formatPhone(n.phone)}</td>
                    <td>{formatDateTime(n.sentAt, lang)}</td>
                    <td>
                      <SendStatusBadge status={n.sendStatus} /> {n.deliveryStatus ? <DeliveryBadge status={n.deliveryStatus} /> : null}
                    </td>
                    <td>
                      <SettlementBadge status={n.settlementStatus} />
                    </td>
                    <td className="num">{formatMoney(n.totals.total, lang)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('notices.tab.openNotice', { date: n.createdOn, name: n.addressee.name })}
                        onClick={() => setMode({ kind: 'details', id: n.id })}
                      >
                        {t('notices.actions.details')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {selected ? (
            <div className="coll-split">
              <section className="card coll-preview" aria-label={t('notices.editor.text')}>
                <h3>{t('notices.editor.text')}</h3>
                <p className="coll-sms-text">{selected.text || <span className="muted">—</span>}</p>
              </section>
              <section className="card coll-preview" aria-label={t('notices.editor.note')}>
                <h3>{t('notices.editor.note')}</h3>
                <p>{selected.note || <span className="muted">—</span>}</p>
              </section>
            </div>
          ) : null}
        </>
      ) : null}
      <SendProgressDialog
        jobId={jobId}
        onClose={() => {
          setJobId(null);
          void list.refetch();
        }}
      />
    </section>
  );
}
