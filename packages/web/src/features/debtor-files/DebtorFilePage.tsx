import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { hasErrorCode } from '../../shared/errors/graphqlErrors';
import { EmptyState } from '../../shared/ui/EmptyState';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { DebtorFileQuery } from './operations';
import { FileStatus, PartyFlags, RoleBadge } from './PartyFlags';

/** /files/:id — for now the file header: kind + number, status, parties with roles and flags. */
export function DebtorFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(DebtorFileQuery, { variables: { id } });

  const location = useLocation();
  // the search page passes its query string so "back" returns to the same results
  const state: unknown = location.state;
  const fromSearch =
    typeof state === 'object' && state !== null && 'search' in state && typeof state.search === 'string'
      ? state.search
      : '';
  const back = (
    <Link to={`/files${fromSearch}`} className="back-link">
      <span aria-hidden="true">← </span>
      {t('debtorFile.back')}
    </Link>
  );

  if (loading && !data) {
    return (
      <section className="page">
        {back}
        <Spinner />
      </section>
    );
  }
  // the contract answers null for an unknown id; a NOT_FOUND error is treated the same way
  if (error && !hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <section className="page">
        {back}
        <QueryError error={error} />
      </section>
    );
  }
  const file = error ? null : data?.debtorFile;
  if (!file) {
    return (
      <section className="page">
        {back}
        <EmptyState title={t('debtorFile.notFound')} />
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="file-title">
      {back}
      <header className="file-header card">
        <div className="file-header__title">
          <h1 id="file-title">{file.displayNumber}</h1>
          <FileStatus status={file.status} />
        </div>
        <dl className="file-header__meta">
          <div>
            <dt>{t('debtorFile.kind')}</dt>
            <dd>
              <span className="kind-code">{file.receivableKind.code}</span> {file.receivableKind.name}
            </dd>
          </div>
          <div>
            <dt>{t('debtorFile.status')}</dt>
            <dd>{t(`fileStatus.${file.status}`, { defaultValue: file.status })}</dd>
          </div>
        </dl>
      </header>

      <section className="card" aria-labelledby="parties-title">
        <h2 id="parties-title">{t('debtorFile.parties')}</h2>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('debtorFile.colName')}</th>
                <th scope="col">{t('debtorFile.colRole')}</th>
                <th scope="col">{t('debtorFile.colNationalId')}</th>
                <th scope="col">{t('debtorFile.colCountry')}</th>
                <th scope="col">{t('debtorFile.colFlags')}</th>
              </tr>
            </thead>
            <tbody>
              {file.parties.map((fp) => (
                <tr key={`${fp.role}-${fp.party.id}`}>
                  <td>
                    <span className="party-name">{fp.party.displayName}</span>
                    <span className="muted small"> · {t(`partyKind.${fp.party.kind}`)}</span>
                  </td>
                  <td>
                    <RoleBadge role={fp.role} />
                  </td>
                  <td className="mono">{fp.party.nationalId ?? '—'}</td>
                  <td>{fp.party.country}</td>
                  <td>
                    <PartyFlags party={fp.party} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
