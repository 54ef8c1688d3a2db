import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContactReason, MassParamsInput, PrepareMassNoticesQuery as PrepareData } from '../../graphql/generated/graphql';
import { toFormErrors } from '../../shared/errors/graphqlErrors';
import { currentLanguage } from '../../shared/i18n/i18n';
import { EmptyState } from '../../shared/ui/EmptyState';
import { useCan } from '../../shared/hooks';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import '../../shared/styles/collection.css';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { FormField } from '../../shared/ui/FormField';
import { ItemsTable } from '../../shared/collection/ItemsTable';
import { GenerateNoticeTextQuery, NoticeTemplatesForReasonQuery } from '../../shared/collection/operations';
import { registryUrlForIds } from '../../shared/collection/registryLink';
import { NormalisationNotice, SmsCounter } from '../../shared/collection/SmsCounter';
import './locales';
import { MassParamsForm } from './MassParamsForm';
import { EMPTY, PARAM_FIELDS, toInput, type Params } from './massParams';
import { CreateMassNoticesMutation, PrepareMassNoticesQuery } from './operations';
import { isSmsChannel } from '../../shared/collection/notices';
import { compareAmounts, formatMoney, formatPhone } from '../../shared/format';
import { DataTableHead, SelectAllCheckbox, SelectRowCheckbox, SELECT_COLUMN_ID } from '../../shared/ui/table';

type MassRow = PrepareData['prepareMassNotices']['rows'][number];
type Prepared = PrepareData['prepareMassNotices'];

const features = tableFeatures({
  rowSelectionFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
});
const helper = createColumnHelper<typeof features, MassRow>();
const rowKey = (r: MassRow) => `${r.fileId}|${r.partyId}`;

/**
 * /mass-generation — "Masowe generowanie powiadomień SMS" (COLL-6). Offered only to roles that may generate notices
 * (issue 22: the server's permission table); others see why there is no form.
 */
export function MassGenerationPage() {
  const { t } = useTranslation();
  const can = useCan();
  if (can('notices.massGenerate')) return <MassGeneration />;
  return (
    <section className="page mass" aria-labelledby="mass-title">
      <h1 id="mass-title">{t('massGen.title')}</h1>
      <EmptyState title={t('massGen.notAllowed')} />
    </section>
  );
}

function MassGeneration() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const client = useApolloClient();
  const navigate = useNavigate();
  const [p, setP] = useState<Params>(EMPTY);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [prepareError, setPrepareError] = useState<unknown>(null);
  const [preparing, setPreparing] = useState(false);
  const [prepared, setPrepared] = useState<{ data: Prepared; params: MassParamsInput } | null>(null);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [itemSel, setItemSel] = useState<Record<string, Set<string>>>({});
  const [templateId, setTemplateId] = useState('');
  const [text, setText] = useState('');
  const [rendered, setRendered] = useState<{ text: string; normalisation: Parameters<typeof NormalisationNotice>[0]['normalisation'] } | null>(null);
  const [renderError, setRenderError] = useState<unknown>(null);
  const [confirm, setConfirm] = useState(false);

  const reasonForTemplates = (prepared?.params.reason ?? (p.reason || 'OVERDUE')) as ContactReason;
  const templates = useQuery(NoticeTemplatesForReasonQuery, { variables: { reason: reasonForTemplates }, skip: !prepared });
  const [createMass, createState] = useMutation(CreateMassNoticesMutation);
  const createErrors = useFormErrors(createState.error, []);
  const prepErrors = toFormErrors(prepareError, PARAM_FIELDS, t, currentLanguage());
  const fieldErr = (k: string) => localErrors[k] ?? prepErrors.byField[k];
  const set = <K extends keyof Params>(k: K, v: Params[K]) => setP((prev) => ({ ...prev, [k]: v }));

  async function prepare(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!p.kindCode) errs.kindCode = t('massGen.required');
    if (!p.reason) errs.reason = t('massGen.required');
    setLocalErrors(errs);
    if (Object.keys(errs).length) return;
    const params = toInput(p);
    setPreparing(true);
    setPrepareError(null);
    try {
      const { data } = await client.query({ query: PrepareMassNoticesQuery, variables: { params }, fetchPolicy: 'network-only' });
      if (data) {
        const rows = data.prepareMassNotices.rows;
        setPrepared({ data: data.prepareMassNotices, params });
        setRowSelection(Object.fromEntries(rows.map((r) => [rowKey(r), true])));
        setItemSel({});
        setCurrentKey(rows[0] ? rowKey(rows[0]) : null);
        setRendered(null);
        setTemplateId('');
      }
    } catch (err) {
      setPrepareError(err);
    } finally {
      setPreparing(false);
    }
  }

  function clear() {
    setP(EMPTY);
    setPrepared(null);
    setLocalErrors({});
    setPrepareError(null);
    setRowSelection({});
    setItemSel({});
    setText('');
    setRendered(null);
    setTemplateId('');
  }

  const rows = useMemo(() => prepared?.data.rows ?? [], [prepared]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: SELECT_COLUMN_ID,
          enableSorting: false,
          header: ({ table }) => <SelectAllCheckbox table={table} label={t('massGen.selectAll')} />,
          cell: ({ row }) => <SelectRowCheckbox row={row} label={t('massGen.selectRow', { name: row.original.partyName, file: row.original.fileDisplayNumber })} />,
        }),
        helper.accessor('partyName', { id: 'name', header: () => t('massGen.colName'), sortFn: 'text' }),
        helper.accessor((r) => r.address ?? '', { id: 'address', header: () => t('massGen.colAddress'), sortFn: 'text' }),
        helper.accessor('fileDisplayNumber', { id: 'file', header: () => t('massGen.colFile'), sortFn: 'alphanumeric' }),
        helper.accessor('phone', { id: 'phone', header: () => t('massGen.colPhone'), cell: (c) => formatPhone(c.getValue()) }),
        helper.accessor((r) => r.totals.total, {
          id: 'total',
          header: () => t('massGen.colTotal'),
          // money sorts exactly (bigint minor units), never as JS numbers
          sortFn: (a, b) => compareAmounts(a.original.totals.total, b.original.totals.total),
          cell: (c) => formatMoney(c.row.original.totals.total, lang),
          enableGlobalFilter: false,
        }),
        helper.accessor('items', {
          id: 'items',
          header: () => t('massGen.colItems'),
          cell: (c) => c.getValue().length,
          enableSorting: false,
          enableGlobalFilter: false,
        }),
      ]),
    [t, lang],
  );

  const table = useTable({
    features,
    columns,
    data: rows as MassRow[],
    getRowId: rowKey,
    state: { rowSelection, sorting, globalFilter },
    onRowSelectionChange: setRowSelection,
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    globalFilterFn: 'includesString',
    getColumnCanGlobalFilter: (column) => ['name', 'address', 'file', 'phone'].includes(column.id),
  });

  const modelRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API cannot be memoised by the React Compiler, which this app does not use
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 37,
    overscan: 12,
  });
  const vItems = virtualizer.getVirtualItems();
  const padTop = vItems.length ? vItems[0].start : 0;
  const padBottom = vItems.length ? virtualizer.getTotalSize() - vItems[vItems.length - 1].end : 0;

  const selectedRows = rows.filter((r) => rowSelection[rowKey(r)]);
  const current = rows.find((r) => rowKey(r) === currentKey) ?? null;
  const currentItems = current ? (itemSel[rowKey(current)] ?? new Set(current.items.filter((i) => i.selected).map((i) => i.id))) : new Set<string>();

  async function generate() {
    if (!templateId || !current || !prepared) return;
    setRenderError(null);
    try {
      const { data } = await client.query({
        query: GenerateNoticeTextQuery,
        variables: {
          input: {
            templateId,
            fileId: current.fileId,
            reason: prepared.params.reason,
            channel: prepared.params.channel,
            createdOn: prepared.data.preparationDate,
            itemIds: [...currentItems],
          },
        },
        fetchPolicy: 'network-only',
      });
      if (data) setRendered({ text: data.generateNoticeText.text, normalisation: data.generateNoticeText.normalisation });
    } catch (err) {
      setRenderError(err);
    }
  }

  async function create() {
    if (!prepared) return;
    setConfirm(false);
    try {
      const res = await createMass({
        variables: {
          input: {
            params: prepared.params,
            // the server reuses this preparation for the files unchanged since (and prepares the others again)
            preparationId: prepared.data.preparationId,
            rows: selectedRows.map((r) => {
              const s = itemSel[rowKey(r)];
              return { fileId: r.fileId, partyId: r.partyId, itemIds: s ? r.items.filter((i) => s.has(i.id)).map((i) => i.id) : null };
            }),
            templateId: templateId || null,
            text: templateId ? null : text.trim() || null,
          },
        },
      });
      const ids = res.data?.createMassNotices.ids ?? [];
      void navigate(registryUrlForIds(ids));
    } catch {
      // shown by createErrors
    }
  }

  const renderErrors = toFormErrors(renderError, [], t, currentLanguage());

  return (
    <section className="page mass" aria-labelledby="mass-title">
      <h1 id="mass-title">{t('massGen.title')}</h1>
      <MassParamsForm params={p} set={set} fieldError={fieldErr} banner={prepErrors.banner} preparing={preparing} onSubmit={(e) => void prepare(e)} onClear={clear} />

      {preparing ? <Spinner label={t('massGen.preparing')} /> : null}

      {prepared ? (
        <section className="card" aria-labelledby="mass-rows-title">
          <div className="coll-toolbar">
            <h2 id="mass-rows-title">{t('massGen.addressees')}</h2>
            <p className="muted" aria-live="polite" data-testid="mass-summary">
              {t('massGen.summary', {
                rows: prepared.data.rowCount,
                files: prepared.data.fileCount,
                date: prepared.data.preparationDate,
              })}{' '}
              · <strong>{t('massGen.selectedCount', { count: selectedRows.length })}</strong>
            </p>
          </div>
          <div className="coll-toolbar">
            <TextField
              name="filter"
              type="search"
              label={t('massGen.filter')}
              className="mass__filter"
              placeholder={t('massGen.filterPlaceholder')}
              value={globalFilter}
              onChange={(e) => setGlobalFilter(e.target.value)}
            />
            <span className="coll-toolbar__spacer" />
            <button type="button" className="button button--small" onClick={() => table.toggleAllRowsSelected(true)}>
              {t('massGen.all')}
            </button>
            <button type="button" className="button button--small" onClick={() => table.toggleAllRowsSelected(false, { deselectAll: true })}>
              {t('massGen.none')}
            </button>
          </div>
          {rows.length === 0 ? (
            <EmptyState title={t('massGen.noRows')}>{t('massGen.noRowsHint')}</EmptyState>
          ) : (
            <div className="table-wrap mass__grid" ref={scrollRef} tabIndex={0} aria-label={t('massGen.addressees')}>
              <table className="data-table data-table--compact data-table--select" aria-rowcount={modelRows.length + 1}>
                <caption className="visually-hidden">{t('massGen.addressees')}</caption>
                <DataTableHead groups={table.getHeaderGroups()} />
                <tbody>
                  {padTop > 0 ? (
                    <tr aria-hidden="true">
                      <td colSpan={columns.length} style={{ height: padTop, padding: 0, border: 0 }} />
                    </tr>
                  ) : null}
                  {vItems.map((v) => {
                    const row = modelRows[v.index];
                    return (
                      <tr
                        key={row.id}
                        data-index={v.index}
                        aria-rowindex={v.index + 2}
                        className={[row.id === currentKey ? 'row--current' : '', row.getIsSelected() ? '' : 'row--off'].join(' ')}
                        onClick={() => setCurrentKey(row.id)}
                      >
                        {row.getAllCells().map((cell) => (
                          <td key={cell.id} className={`col-${cell.column.id}`}>
                            {cell.column.id === 'name' ? (
                              <button
                                type="button"
                                className="link-button"
                                onClick={() => setCurrentKey(row.id)}
                                aria-label={t('massGen.showItems', { name: row.original.partyName, file: row.original.fileDisplayNumber })}
                              >
                                <table.FlexRender cell={cell} />
                              </button>
                            ) : (
                              <table.FlexRender cell={cell} />
                            )}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                  {padBottom > 0 ? (
                    <tr aria-hidden="true">
                      <td colSpan={columns.length} style={{ height: padBottom, padding: 0, border: 0 }} />
                    </tr>
                  ) : null}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {prepared && current ? (
        <section className="card" aria-labelledby="mass-items-title">
          <h2 id="mass-items-title">{t('massGen.itemsOf', { name: current.partyName, file: current.fileDisplayNumber })}</h2>
          <ItemsTable
            items={current.items}
            selected={currentItems}
            onChange={(next) => setItemSel((prev) => ({ ...prev, [rowKey(current)]: next }))}
            caption={t('massGen.itemsOf', { name: current.partyName, file: current.fileDisplayNumber })}
          />
        </section>
      ) : null}

      {prepared && rows.length > 0 ? (
        <section className="card" aria-labelledby="mass-text-title">
          <h2 id="mass-text-title">{t('massGen.textSection')}</h2>
          <div className="coll-row">
            <SelectField
              name="templateId"
              label={t('massGen.template')}
              className="coll-template"
              value={templateId}
              options={[
                { value: '', label: t('massGen.noTemplate') },
                ...(templates.data?.noticeTemplates ?? []).map((tpl) => ({ value: tpl.id, label: `${tpl.name} (${t(`notices.channel.${tpl.channel}`)})` })),
              ]}
              onChange={(e) => {
                setTemplateId(e.target.value);
                setRendered(null);
              }}
            />
            <div className="coll-row__button">
              <button type="button" className="button" disabled={!templateId || !current} onClick={() => void generate()}>
                {t('notices.editor.generate')}
              </button>
            </div>
          </div>
          <ErrorBanner messages={renderErrors.banner} />
          {templateId ? (
            rendered ? (
              <>
                <NormalisationNotice normalisation={rendered.normalisation} />
                <p className="muted small">{t('massGen.renderedFor', { name: current?.partyName ?? '', file: current?.fileDisplayNumber ?? '' })}</p>
                <p className="coll-sms-text" data-testid="mass-rendered">
                  {rendered.text}
                </p>
                <SmsCounter text={rendered.text} sms={isSmsChannel(prepared.params.channel ?? 'SMS')} />
              </>
            ) : (
              <p className="muted small">{t('massGen.generateHint')}</p>
            )
          ) : (
            <FormField
              label={t('massGen.manualText')}
              id="mass-text"
              describedBy="mass-text-counter"
              after={<SmsCounter text={text} sms={isSmsChannel(prepared.params.channel ?? 'SMS')} id="mass-text-counter" />}
            >
              {(control) => <textarea {...control} className="field__input coll-textarea" rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
            </FormField>
          )}
          <ErrorBanner messages={createErrors.banner} />
          <div className="form-actions">
            <button type="button" className="button button--primary" disabled={selectedRows.length === 0 || createState.loading} onClick={() => setConfirm(true)}>
              {createState.loading ? t('massGen.creating') : t('massGen.create')}
            </button>
          </div>
        </section>
      ) : null}

      <ConfirmDialog
        open={confirm}
        tone="primary"
        title={t('massGen.confirmTitle')}
        confirmLabel={t('massGen.confirmOk', { count: selectedRows.length })}
        cancelLabel={t('notices.common.cancel')}
        onCancel={() => setConfirm(false)}
        onConfirm={() => void create()}
      >
        <p>{t('massGen.confirmText', { count: selectedRows.length })}</p>
        {!templateId && !text.trim() ? <p className="muted">{t('massGen.noTextWarning')}</p> : null}
      </ConfirmDialog>
    </section>
  );
}
