import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { createColumnHelper, rowSelectionFeature, tableFeatures, useTable, type RowSelectionState } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { NoticeListFieldsFragment } from '../../graphql/generated/graphql';
import { bannerMessage, fieldErrorMessage, toApiErrors } from '../../shared/errors/graphqlErrors';
import { currentLanguage } from '../../shared/i18n/i18n';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { useCan } from '../../shared/hooks';
import '../../shared/styles/collection.css';
import { CollectionKindsQuery } from '../../shared/collection/operations';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ItemsTable } from '../../shared/collection/ItemsTable';
import './locales';
import { CheckNoticeStatusMutation, CollectionMeQuery, CollectionUsersQuery, DeleteNoticesMutation, NoticeItemsQuery, NoticesQuery, SendNoticesMutation } from './operations';
import { exportHref, FILTER_KEYS, readRegistrySearch, registrySearchToFilter, registrySearchToParams, type FilterKey, type RegistrySearch } from './registryParams';
import { SendProgressDialog } from './SendProgress';
import { DeliveryBadge, SendStatusBadge, SettlementBadge } from './StatusBadges';
import { CHANNELS, DELIVERY_STATUSES, REASONS, SEND_STATUSES, SETTLEMENT_STATUSES } from '../../shared/collection/notices';
import { formatCurrencyTotals, formatDate, formatDateTime, formatMoney, formatPhone, sumByCurrency } from '../../shared/format';
import { DataTableHead, LoadMore, SelectAllCheckbox, SelectRowCheckbox, SELECT_COLUMN_ID } from '../../shared/ui/table';

type Row = NoticeListFieldsFragment;
const PAGE_SIZE = 100;
const features = tableFeatures({ rowSelectionFeature });
const helper = createColumnHelper<typeof features, Row>();

/** /notices — "Rejestr powiadomień" (COLL-5). Filters live in the URL. */
export function RegistryPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const search = readRegistrySearch(params);
  const batch = params.get('batch');
  const filter = registrySearchToFilter(search);

  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(NoticesQuery, {
    variables: { filter, first: PAGE_SIZE, sort: 'CREATED_DESC' },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const connection = shown?.notices;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const searching = loading && !loadingMore && !data;

  const [rowSelection, setRowSelectionState] = useState<RowSelectionState>({});
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const menuContext = useMemo(() => ({ openId: menuFor, setOpenId: setMenuFor }), [menuFor]);
  // ticking a row's checkbox makes it the current row too, so "Szczegóły" and the items/text panel follow the checkbox
  const setRowSelection = (next: RowSelectionState | ((prev: RowSelectionState) => RowSelectionState)) => {
    setRowSelectionState((prev) => {
      const value = typeof next === 'function' ? next(prev) : next;
      const added = Object.keys(value).filter((id) => value[id] && !prev[id]);
      if (added.length === 1) setCurrentId(added[0]);
      return value;
    });
  };
  const [jobId, setJobId] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [info, setInfo] = useState('');

  const [send, sendState] = useMutation(SendNoticesMutation);
  const [check, checkState] = useMutation(CheckNoticeStatusMutation);
  const [del, delState] = useMutation(DeleteNoticesMutation);
  const actionErrors = useFormErrors(sendState.error ?? checkState.error, []);
  const [deletedIds, setDeletedIds] = useState<string[]>([]);

  const selectedRows = rows.filter((r) => rowSelection[r.id]);
  const current = rows.find((r) => r.id === currentId) ?? (selectedRows.length === 1 ? selectedRows[0] : null);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: SELECT_COLUMN_ID,
          header: ({ table }) => <SelectAllCheckbox table={table} label={t('notices.registry.selectAll')} />,
          cell: ({ row }) => <SelectRowCheckbox row={row} label={t('notices.registry.selectRow', { name: row.original.addressee.name, file: row.original.fileDisplayNumber })} />,
        }),
        helper.accessor((r) => r.addressee.name, { id: 'addressee', header: () => t('notices.registry.addressee') }),
        helper.accessor('fileDisplayNumber', { id: 'file', header: () => t('notices.registry.file') }),
        // "Data utworzenia" is the notice date everywhere: this column, the "Utworzone od/do" filter and the export (issue #22)
        helper.accessor('createdOn', {
          id: 'created',
          header: () => t('notices.registry.createdOn'),
          cell: (c) => formatDate(c.getValue(), lang),
        }),
        helper.accessor('sentAt', { id: 'sent', header: () => t('notices.registry.sentAt'), cell: (c) => formatDateTime(c.getValue(), lang) }),
        helper.accessor('sendStatus', {
          id: 'sendStatus',
          header: () => t('notices.registry.sendStatus'),
          cell: (c) => (
            <>
              <SendStatusBadge status={c.getValue()} /> {c.row.original.deliveryStatus ? <DeliveryBadge status={c.row.original.deliveryStatus} /> : null}
            </>
          ),
        }),
        helper.accessor('promiseDate', { id: 'promise', header: () => t('notices.registry.promiseShort'), cell: (c) => c.getValue() ?? '' }),
        helper.accessor('settlementStatus', {
          id: 'settlement',
          header: () => t('notices.registry.settlement'),
          cell: (c) => <SettlementBadge status={c.getValue()} />,
        }),
        helper.accessor('channel', { id: 'channel', header: () => t('notices.registry.channel'), cell: (c) => t(`notices.channel.${c.getValue()}`) }),
        helper.accessor((r) => r.totals.total, {
          id: 'amount',
          header: () => t('notices.registry.amount'),
          cell: (c) => formatMoney(c.getValue(), lang, c.row.original.totals.currency ? { currency: c.row.original.totals.currency } : {}),
        }),
        helper.display({
          id: 'menu',
          header: () => <span className="visually-hidden">{t('notices.rowMenu.column')}</span>,
          cell: ({ row }) => <RowMenuCell notice={row.original} />,
        }),
      ]),
    [t, lang],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
  });

  function apply(next: RegistrySearch) {
    setRowSelection({});
    setCurrentId(null);
    setParams(registrySearchToParams(next, next.ids.length && batch ? batch : null));
  }

  const selectedIds = selectedRows.map((r) => r.id);
  const sendable = selectedRows.filter((r) => r.canSend);
  const checkable = selectedRows.filter((r) => r.canCheckStatus);
  const describe = (id: string) => {
    const r = rows.find((x) => x.id === id);
    return r ? `${r.fileDisplayNumber} · ${r.addressee.name}` : id;
  };

  // bulk delete is all-or-nothing; the server names the refused ones as ids[k] → show them by file and addressee
  const deleteBanner = toApiErrors(delState.error).flatMap((e) =>
    e.fields.length
      ? e.fields.map((f) => {
          const k = /^ids\[(\d+)\]$/.exec(f.field)?.[1];
          const id = k !== undefined ? deletedIds[Number(k)] : undefined;
          return `${id ? describe(id) : f.field}: ${fieldErrorMessage(f, currentLanguage())}`;
        })
      : [bannerMessage(e, t)],
  );

  return (
    <section className="page registry" aria-labelledby="registry-title">
      <div className="coll-toolbar">
        <h1 id="registry-title">{t('notices.registry.title')}</h1>
      </div>
      <RegistryFilters key={params.toString()} initial={search} onSubmit={apply} />

      <div className="print-only coll-print-head">
        <p>
          {t('notices.registry.printFilters')}:{' '}
          {FILTER_KEYS.filter((k) => search[k])
            .map((k) => `${t(`notices.filters.${k}`)}: ${filterValueLabel(k, search[k], t)}`)
            .join('; ') || t('notices.registry.noFilters')}
          {search.ids.length ? `; ${t('notices.registry.idsFilter', { count: search.ids.length })}` : ''}
        </p>
        <p>{formatDateTime(new Date().toISOString(), lang)}</p>
      </div>

      <div className="coll-toolbar coll-toolbar--actions no-print" role="toolbar" aria-label={t('notices.registry.actions')}>
        {/* offered only to roles that may send/check/delete (issue 22: the server's permission table) */}
        {can('notices.send') ? (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={sendable.length === 0 || sendState.loading}
              onClick={() => {
                setInfo('');
                void send({ variables: { ids: sendable.map((r) => r.id) } })
                  .then((r) => setJobId(r.data?.sendNotices ?? null))
                  .catch(() => undefined);
              }}
            >
              {t('notices.registry.sendSelected', { count: sendable.length })}
            </button>
            <button
              type="button"
              className="button"
              disabled={checkable.length === 0 || checkState.loading}
              onClick={() => {
                setInfo('');
                void check({ variables: { ids: checkable.map((r) => r.id) } })
                  .then((r) => {
                    setInfo(t('notices.registry.statusChecked', { count: r.data?.checkNoticeStatus.length ?? 0 }));
                    void refetch();
                  })
                  .catch(() => undefined);
              }}
            >
              {t('notices.actions.checkStatus')}
            </button>
            {can('notices.edit') ? (
              <button type="button" className="button button--danger-ghost" disabled={selectedIds.length === 0 || delState.loading} onClick={() => setConfirmDelete(true)}>
                {t('notices.registry.deleteSelected', { count: selectedIds.length })}
              </button>
            ) : null}
          </>
        ) : null}
        <button type="button" className="button" disabled={!current} onClick={() => current && void navigate(`/notices/${current.id}`, { state: { from: `${location.pathname}${location.search}` } })}>
          {t('notices.actions.details')}
        </button>
        <span className="coll-toolbar__spacer" />
        <a className="button button--ghost" href={exportHref(search, 'csv', currentLanguage())} download>
          {t('notices.registry.exportCsv')}
        </a>
        <a className="button button--ghost" href={exportHref(search, 'xlsx', currentLanguage())} download>
          {t('notices.registry.exportXlsx')}
        </a>
        <button type="button" className="button button--ghost" onClick={() => window.print()}>
          {t('notices.registry.print')}
        </button>
      </div>

      {info ? (
        <p className="banner banner--success no-print" role="status">
          {info}
        </p>
      ) : null}
      <ErrorBanner messages={[...actionErrors.banner, ...deleteBanner]} />
      {error ? <QueryError error={error} /> : null}

      <section aria-labelledby="registry-results" aria-busy={loading}>
        <h2 id="registry-results" className="visually-hidden">
          {t('notices.registry.results')}
        </h2>
        <p className="results__count coll-totals" aria-live="polite">
          {connection ? (
            <>
              <span data-testid="registry-count">{t('notices.registry.count', { count: connection.totalCount })}</span>
              {' · '}
              <span data-testid="registry-totals">{t('notices.registry.totalAmount', { amount: formatCurrencyTotals(connection.totalsByCurrency, lang) })}</span>
              {selectedRows.length > 0 ? (
                <>
                  {' · '}
                  <strong>
                    {t('notices.registry.selectedSummary', {
                      count: selectedRows.length,
                      amount: formatCurrencyTotals(sumByCurrency(selectedRows.map((r) => ({ currency: r.totals.currency, amount: r.totals.total }))), lang),
                    })}
                  </strong>
                </>
              ) : null}
              {connection.totalCount > rows.length ? ` · ${t('notices.registry.shown', { shown: rows.length })}` : ''}
            </>
          ) : null}
        </p>
        {searching ? <Spinner /> : null}
        {connection && rows.length === 0 && !loading ? <EmptyState title={t('notices.registry.empty')}>{t('notices.registry.emptyHint')}</EmptyState> : null}
        {rows.length > 0 ? (
          // which row's menu is open: a context, so the columns (and the menu buttons) are not rebuilt on open/close
          <RowMenuContext.Provider value={menuContext}>
            <div className="table-wrap registry__table">
              <table className="data-table data-table--compact data-table--select">
                <caption className="visually-hidden">{t('notices.registry.results')}</caption>
                <DataTableHead groups={table.getHeaderGroups()} />
                <tbody>
                  {table.getRowModel().rows.map((row) => (
                    <tr
                      key={row.id}
                      className={[row.id === currentId ? 'row--current' : '', row.getIsSelected() ? 'row--selected' : ''].join(' ')}
                      onClick={() => setCurrentId(row.id)}
                      onDoubleClick={() => void navigate(`/notices/${row.id}`, { state: { from: `${location.pathname}${location.search}` } })}
                      onContextMenu={(e) => {
                        // the manual's right-button menu (COLL-5): the same menu as the row's "Działania" button
                        e.preventDefault();
                        setCurrentId(row.id);
                        setMenuFor(row.id);
                      }}
                      aria-selected={row.id === currentId}
                    >
                      {row.getAllCells().map((cell) => (
                        <td key={cell.id} className={`col-${cell.column.id}`}>
                          {cell.column.id === 'addressee' ? (
                            <button
                              type="button"
                              className="link-button"
                              onClick={() => setCurrentId(row.id)}
                              aria-label={t('notices.registry.showRow', { name: row.original.addressee.name, file: row.original.fileDisplayNumber })}
                            >
                              <table.FlexRender cell={cell} />
                            </button>
                          ) : (
                            <table.FlexRender cell={cell} />
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </RowMenuContext.Provider>
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <LoadMore
            className="no-print"
            loading={loadingMore}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)}
            label={t('notices.registry.loadMore')}
            loadingLabel={t('notices.common.loading')}
          />
        ) : null}
      </section>

      {current ? <CurrentNotice notice={current} /> : null}

      <ConfirmDialog
        open={confirmDelete}
        tone="danger"
        title={t('notices.delete.title')}
        confirmLabel={t('notices.actions.delete')}
        cancelLabel={t('notices.common.cancel')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          setConfirmDelete(false);
          setDeletedIds(selectedIds);
          void del({ variables: { ids: selectedIds } })
            .then((r) => {
              setInfo(t('notices.registry.deleted', { count: r.data?.deleteNotices ?? 0 }));
              setRowSelection({});
              setCurrentId(null);
              void refetch();
            })
            .catch(() => undefined);
        }}
      >
        <p>{t('notices.delete.many', { count: selectedIds.length })}</p>
      </ConfirmDialog>

      <SendProgressDialog
        jobId={jobId}
        describe={describe}
        onClose={() => {
          setJobId(null);
          void refetch();
        }}
      />
    </section>
  );
}

const VALUE_PREFIX: Partial<Record<string, string>> = {
  channel: 'notices.channel',
  reason: 'notices.reason',
  sendStatus: 'notices.sendStatus',
  deliveryStatus: 'notices.delivery',
  settlementStatus: 'notices.settlement',
};

/** A filter value as shown in the printable summary (enum values translated). */
function filterValueLabel(key: string, value: string, t: TFunction): string {
  const prefix = VALUE_PREFIX[key];
  return prefix ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
}

/**
 * The row's actions (COLL-5: "export and details of the party and of the file" under the right mouse button): a menu
 * button on every row, also opened by a right click on the row; keyboard: Enter/Space opens, arrows move, Esc closes.
 */
const RowMenuContext = createContext<{ openId: string | null; setOpenId: (id: string | null) => void }>({ openId: null, setOpenId: () => undefined });

function RowMenuCell({ notice }: { notice: Row }) {
  const { openId, setOpenId } = useContext(RowMenuContext);
  return <RowMenu notice={notice} open={openId === notice.id} onOpenChange={(open) => setOpenId(open ? notice.id : null)} />;
}

function RowMenu({ notice, open, onOpenChange }: { notice: Row; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const from = `${location.pathname}${location.search}`;
  const exportOne = new URLSearchParams({ format: 'csv', ids: notice.id });
  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = buttonRef.current;
    if (!open || !menu || !button) return;
    // fixed, next to the button: the table's scroll container would clip an absolutely placed menu
    const r = button.getBoundingClientRect();
    const below = r.bottom + menu.offsetHeight <= window.innerHeight;
    menu.style.top = `${below ? r.bottom : Math.max(0, r.top - menu.offsetHeight)}px`;
    menu.style.left = `${Math.max(0, r.right - menu.offsetWidth)}px`;
    menu.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  function close(returnFocus: boolean) {
    onOpenChange(false);
    if (returnFocus) buttonRef.current?.focus();
  }
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items[next]?.focus();
    }
  }
  const label = `${notice.addressee.name}, ${notice.fileDisplayNumber}`;
  return (
    <div className="row-menu" onClick={(e) => e.stopPropagation()} onDoubleClick={(e) => e.stopPropagation()}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small button--ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('notices.rowMenu.open', { name: label })}
        onClick={() => onOpenChange(!open)}
      >
        {t('notices.rowMenu.button')} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={menuRef}
          className="row-menu__list"
          role="menu"
          aria-label={t('notices.rowMenu.title', { name: label })}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onOpenChange(false);
          }}
        >
          <Link role="menuitem" to={`/notices/${notice.id}`} state={{ from }} className="row-menu__item">
            {t('notices.rowMenu.details')}
          </Link>
          <Link role="menuitem" to={`/files/${encodeURIComponent(notice.fileId)}?tab=contacts&party=${encodeURIComponent(notice.addressee.partyId)}`} className="row-menu__item">
            {t('notices.rowMenu.party')}
          </Link>
          <Link role="menuitem" to={`/files/${encodeURIComponent(notice.fileId)}`} className="row-menu__item">
            {t('notices.rowMenu.file')}
          </Link>
          <a role="menuitem" href={`/api/notices/export?${exportOne.toString()}`} download className="row-menu__item" onClick={() => close(true)}>
            {t('notices.rowMenu.export')}
          </a>
        </div>
      ) : null}
    </div>
  );
}

function CurrentNotice({ notice }: { notice: Row }) {
  const { t } = useTranslation();
  const items = useQuery(NoticeItemsQuery, { variables: { id: notice.id } });
  const loaded = items.data?.notice.items;
  const list = loaded ?? [];
  const selected = useMemo(() => new Set((loaded ?? []).filter((i) => i.selected).map((i) => i.id)), [loaded]);
  return (
    <div className="coll-split coll-split--wide no-print" aria-live="polite">
      <section className="card" aria-labelledby="registry-items-title">
        <h3 id="registry-items-title">{t('notices.registry.itemsOf', { file: notice.fileDisplayNumber, name: notice.addressee.name })}</h3>
        {items.error ? <QueryError error={items.error} /> : null}
        {items.loading && !items.data ? <Spinner /> : null}
        {items.data ? <ItemsTable items={list.filter((i) => i.selected)} selected={selected} showCurrent caption={t('notices.editor.items')} /> : null}
      </section>
      <section className="card" aria-labelledby="registry-text-title">
        <h3 id="registry-text-title">{t('notices.editor.text')}</h3>
        <p className="muted small">
          {t(`notices.reason.${notice.reason}`)} · {t('notices.registry.phone')}: {formatPhone(notice.phone) || '—'} · {t('notices.registry.createdBy')}: {notice.createdByName ?? '—'}
        </p>
        <p className="coll-sms-text">{notice.text || <span className="muted">—</span>}</p>
        {notice.note ? (
          <>
            <h3>{t('notices.editor.note')}</h3>
            <p>{notice.note}</p>
          </>
        ) : null}
        <Link to={`/notices/${notice.id}`} className="small">
          {t('notices.registry.openDetails')}
        </Link>
      </section>
    </div>
  );
}

function RegistryFilters({ initial, onSubmit }: { initial: RegistrySearch; onSubmit: (s: RegistrySearch) => void }) {
  const { t } = useTranslation();
  const [s, setS] = useState<RegistrySearch>(initial);
  const kinds = useQuery(CollectionKindsQuery);
  const me = useQuery(CollectionMeQuery);
  const users = useQuery(CollectionUsersQuery, { errorPolicy: 'all' }); // admin only; others get "me"
  const set = (k: keyof RegistrySearch) => (e: { target: { value: string } }) => setS((prev) => ({ ...prev, [k]: e.target.value, ...(k === 'kindCode' && !e.target.value ? { fileNumber: '' } : {}) }));
  const any = { value: '', label: t('notices.filters.any') };
  const userOptions = [
    any,
    ...(users.data?.users?.length
      ? users.data.users.map((u) => ({ value: u.id, label: u.name }))
      : me.data?.me
        ? [{ value: me.data.me.id, label: t('notices.filters.me', { name: me.data.me.name }) }]
        : []),
  ];
  if (s.createdBy && !userOptions.some((o) => o.value === s.createdBy)) userOptions.push({ value: s.createdBy, label: s.createdBy });

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(s);
  }

  return (
    <form className="card coll-filters no-print" role="search" aria-label={t('notices.filters.title')} onSubmit={submit}>
      <div className="coll-filters__grid">
        <SelectField
          name="kindCode"
          label={t('notices.filters.kindCode')}
          value={s.kindCode}
          options={[any, ...(kinds.data?.receivableKinds ?? []).map((k) => ({ value: k.code, label: `${k.code} — ${k.name}` }))]}
          onChange={set('kindCode')}
        />
        <TextField
          name="fileNumber"
          label={t('notices.filters.fileNumber')}
          value={s.fileNumber}
          disabled={!s.kindCode}
          hint={s.kindCode ? undefined : t('notices.filters.fileNumberHint')}
          onChange={set('fileNumber')}
        />
        <TextField name="createdFrom" type="date" label={t('notices.filters.createdFrom')} value={s.createdFrom} onChange={set('createdFrom')} />
        <TextField name="createdTo" type="date" label={t('notices.filters.createdTo')} value={s.createdTo} onChange={set('createdTo')} />
        <TextField name="sentFrom" type="date" label={t('notices.filters.sentFrom')} value={s.sentFrom} onChange={set('sentFrom')} />
        <TextField name="sentTo" type="date" label={t('notices.filters.sentTo')} value={s.sentTo} onChange={set('sentTo')} />
        <SelectField
          name="channel"
          label={t('notices.filters.channel')}
          value={s.channel}
          options={[any, ...CHANNELS.map((c) => ({ value: c, label: t(`notices.channel.${c}`) }))]}
          onChange={set('channel')}
        />
        <SelectField
          name="reason"
          label={t('notices.filters.reason')}
          value={s.reason}
          options={[any, ...REASONS.map((r) => ({ value: r, label: t(`notices.reason.${r}`) }))]}
          onChange={set('reason')}
        />
        <SelectField
          name="sendStatus"
          label={t('notices.filters.sendStatus')}
          value={s.sendStatus}
          options={[any, ...SEND_STATUSES.map((v) => ({ value: v, label: t(`notices.sendStatus.${v}`) }))]}
          onChange={set('sendStatus')}
        />
        <SelectField
          name="deliveryStatus"
          label={t('notices.filters.deliveryStatus')}
          value={s.deliveryStatus}
          options={[any, ...DELIVERY_STATUSES.map((v) => ({ value: v, label: t(`notices.delivery.${v}`) }))]}
          onChange={set('deliveryStatus')}
        />
        <SelectField
          name="settlementStatus"
          label={t('notices.filters.settlementStatus')}
          value={s.settlementStatus}
          options={[any, ...SETTLEMENT_STATUSES.map((v) => ({ value: v, label: t(`notices.settlement.${v}`) }))]}
          onChange={set('settlementStatus')}
        />
        <SelectField name="createdBy" label={t('notices.filters.createdBy')} value={s.createdBy} options={userOptions} onChange={set('createdBy')} />
      </div>
      <div className="coll-filters__actions">
        {initial.ids.length ? (
          <span className="badge badge--info">
            {t('notices.registry.idsFilter', { count: initial.ids.length })}{' '}
            <button type="button" className="link-button" onClick={() => onSubmit({ ...s, ids: [] })}>
              {t('notices.filters.removeIds')}
            </button>
          </span>
        ) : null}
        <span className="coll-toolbar__spacer" />
        <button type="submit" className="button button--primary">
          {t('notices.filters.search')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onSubmit({ ...(Object.fromEntries(FILTER_KEYS.map((k) => [k, ''])) as Record<FilterKey, string>), ids: [] })}>
          {t('notices.filters.clear')}
        </button>
      </div>
    </form>
  );
}
