// Table parts of the UI kit for @tanstack/react-table v9: the header row (sortable when the column can sort), the
// row-selection checkboxes and the "load more" pager. Empty results use shared/ui/EmptyState.
import { FlexRender, type HeaderGroup, type RowData, type TableFeatures } from '@tanstack/react-table';
import type { ChangeEvent, MouseEvent } from 'react';

/** The id of the row-selection column (its header and cells are SelectAllCheckbox / SelectRowCheckbox). */
export const SELECT_COLUMN_ID = 'select';

type SortingColumn = {
  getCanSort: () => boolean;
  getIsSorted: () => false | 'asc' | 'desc';
  getToggleSortingHandler: () => undefined | ((event: unknown) => void);
};

function sorting(column: object): SortingColumn | null {
  return 'getCanSort' in column && 'getIsSorted' in column && 'getToggleSortingHandler' in column ? (column as SortingColumn) : null;
}

/**
 * <thead> of a table: one `th scope="col"` per header with the class `col-<column id>`; a column that can sort gets a
 * button (▲ ▼ ↕) and `aria-sort`.
 */
export function DataTableHead<TFeatures extends TableFeatures, TData extends RowData>({ groups }: { groups: ReadonlyArray<HeaderGroup<TFeatures, TData>> }) {
  return (
    <thead>
      {groups.map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sortable = sorting(header.column);
            const sorted = sortable?.getIsSorted() ?? false;
            return (
              <th key={header.id} scope="col" className={`col-${header.column.id}`} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                {header.isPlaceholder ? null : sortable?.getCanSort() ? (
                  <button type="button" className="sort-button" onClick={sortable.getToggleSortingHandler()}>
                    <FlexRender header={header} />
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                  </button>
                ) : (
                  <FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

type SelectableTable = {
  getIsAllRowsSelected: () => boolean;
  getIsSomeRowsSelected: () => boolean;
  getToggleAllRowsSelectedHandler: () => (event: unknown) => void;
};
type SelectableRow = {
  getIsSelected: () => boolean;
  getToggleSelectedHandler: () => (event: unknown) => void;
};

/** Header of the row-selection column: all / none, indeterminate when some rows are ticked. */
export function SelectAllCheckbox({ table, label }: { table: SelectableTable; label: string }) {
  const all = table.getIsAllRowsSelected();
  const some = table.getIsSomeRowsSelected() && !all;
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={all}
      ref={(el) => {
        if (el) el.indeterminate = some;
      }}
      onChange={(e: ChangeEvent<HTMLInputElement>) => table.getToggleAllRowsSelectedHandler()(e)}
    />
  );
}

/** Cell of the row-selection column (a click on it does not also click the row). */
export function SelectRowCheckbox({ row, label }: { row: SelectableRow; label: string }) {
  return (
    <input
      type="checkbox"
      aria-label={label}
      checked={row.getIsSelected()}
      onClick={(e: MouseEvent) => e.stopPropagation()}
      onChange={(e: ChangeEvent<HTMLInputElement>) => row.getToggleSelectedHandler()(e)}
    />
  );
}

/** "Load more" under a keyset-paged table (disabled while the next page loads). */
export function LoadMore({ loading, onLoadMore, label, loadingLabel, className }: { loading: boolean; onLoadMore: () => void; label: string; loadingLabel: string; className?: string }) {
  return (
    <div className={['results__more', className ?? ''].join(' ').trim()}>
      <button type="button" className="button" disabled={loading} onClick={onLoadMore}>
        {loading ? loadingLabel : label}
      </button>
    </div>
  );
}
