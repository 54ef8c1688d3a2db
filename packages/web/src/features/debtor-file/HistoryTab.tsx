import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/ui/EmptyState';
import { Spinner } from '../../shared/ui/Spinner';
import type { FileLoan } from './LoanPicker';
import { FileNoticesQuery, LoanPaymentsQuery, LoanScheduleVersionsQuery } from './operations';
import { formatDateTime, formatMoney } from '../../shared/format';

type Entry = { key: string; at: string; date: string; text: string; detail?: string };

/**
 * Newest first by the event's own date (payment date, effective date, notice date), then by the time it was recorded:
 * events recorded together (a demo load, a mass generation) would otherwise keep their insertion order, oldest first.
 */
function newestFirst(entries: Entry[]): Entry[] {
  const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return entries.sort((a, b) => desc(a.date, b.date) || desc(a.at, b.at) || desc(a.key, b.key));
}

/**
 * History: a timeline of payments (and reversals), schedule versions and notices of the file.
 * The API exposes no audit-log query yet, so this is built from those lists.
 */
export function HistoryTab({ fileId, loans }: { fileId: string; loans: readonly FileLoan[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const client = useApolloClient();
  const notices = useQuery(FileNoticesQuery, { variables: { fileId }, errorPolicy: 'all' });
  const [loanEntries, setLoanEntries] = useState<Entry[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      loans.map(async (loan) => {
        const [p, v] = await Promise.all([
          client.query({ query: LoanPaymentsQuery, variables: { id: loan.id }, fetchPolicy: 'network-only' }),
          client.query({ query: LoanScheduleVersionsQuery, variables: { id: loan.id }, fetchPolicy: 'network-only' }),
        ]);
        const entries: Entry[] = [];
        for (const pay of p.data?.loan?.payments ?? []) {
          entries.push({
            key: `p-${pay.id}`,
            at: pay.createdAt,
            date: pay.paymentDate,
            text: t('servicing.history.payment', {
              amount: formatMoney(pay.amount, lang, { currency: loan.currency }),
              loan: loan.number,
              method: t(`servicing.method.${pay.method}`),
            }),
          });
          if (pay.reversedAt) {
            entries.push({
              key: `r-${pay.id}`,
              at: pay.reversedAt,
              date: pay.reversedAt.slice(0, 10),
              text: t('servicing.history.reversal', { amount: formatMoney(pay.amount, lang, { currency: loan.currency }), loan: loan.number }),
              detail: pay.reversalReason ?? undefined,
            });
          }
        }
        for (const ver of v.data?.loan?.scheduleVersions ?? []) {
          entries.push({
            key: `v-${loan.id}-${ver.version}`,
            at: ver.createdAt,
            date: ver.effectiveDate,
            text: t('servicing.history.version', {
              version: ver.version,
              loan: loan.number,
              reason: t(`servicing.scheduleReason.${ver.reason}`, { defaultValue: ver.reason }),
            }),
          });
        }
        return entries;
      }),
    )
      .then((all) => {
        if (!cancelled) setLoanEntries(all.flat());
      })
      .catch(() => {
        if (!cancelled) setLoanEntries([]);
      });
    return () => {
      cancelled = true;
    };
  }, [client, loans, lang, t]);

  if (!loanEntries) return <Spinner />;
  const noticeEntries: Entry[] = (notices.data?.notices.edges ?? []).map(({ node: n }) => ({
    key: `n-${n.id}`,
    at: n.createdAt,
    date: n.createdOn,
    text: t('servicing.history.notice', {
      channel: t(`servicing.channel.${n.channel}`, { defaultValue: n.channel }),
      reason: t(`servicing.reason.${n.reason}`, { defaultValue: n.reason }),
      name: n.addressee.name,
    }),
    detail: [
      t(`servicing.noticeSendStatus.${n.sendStatus}`, { defaultValue: n.sendStatus }),
      n.deliveryStatus ? t(`servicing.noticeDelivery.${n.deliveryStatus}`, { defaultValue: n.deliveryStatus }) : null,
      n.createdByName,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const entries = newestFirst([...loanEntries, ...noticeEntries]);

  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('servicing.history.title')}</h2>
      <p className="muted small">{t('servicing.history.note')}</p>
      {notices.error ? <p className="muted small">{t('servicing.history.noticesUnavailable')}</p> : null}
      {entries.length === 0 ? (
        <EmptyState title={t('servicing.history.empty')} />
      ) : (
        <ol className="timeline" aria-label={t('servicing.history.title')}>
          {entries.map((e) => (
            <li key={e.key}>
              <div className="timeline__date">
                {e.date} · {t('servicing.history.recorded')} {formatDateTime(e.at, lang)}
              </div>
              <div>{e.text}</div>
              {e.detail ? <div className="muted small">{e.detail}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
