import { useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/ui/EmptyState';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { DebtorFilesTable } from './DebtorFilesTable';
import { DebtorFilesQuery, ReceivableKindsQuery } from './operations';
import { fileSearchToFilter, fileSearchToParams, nationalIdProblem, readFileSearch, type FileSearch } from './searchParams';
import { LoadMore } from '../../shared/ui/table';

const PAGE_SIZE = 25;

export function DebtorFileSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = readFileSearch(params);

  const { data, previousData, loading, error, networkStatus, fetchMore } = useQuery(DebtorFilesQuery, {
    variables: { filter: fileSearchToFilter(search), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const connection = shown?.debtorFiles;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const searching = loading && !loadingMore;

  // a national id that cannot match says why (issue #22), instead of the generic hint
  const idProblem = nationalIdProblem(search.q);
  const emptyHint = idProblem ? <span data-testid="id-problem">{t(`debtorFiles.idProblem.${idProblem.kind}`, { digits: idProblem.digits })}</span> : t('debtorFiles.emptyHint');

  function submit(next: FileSearch) {
    setParams(fileSearchToParams(next));
  }

  return (
    <section className="page" aria-labelledby="files-title">
      <h1 id="files-title">{t('debtorFiles.title')}</h1>
      {/* keyed by the URL so back/forward navigation refills the form */}
      <SearchForm key={params.toString()} initial={search} onSubmit={submit} />

      <section aria-labelledby="results-title" className="results" aria-busy={searching}>
        <div className="results__head">
          <h2 id="results-title" className="visually-hidden">
            {t('debtorFiles.results')}
          </h2>
          <p className="results__count" aria-live="polite">
            {connection && !searching && connection.totalCount > 0
              ? `${t('debtorFiles.resultsCount', { count: connection.totalCount })}${
                  connection.totalCount > rows.length ? ` · ${t('debtorFiles.shown', { shown: rows.length, total: connection.totalCount })}` : ''
                }`
              : ''}
          </p>
        </div>

        {error && !loadingMore ? <QueryError error={error} /> : null}

        {searching && rows.length === 0 ? <Spinner /> : null}

        {!searching && !error && connection && rows.length === 0 ? <EmptyState title={t('debtorFiles.empty')}>{emptyHint}</EmptyState> : null}

        {rows.length > 0 ? (
          <div className={searching ? 'results__table results__table--stale' : 'results__table'}>
            {searching ? <Spinner /> : null}
            <DebtorFilesTable rows={rows} caption={t('debtorFiles.results')} />
          </div>
        ) : null}

        {error && loadingMore ? <QueryError error={error} /> : null}

        {connection?.pageInfo.hasNextPage && !searching ? (
          <LoadMore
            loading={loadingMore}
            onLoadMore={() => {
              void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined);
            }}
            label={t('debtorFiles.loadMore')}
            loadingLabel={t('debtorFiles.loadingMore')}
          />
        ) : null}
      </section>
    </section>
  );
}

function SearchForm({ initial, onSubmit }: { initial: FileSearch; onSubmit: (s: FileSearch) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial.q);
  const [kind, setKind] = useState(initial.kind);
  const kinds = useQuery(ReceivableKindsQuery);

  const kindOptions = [{ value: '', label: t('debtorFiles.allKinds') }, ...(kinds.data?.receivableKinds ?? []).map((k) => ({ value: k.code, label: `${k.code} — ${k.name}` }))];
  // keep an unknown kind from a shared URL selectable
  if (kind && !kindOptions.some((o) => o.value === kind)) kindOptions.push({ value: kind, label: kind });

  function handle(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ q, kind });
  }

  return (
    <form role="search" className="search-form" onSubmit={handle} aria-label={t('debtorFiles.searchForm')}>
      <TextField
        name="q"
        type="search"
        className="search-form__q"
        label={t('debtorFiles.searchLabel')}
        placeholder={t('debtorFiles.searchPlaceholder')}
        hint={t('debtorFiles.searchHint')}
        value={q}
        autoFocus
        onChange={(e) => setQ(e.target.value)}
      />
      <SelectField
        name="kind"
        className="search-form__kind"
        label={t('debtorFiles.kindFilter')}
        options={kindOptions}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value);
          onSubmit({ q, kind: e.target.value });
        }}
      />
      <div className="search-form__actions">
        <button type="submit" className="button button--primary">
          {t('debtorFiles.search')}
        </button>
        {initial.q || initial.kind ? (
          <button type="button" className="button button--ghost" onClick={() => onSubmit({ q: '', kind: '' })}>
            {t('debtorFiles.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
