import { useMemo } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { DebtorFileSummaryFieldsFragment } from '../../graphql/generated/graphql';
import { FileStatus, RoleBadge } from '../../shared/ui/PartyFlags';
import { DataTableHead } from '../../shared/ui/table';

type Row = DebtorFileSummaryFieldsFragment;

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();

/** Results of the debtor-file search; the file number links to /files/:id. */
export function DebtorFilesTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const { t } = useTranslation();
  const { search } = useLocation();

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('displayNumber', {
          id: 'file',
          header: () => t('debtorFiles.colFile'),
          cell: (ctx) => (
            <Link to={`/files/${encodeURIComponent(ctx.row.original.id)}`} className="file-link" state={{ search }} aria-label={t('debtorFiles.openFile', { number: ctx.getValue() })}>
              {ctx.getValue()}
            </Link>
          ),
        }),
        helper.accessor((r) => r.receivableKind.name, {
          id: 'kind',
          header: () => t('debtorFiles.colKind'),
          cell: (ctx) => (
            <>
              <span className="kind-code">{ctx.row.original.receivableKind.code}</span> {ctx.getValue()}
            </>
          ),
        }),
        helper.accessor('parties', {
          id: 'debtors',
          header: () => t('debtorFiles.colDebtors'),
          cell: (ctx) => (
            <ul className="party-list">
              {ctx.getValue().map((fp) => (
                <li key={`${fp.role}-${fp.party.id}`}>
                  <span className={fp.party.departed ? 'party-name party-name--departed' : 'party-name'}>{fp.party.displayName}</span> <RoleBadge role={fp.role} />
                </li>
              ))}
            </ul>
          ),
        }),
        // LOAN-9: "Pridať do okna stĺpec Služba NB" — the borrower's Nonstop Banking service
        helper.accessor((r) => r.parties.find((fp) => fp.role === 'BORROWER')?.party.nonstopBanking ?? null, {
          id: 'nonstopBanking',
          header: () => t('debtorFiles.colNonstopBanking'),
          cell: (ctx) => {
            const v = ctx.getValue();
            return v ? t(`debtorFiles.nonstopBanking.${v}`) : '—';
          },
        }),
        helper.accessor('status', {
          id: 'status',
          header: () => t('debtorFiles.colStatus'),
          cell: (ctx) => <FileStatus status={ctx.getValue()} />,
        }),
      ]),
    // columns re-render their texts when the language changes (`t` changes with it)
    [t, search],
  );

  const table = useTable({ features, columns, data: rows as Row[], getRowId: (r) => r.id });

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <DataTableHead groups={table.getHeaderGroups()} />
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
