import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';

export enum StatementLineStatus {
  NEW = 'NEW',
  MATCHED = 'MATCHED',
  POSTED = 'POSTED',
  UNMATCHED = 'UNMATCHED',
  RETURNED = 'RETURNED',
  NOT_OURS = 'NOT_OURS',
}
registerEnumType(StatementLineStatus, { name: 'StatementLineStatus', description: 'NEW/MATCHED: being processed; POSTED; UNMATCHED: in the queue; RETURNED / NOT_OURS: closed by staff' });

export enum StatementLineMark {
  RETURNED = 'RETURNED',
  NOT_OURS = 'NOT_OURS',
}
registerEnumType(StatementLineMark, { name: 'StatementLineMark' });

@ObjectType('StatementSequenceGap', { description: 'Statement numbers missing between the previous statement of the account and this one' })
export class SequenceGapType {
  @Field(() => Int) previous!: number;
  @Field(() => Int) missingFrom!: number;
  @Field(() => Int) missingTo!: number;
}

@ObjectType('StatementCounts')
export class StatementCountsType {
  @Field(() => Int, { description: 'lines in the file' }) lines!: number;
  @Field(() => Int, { description: 'lines stored by this import (the rest were already imported: same key)' }) newLines!: number;
  @Field(() => Int) duplicates!: number;
  @Field(() => Int) posted!: number;
  @Field(() => Int) unmatched!: number;
  @Field(() => Int, { description: 'returned / not ours' }) other!: number;
}

@ObjectType('BankStatement')
export class BankStatementType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'MT940 | CAMT053' }) format!: string;
  @Field(() => String, { description: 'bank mapping that read it: MT940_PKO, MT940_MBANK, CAMT053' }) dialect!: string;
  @Field(() => String) account!: string;
  @Field(() => String) currency!: string;
  @Field(() => String, { nullable: true }) statementNumber!: string | null;
  @Field(() => DecimalScalar) openingBalance!: string;
  @Field(() => DateScalar) openingDate!: string;
  @Field(() => DecimalScalar) closingBalance!: string;
  @Field(() => DateScalar) closingDate!: string;
  @Field(() => SequenceGapType, { nullable: true }) sequenceGap!: SequenceGapType | null;
  @Field(() => String, { description: 'UPLOAD | API' }) source!: string;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { description: 'IMPORTING | IMPORTED' }) status!: string;
  @Field(() => DateTimeScalar) receivedAt!: Date;
  @Field(() => StatementCountsType) counts!: StatementCountsType;
}

@ObjectType('StatementLine')
export class StatementLineType {
  @Field(() => ID) id!: string;
  @Field(() => ID) statementId!: string;
  @Field(() => Int) ordinal!: number;
  @Field(() => DateScalar) bookingDate!: string;
  @Field(() => String, { description: 'CREDIT | DEBIT' }) direction!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) currency!: string;
  @Field(() => String, { nullable: true }) bankReference!: string | null;
  @Field(() => String, { nullable: true }) counterpartyName!: string | null;
  @Field(() => String, { nullable: true }) counterpartyAccount!: string | null;
  @Field(() => String, { nullable: true }) creditedAccount!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) variableSymbol!: string | null;
  @Field(() => String, { description: 'the line as received' }) raw!: string;
  @Field(() => StatementLineStatus) status!: StatementLineStatus;
  @Field(() => String, { nullable: true, description: 'REPAYMENT_ACCOUNT | VARIABLE_SYMBOL | TITLE_NUMBER | PAYER_ACCOUNT | PESEL | MANUAL' }) matchRule!: string | null;
  @Field(() => String, { nullable: true, description: 'stable reason code of the decision (e.g. LOAN_CLOSED, AMOUNT_ABOVE_PAYOFF, DEBIT_LINE)' }) matchReason!: string | null;
  @Field(() => String, { nullable: true }) matchDetail!: string | null;
  @Field(() => ID, { nullable: true }) loanId!: string | null;
  @Field(() => String, { nullable: true }) loanNumber!: string | null;
  @Field(() => ID, { nullable: true }) paymentId!: string | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "BORROWER | THIRD_PARTY (the payer is not a borrower of the line's loan) | UNKNOWN; null when no loan was named (issue 30)",
  })
  payerRelation!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the payer is (not) taken for the borrower, with the names compared' }) payerDetail!: string | null;
}

@ObjectType('LoanSuggestion')
export class LoanSuggestionType {
  @Field(() => ID) loanId!: string;
  @Field(() => String) loanNumber!: string;
  @Field(() => String) status!: string;
  @Field(() => String) currency!: string;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => String) reason!: string;
}

@ObjectType('StatementQueueCounts')
export class QueueCountsType {
  @Field(() => Int) unmatched!: number;
  @Field(() => Int) posted!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) notOurs!: number;
  @Field(() => Int) statements!: number;
  @Field(() => Int, { description: 'statements whose number left a gap' }) gaps!: number;
}

@InputType()
export class ImportStatementInput {
  @Field(() => String, { description: 'the file as text (MT940 or camt.053 XML)' }) content!: string;
  @Field(() => String, { nullable: true }) fileName?: string | null;
  @Field(() => String, { nullable: true, description: 'force an MT940 bank mapping: MT940_PKO | MT940_MBANK' }) dialect?: string | null;
}

@InputType()
export class StatementLineFilter {
  @Field(() => ID, { nullable: true }) statementId?: string | null;
  @Field(() => [StatementLineStatus], { nullable: true }) statuses?: StatementLineStatus[] | null;
  @Field(() => String, { nullable: true, description: 'title, payer name or account, or the exact amount' }) search?: string | null;
  @Field(() => DateScalar, { nullable: true }) dateFrom?: string | null;
  @Field(() => DateScalar, { nullable: true }) dateTo?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 200 }) limit?: number | null;
}

@InputType()
export class AssignPartInput {
  @Field(() => ID) loanId!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@InputType()
export class AssignStatementLineInput {
  @Field(() => ID) lineId!: string;
  @Field(() => [AssignPartInput], { description: 'one part = assign to one loan; several = split (they must add up to the amount)' }) parts!: AssignPartInput[];
  @Field(() => Boolean, { nullable: true, defaultValue: false }) acceptOverpayment?: boolean;
}

@ObjectType('RefundRequest', { description: 'Refund of an overpayment: an outgoing transfer request, exported as a CSV file for the bank (issue 30)' })
export class RefundRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => String, { nullable: true, description: "The loan's contract number (in lists)" }) loanNumber!: string | null;
  @Field(() => ID, { nullable: true, description: 'The statement line the overpayment came from, when named' }) lineId!: string | null;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) currency!: string;
  @Field(() => String) beneficiaryName!: string;
  @Field(() => String, { description: 'NRB (26 digits) or IBAN, electronic format' }) beneficiaryAccount!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'REQUESTED | EXPORTED | CANCELLED' }) status!: string;
  @Field(() => DateScalar, { description: 'Business date of the request' }) requestedOn!: string;
  @Field(() => String) requestedBy!: string;
  @Field(() => DateTimeScalar) requestedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'The export (CSV file) the request went out in' }) exportId!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) exportedAt!: Date | null;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
}

@InputType()
export class RequestRefundInput {
  @Field(() => ID) loanId!: string;
  @Field(() => DecimalScalar, { description: 'At most the overpayment the loan holds less the refunds already requested' }) amount!: string;
  @Field(() => String) beneficiaryName!: string;
  @Field(() => String, { description: 'NRB (26 digits, spaces allowed) or IBAN' }) beneficiaryAccount!: string;
  @Field(() => String, { nullable: true, description: 'Transfer title; default "Zwrot nadpłaty, umowa <loan number>"' }) title?: string | null;
  @Field(() => ID, { nullable: true }) lineId?: string | null;
}

@ObjectType('RefundExport', { description: 'A CSV file of refund transfers for the bank (UTF-8 with BOM, `;`, decimal comma; docs/statements.md)' })
export class RefundExportType {
  @Field(() => ID, { nullable: true, description: 'null when there was nothing to export' }) exportId!: string | null;
  @Field(() => String) fileName!: string;
  @Field(() => String) csv!: string;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => String) currency!: string;
}
