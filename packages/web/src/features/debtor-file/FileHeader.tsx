import { useTranslation } from 'react-i18next';
import type { DebtorFileQuery, FileLoansQuery } from '../../graphql/generated/graphql';
import { Badge } from '../../shared/ui/Badge';
import { FileStatus, PartyFlags, RoleBadge } from '../../shared/ui/PartyFlags';

type File = NonNullable<DebtorFileQuery['debtorFile']>;
type Loan = FileLoansQuery['fileLoans'][number];

export function LoanStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = status === 'ACTIVE' ? 'success' : status === 'TERMINATED' || status === 'WRITTEN_OFF' ? 'warning' : 'neutral';
  return <Badge tone={tone}>{t(`servicing.loanStatus.${status}`, { defaultValue: status })}</Badge>;
}

/** Header of the debtor file: kind + number, status, loans (number / status / product), parties with flags. */
export function FileHeader({ file, loans }: { file: File; loans: readonly Loan[] }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="file-header card" id="file-registration" tabIndex={-1} aria-labelledby="file-title">
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
          {loans.map((loan) => (
            <div key={loan.id}>
              <dt>{t('servicing.header.loan')}</dt>
              <dd>
                <span className="mono">{loan.number}</span> <LoanStatusBadge status={loan.status} />{' '}
                <span className="muted">
                  · {loan.product.name} ({loan.product.code})
                </span>
              </dd>
            </div>
          ))}
        </dl>
        <section className="parties" aria-labelledby="parties-title">
          <h2 id="parties-title">{t('debtorFile.parties')}</h2>
          <div className="table-wrap">
            <table className="data-table data-table--compact">
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
      </header>
    </>
  );
}
