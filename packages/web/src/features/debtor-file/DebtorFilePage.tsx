import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../shared/errors/graphqlErrors';
import { EmptyState } from '../../shared/ui/EmptyState';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { ContactsTab } from './ContactsTab';
import { FileHeader } from './FileHeader';
import { HistoryTab } from './HistoryTab';
import './locales';
import { DebtorFileQuery, FileLoansQuery } from './operations';
import { PaymentsTab } from './PaymentsTab';
import { ReceivablesTab } from './ReceivablesTab';
import { ScheduleTab } from './ScheduleTab';
import { Tabs } from '../../shared/ui/Tabs';
import '../../shared/styles/servicing.css';

const FILE_TABS = ['receivables', 'payments', 'schedule', 'contacts', 'softCollection', 'history'] as const;
export type FileTab = (typeof FILE_TABS)[number];

function readTab(value: string | null): FileTab {
  return (FILE_TABS as readonly string[]).includes(value ?? '') ? (value as FileTab) : 'receivables';
}

/**
 * Panels other features provide, plugged in by the app (app/router.tsx): a feature never imports another feature.
 */
export type DebtorFileSlots = {
  /** the staff panel of the borrower's client-zone account, for the selected loan */
  clientZoneAccess: (loanId: string) => ReactNode;
  /** forbearance cases of the loan (issue 32) */
  forbearance: (loanId: string) => ReactNode;
  /** The contract section of a partner loan (features/contracts). */
  contract: (loanId: string) => ReactNode;
  /** the "Windykacja miękka" tab */
  softCollection: (fileId: string) => ReactNode;
};

/** /files/:id — the debtor file (kartoteka): header and tabs kept in the URL (?tab=payments&loan=…). */
export function DebtorFilePage({ clientZoneAccess, contract, softCollection, forbearance }: DebtorFileSlots) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = readTab(params.get('tab'));
  const { data, loading, error } = useQuery(DebtorFileQuery, { variables: { id } });
  const loansQuery = useQuery(FileLoansQuery, { variables: { fileId: id }, fetchPolicy: 'cache-and-network' });

  const location = useLocation();
  const loaded = !!data?.debtorFile;
  // the header link "Rejestracja" (MON-4) opens the file's registration data: the header with kind, number, loans, parties
  useEffect(() => {
    if (!loaded || location.hash !== '#file-registration') return;
    const el = document.getElementById('file-registration');
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [loaded, location.hash, location.key]);
  const state: unknown = location.state;
  const fromSearch = typeof state === 'object' && state !== null && 'search' in state && typeof state.search === 'string' ? state.search : '';
  const back = (
    <Link to={`/files${fromSearch}`} className="back-link" state={location.state}>
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

  const loans = loansQuery.data?.fileLoans ?? [];
  const selectedLoanId = loans.some((l) => l.id === params.get('loan')) ? params.get('loan') : (loans[0]?.id ?? null);

  function setTab(next: FileTab) {
    const p = new URLSearchParams(params);
    p.set('tab', next);
    setParams(p, { replace: true, state: location.state });
  }
  function setLoan(loanId: string) {
    const p = new URLSearchParams(params);
    p.set('loan', loanId);
    setParams(p, { replace: true, state: location.state });
  }

  const tabs = FILE_TABS.map((key) => ({ key, label: t(`servicing.tabs.${key}`) }));
  const loanProps = { file, loans, selectedLoanId, onSelectLoan: setLoan };

  let panel;
  if (loansQuery.error && loans.length === 0) {
    panel = <QueryError error={loansQuery.error} />;
  } else if (loansQuery.loading && !loansQuery.data) {
    panel = <Spinner />;
  } else {
    switch (tab) {
      case 'receivables':
        panel = <ReceivablesTab loans={loans} />;
        break;
      case 'payments':
        panel = <PaymentsTab {...loanProps} />;
        break;
      case 'schedule':
        panel = <ScheduleTab {...loanProps} />;
        break;
      case 'contacts':
        panel = <ContactsTab file={file} />;
        break;
      case 'softCollection':
        panel = softCollection(file.id);
        break;
      case 'history':
        panel = <HistoryTab fileId={file.id} loans={loans} />;
        break;
    }
  }

  return (
    <section className="page" aria-labelledby="file-title">
      {back}
      <FileHeader file={file} loans={loans} />
      {selectedLoanId ? forbearance(selectedLoanId) : null}
      {selectedLoanId ? clientZoneAccess(selectedLoanId) : null}
      {selectedLoanId ? contract(selectedLoanId) : null}
      <Tabs label={t('servicing.tabs.label')} tabs={tabs} active={tab} onChange={setTab}>
        {panel}
      </Tabs>
    </section>
  );
}
