import { useTranslation } from 'react-i18next';
import { formatMoney, sumAmounts } from '../format';

type ItemRow = {
  id: string;
  kindCode: string;
  year: number;
  installmentNo: number;
  dueDate: string;
  type: string | null;
  overdueBalance: string;
  futureBalance: string;
  overpaymentBalance: string;
  current?: { overdueBalance: string; futureBalance: string; overpaymentBalance: string } | null;
};

type ItemsTableProps = {
  items: readonly ItemRow[];
  selected: ReadonlySet<string>;
  /** undefined → read-only checkboxes */
  onChange?: (next: Set<string>) => void;
  /** show the current balances beside the stored ones (saved notices) */
  showCurrent?: boolean;
  caption: string;
};

/** Items (należności) of a notice: all ticked by default, totals of the ticked ones. */
export function ItemsTable({ items, selected, onChange, showCurrent, caption }: ItemsTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const ticked = items.filter((i) => selected.has(i.id));
  const allTicked = items.length > 0 && ticked.length === items.length;
  const fmt = (v: string) => formatMoney(v, lang);
  const total = (key: 'overdueBalance' | 'futureBalance' | 'overpaymentBalance') => fmt(sumAmounts(ticked.map((i) => i[key])));
  const totalCurrent = (key: 'overdueBalance' | 'futureBalance' | 'overpaymentBalance') => fmt(sumAmounts(ticked.map((i) => i.current?.[key] ?? '0')));

  if (items.length === 0) {
    return <p className="muted coll-empty-line">{t('notices.items.none')}</p>;
  }

  return (
    <div className="table-wrap coll-items">
      <table className="data-table data-table--compact">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {showCurrent ? (
            <tr>
              <th colSpan={8} />
              <th colSpan={3} scope="colgroup" className="num coll-group">
                {t('notices.items.asOfCreation')}
              </th>
              <th colSpan={3} scope="colgroup" className="num coll-group coll-group--current">
                {t('notices.items.current')}
              </th>
            </tr>
          ) : null}
          <tr>
            <th scope="col" className="num">
              {t('notices.items.no')}
            </th>
            <th scope="col" className="col-check">
              <input
                type="checkbox"
                aria-label={t('notices.items.selectAll')}
                checked={allTicked}
                ref={(el) => {
                  if (el) el.indeterminate = ticked.length > 0 && !allTicked;
                }}
                disabled={!onChange}
                onChange={() => onChange?.(allTicked ? new Set() : new Set(items.map((i) => i.id)))}
              />
            </th>
            <th scope="col">{showCurrent ? t('notices.items.kindShort') : t('notices.items.kind')}</th>
            <th scope="col" className="num">
              {t('notices.items.year')}
            </th>
            <th scope="col" className="num">
              {t('notices.items.installment')}
            </th>
            <th scope="col">{t('notices.items.dueDate')}</th>
            <th scope="col">{t('notices.items.type')}</th>
            <th scope="col" className="num">
              {showCurrent ? t('notices.items.overdueShort') : t('notices.items.overdue')}
            </th>
            <th scope="col" className="num">
              {showCurrent ? t('notices.items.futureShort') : t('notices.items.future')}
            </th>
            <th scope="col" className="num">
              {showCurrent ? t('notices.items.overpaymentShort') : t('notices.items.overpayment')}
            </th>
            {showCurrent ? (
              <>
                <th scope="col" className="num coll-current">
                  {t('notices.items.overdueShort')}
                </th>
                <th scope="col" className="num coll-current">
                  {t('notices.items.futureShort')}
                </th>
                <th scope="col" className="num coll-current">
                  {t('notices.items.overpaymentShort')}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const isOn = selected.has(item.id);
            const label = `${item.kindCode} ${item.year}/${item.installmentNo}`;
            return (
              <tr key={item.id} className={isOn ? undefined : 'row--off'}>
                <td className="num">{index + 1}.</td>
                <td className="col-check">
                  <input
                    type="checkbox"
                    aria-label={t('notices.items.select', { item: label })}
                    checked={isOn}
                    disabled={!onChange}
                    onChange={() => {
                      const next = new Set(selected);
                      if (isOn) next.delete(item.id);
                      else next.add(item.id);
                      onChange?.(next);
                    }}
                  />
                </td>
                <td>
                  <span className="kind-code">{item.kindCode}</span>
                </td>
                <td className="num">{item.year}</td>
                <td className="num">{item.installmentNo}</td>
                <td className="nowrap">{item.dueDate}</td>
                <td>{item.type ?? ''}</td>
                <td className="num">{fmt(item.overdueBalance)}</td>
                <td className="num">{fmt(item.futureBalance)}</td>
                <td className="num">{fmt(item.overpaymentBalance)}</td>
                {showCurrent ? (
                  <>
                    <td className="num coll-current">{fmt(item.current?.overdueBalance ?? '0')}</td>
                    <td className="num coll-current">{fmt(item.current?.futureBalance ?? '0')}</td>
                    <td className="num coll-current">{fmt(item.current?.overpaymentBalance ?? '0')}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={7} className="coll-total-label">
              {t('notices.items.totals', { count: ticked.length })}
            </th>
            <td className="num strong" data-testid="items-total-overdue">
              {total('overdueBalance')}
            </td>
            <td className="num strong">{total('futureBalance')}</td>
            <td className="num strong">{total('overpaymentBalance')}</td>
            {showCurrent ? (
              <>
                <td className="num strong coll-current">{totalCurrent('overdueBalance')}</td>
                <td className="num strong coll-current">{totalCurrent('futureBalance')}</td>
                <td className="num strong coll-current">{totalCurrent('overpaymentBalance')}</td>
              </>
            ) : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
