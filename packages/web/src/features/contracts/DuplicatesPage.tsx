import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { DuplicatePartiesQuery, MergePartiesMutation, PreviewPartyMergeQuery } from './operations';
import './contracts.css';
import './locales';
import { useCan } from '../../shared/hooks';

/**
 * /consolidation — LOAN-7.2 "zákazník je evidovaný duplicitne, potrebná konsolidácia": clients registered more than
 * once under one national id; pick the client that stays, preview what moves, confirm.
 */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const q = useQuery(DuplicatePartiesQuery, { fetchPolicy: 'cache-and-network' });
  const canMerge = useCan()('parties.edit');
  const [survivors, setSurvivors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState<{ pin: string; survivorId: string; mergedId: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [loadPreview, preview] = useLazyQuery(PreviewPartyMergeQuery, { fetchPolicy: 'network-only' });
  const [merge, merging] = useMutation(MergePartiesMutation, { refetchQueries: ['DuplicateParties'] });
  const previewErrors = useFormErrors(preview.error, ['survivorId', 'mergedId']);
  const mergeErrors = useFormErrors(merging.error, ['survivorId', 'mergedId']);

  if (q.loading && !q.data) return <Spinner />;
  if (q.error && !q.data) return <QueryError error={q.error} />;
  const groups = q.data?.duplicateParties ?? [];
  const p = preview.data?.previewPartyMerge;

  return (
    <section className="page" aria-labelledby="dup-title">
      <h1 id="dup-title">{t('contracts.duplicates.title')}</h1>
      <p className="muted">{t('contracts.duplicates.intro')}</p>
      {done ? (
        <p role="status" className="notice notice--success">
          {done}
        </p>
      ) : null}
      {groups.length === 0 ? <EmptyState title={t('contracts.duplicates.none')} /> : null}
      {groups.map((g) => {
        const survivorId = survivors[g.nationalId] ?? g.parties[0].id;
        return (
          <div key={g.nationalId} className="card" data-testid={`duplicate-${g.nationalId}`}>
            <h2>
              {t('contracts.duplicates.pin')}: <span className="mono">{g.nationalId}</span>
            </h2>
            <div className="table-wrap">
              <table className="data-table data-table--compact">
                <thead>
                  <tr>
                    <th>{t('contracts.duplicates.survivor')}</th>
                    <th>{t('contracts.duplicates.name')}</th>
                    <th>{t('contracts.duplicates.cisId')}</th>
                    <th>{t('contracts.duplicates.numbers')}</th>
                    <th>{t('contracts.duplicates.loans')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {g.parties.map((party) => (
                    <tr key={party.id}>
                      <td>
                        <input
                          type="radio"
                          name={`survivor-${g.nationalId}`}
                          aria-label={`${t('contracts.duplicates.survivor')}: ${party.name} (${party.cisId})`}
                          checked={survivorId === party.id}
                          onChange={() => setSurvivors({ ...survivors, [g.nationalId]: party.id })}
                        />
                      </td>
                      <td>{party.name}</td>
                      <td className="mono">{party.cisId}</td>
                      <td className="mono">{party.clientNumbers.join(', ') || '—'}</td>
                      <td>{party.loans}</td>
                      <td>
                        {canMerge && party.id !== survivorId ? (
                          <button
                            type="button"
                            className="btn btn--secondary"
                            onClick={() => {
                              setDone(null);
                              setPending({ pin: g.nationalId, survivorId, mergedId: party.id });
                              void loadPreview({ variables: { input: { survivorId, mergedId: party.id } } });
                            }}
                          >
                            {t('contracts.duplicates.preview')}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
      <ErrorBanner messages={[...Object.values(previewErrors.byField), ...previewErrors.banner, ...Object.values(mergeErrors.byField), ...mergeErrors.banner]} />
      {pending && p && p.mergedId === pending.mergedId ? (
        <section className="card merge-preview" aria-labelledby="merge-preview-title" data-testid="merge-preview">
          <h2 id="merge-preview-title">{t('contracts.duplicates.previewTitle')}</h2>
          <ul>
            <li>{t('contracts.duplicates.movesLoans', { list: p.loans.join(', ') || '—' })}</li>
            <li>{t('contracts.duplicates.movesRoles', { n: p.roles.length })}</li>
            <li>
              {t('contracts.duplicates.movesContacts')}: {p.contacts.map((c) => `${c.type} ${c.value} — ${t(`contracts.duplicates.action.${c.action}`)}`).join('; ') || '—'}
            </li>
            <li>
              {t('contracts.duplicates.movesAddresses')}: {p.addresses.map((a) => `${a.kind} ${a.line} — ${t(`contracts.duplicates.action.${a.action}`)}`).join('; ') || '—'}
            </li>
            <li>{t('contracts.duplicates.movesHistory', { n: p.historyEntries })}</li>
            <li>{t('contracts.duplicates.movesNumbers', { list: p.clientNumbers.join(', ') || '—' })}</li>
          </ul>
          <button
            type="button"
            className="btn"
            disabled={merging.loading}
            onClick={() => {
              const { pin, survivorId, mergedId } = pending;
              void merge({ variables: { input: { survivorId, mergedId } } }).then(
                () => {
                  setPending(null);
                  setDone(t('contracts.duplicates.done', { pin }));
                },
                () => undefined,
              );
            }}
          >
            {t('contracts.duplicates.confirm')}
          </button>{' '}
          <button type="button" className="btn btn--secondary" onClick={() => setPending(null)}>
            {t('contracts.duplicates.cancel')}
          </button>
        </section>
      ) : null}
    </section>
  );
}
