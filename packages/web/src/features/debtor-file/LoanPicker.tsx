import { useTranslation } from 'react-i18next';
import type { FileLoansQuery } from '../../graphql/generated/graphql';
import { SelectField } from '../../shared/ui/SelectField';

export type FileLoan = FileLoansQuery['fileLoans'][number];

/** Loan select for tabs that work on one loan (shown only when the file has more than one). */
export function LoanPicker({ loans, selectedLoanId, onSelectLoan }: { loans: readonly FileLoan[]; selectedLoanId: string | null; onSelectLoan: (id: string) => void }) {
  const { t } = useTranslation();
  if (loans.length < 2) return null;
  return (
    <SelectField
      name="loan"
      label={t('servicing.common.loan')}
      value={selectedLoanId ?? ''}
      onChange={(e) => onSelectLoan(e.target.value)}
      options={loans.map((l) => ({ value: l.id, label: `${l.number} · ${l.product.name}` }))}
    />
  );
}
