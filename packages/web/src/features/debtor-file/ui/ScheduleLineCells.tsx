import { useTranslation } from 'react-i18next';

/** The leading header cells every schedule table shares: No. (unless `number` is false), due date, principal, interest, installment. */
export function ScheduleLineHeaders({ number = true }: { number?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {number ? (
        <th scope="col" className="num">
          {t('servicing.schedule.colNo')}
        </th>
      ) : null}
      <th scope="col">{t('servicing.schedule.colDue')}</th>
      <th scope="col" className="num">
        {t('servicing.schedule.colPrincipal')}
      </th>
      <th scope="col" className="num">
        {t('servicing.schedule.colInterest')}
      </th>
      <th scope="col" className="num">
        {t('servicing.schedule.colTotal')}
      </th>
    </>
  );
}

/** The matching leading cells of one schedule line (money formatted by the caller's `money`). */
export function ScheduleLineCells({ line, money }: { line: { number: number; dueDate: string; principal: string; interest: string; total: string }; money: (v: string) => string }) {
  return (
    <>
      <td className="num">{line.number}</td>
      <td className="srv-date">{line.dueDate}</td>
      <td className="num">{money(line.principal)}</td>
      <td className="num">{money(line.interest)}</td>
      <td className="num">{money(line.total)}</td>
    </>
  );
}
