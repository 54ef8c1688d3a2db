import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { LoanStatus } from '../loans/index.js';

export enum ClientZoneAccountStatus {
  NONE = 'NONE',
  /** granted, the one-time password not yet replaced */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** granted, the one-time password expired before the borrower changed it: grant again */
  OTP_EXPIRED = 'OTP_EXPIRED',
  ACTIVE = 'ACTIVE',
  LOCKED = 'LOCKED',
  REVOKED = 'REVOKED',
}
registerEnumType(ClientZoneAccountStatus, { name: 'ClientZoneAccountStatus' });

export enum OnlinePaymentStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  FAILED = 'FAILED',
  /** paid at the gateway but the payment could not be posted automatically (staff must post it) */
  ERROR = 'ERROR',
  /** shown, never stored: still PENDING after RATY_CZ_PAYMENT_ABANDON_MINUTES, i.e. abandoned at the gateway (issue 26) */
  CANCELLED = 'CANCELLED',
}
registerEnumType(OnlinePaymentStatus, { name: 'OnlinePaymentStatus' });

@ObjectType('ClientZoneIssue', { description: 'Why access cannot be granted (rule keys: clientZone.noNationalId, clientZone.noMobile)' })
export class ClientZoneIssue {
  @Field(() => String) rule!: string;
  @Field(() => String) message!: string;
}

@ObjectType('ClientZoneAccessPreview', { description: 'What "grant client zone access" will do for the borrower of a loan (CZ-2 "Uwagi")' })
export class ClientZoneAccessPreviewType {
  @Field(() => ID) loanId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => String) borrowerName!: string;
  @Field(() => String, { nullable: true, description: "The login: the borrower's national id (PESEL / rodné číslo)" }) login!: string | null;
  @Field(() => String, { nullable: true, description: 'Masked mobile number the password will be sent to, e.g. "661 *** *41"' }) maskedPhone!: string | null;
  @Field(() => Boolean) accountExists!: boolean;
  @Field(() => ClientZoneAccountStatus) accountStatus!: ClientZoneAccountStatus;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the login is locked after too many wrong passwords: until when (staff can clear it: clearClientZoneLockout)' })
  lockedUntil!: Date | null;
  @Field(() => Boolean, { description: 'false when `issues` is not empty' }) canGrant!: boolean;
  @Field(() => [ClientZoneIssue], { description: 'Empty = "Brak błędów"' }) issues!: ClientZoneIssue[];
}

@ObjectType('ClientZoneGrantResult')
export class ClientZoneGrantResultType {
  @Field(() => ID) accountId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => String) login!: string;
  @Field(() => String) maskedPhone!: string;
  @Field(() => DateTimeScalar) sentAt!: Date;
  @Field(() => DateTimeScalar) otpExpiresAt!: Date;
  @Field(() => Boolean, { description: 'true when the account was created now; false when an existing one was reset (new password, sessions ended)' }) created!: boolean;
  @Field(() => String, { nullable: true, description: 'SMSAPI message id' }) smsId!: string | null;
}

@ObjectType('ClientZoneAccount')
export class ClientZoneAccountType {
  @Field(() => ID) id!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => String) login!: string;
  @Field(() => ClientZoneAccountStatus) status!: ClientZoneAccountStatus;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lockedUntil!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastLoginAt!: Date | null;
}

@ObjectType('ClientMe', { description: 'The logged-in borrower' })
export class ClientMeType {
  @Field(() => ID) partyId!: string;
  @Field(() => String) login!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'true after login with the one-time password: only clientChangePassword, clientMe and clientLogout work until it is changed' }) mustChangePassword!: boolean;
}

@ObjectType('ClientLoanSummary', { description: 'A row of the borrower\'s loans list (CZ-4 "Pożyczki")' })
export class ClientLoanSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar, { description: 'Loan amount (principal)' }) amount!: string;
  @Field(() => Int) installmentsCount!: number;
  @Field(() => LoanStatus) status!: LoanStatus;
  @Field(() => String, { description: 'Product name' }) product!: string;
  @Field(() => String) productCode!: string;
  @Field(() => String, { description: "Name of the loan's borrower (BORROWER party)" }) borrower!: string;
  @Field(() => String, { description: "BORROWER | CO_BORROWER: the logged-in party's role on this loan" }) myRole!: string;
  @Field(() => DateScalar, { nullable: true }) nextDueDate!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Unpaid part of the next installment due today or later' }) nextDueAmount!: string | null;
  @Field(() => DecimalScalar, { description: 'Current overdue amount (principal + interest + penalty interest past due)' }) overdueAmount!: string;
  @Field(() => Boolean, { description: 'Whether "pay online" is offered' }) canPayOnline!: boolean;
}

@ObjectType('ClientScheduleLine')
export class ClientScheduleLineType {
  @Field(() => Int) number!: number;
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) interest!: string;
  @Field(() => DecimalScalar) total!: string;
  @Field(() => String, { description: 'PENDING | PARTIALLY_PAID | PAID | OVERDUE as of today' }) status!: string;
  @Field(() => DecimalScalar, { description: 'principal + interest still owed on this line' }) outstanding!: string;
}

@ObjectType('ClientRepayment', { description: 'A repayment with its split (CZ-8 "Spłaty")' })
export class ClientRepaymentType {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar) interest!: string;
  @Field(() => DecimalScalar) penaltyInterest!: string;
  @Field(() => DecimalScalar, { description: 'Fees and other charges' }) other!: string;
  @Field(() => DecimalScalar, { description: 'Overpayment part (depozyt)' }) deposit!: string;
  @Field(() => String, { description: 'BANK_TRANSFER | CREDIT_CARD | ONLINE_GATEWAY | CASH' }) method!: string;
}

@ObjectType('ClientOnlinePayment')
export class ClientOnlinePaymentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) loanId!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) description!: string;
  @Field(() => OnlinePaymentStatus) status!: OnlinePaymentStatus;
  @Field(() => String) gateway!: string;
  @Field(() => String, { nullable: true }) transactionId!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) paidAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the gateway reported the payment as failed' }) failedAt!: Date | null;
}

@ObjectType('ClientScheduleChange', { description: 'A version of the schedule: why and from when it changed (e.g. interest capped at the legal maximum)' })
export class ClientScheduleChangeType {
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'INITIAL | EXTRAORDINARY_REPAYMENT | RECALCULATION | LEGAL_CAP' }) reason!: string;
  @Field(() => DateScalar) effectiveDate!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'LEGAL_CAP: the maximum interest applied from effectiveDate, percent p.a.' }) maxInterest!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ClientLoan', { description: 'Loan details (CZ-6, CZ-7, CZ-8: "Szczegóły", "Harmonogram", "Spłaty")' })
export class ClientLoanType extends ClientLoanSummaryType {
  @Field(() => DateScalar) disbursementDate!: string;
  @Field(() => DecimalScalar, { description: 'Contractual interest rate, percent p.a.' }) interestRate!: string;
  @Field(() => Int, { description: 'Grace period (karencja): deferral months' }) gracePeriodMonths!: number;
  @Field(() => String, { description: 'Repayment account number (NRB/IBAN)' }) repaymentAccount!: string;
  @Field(() => String, { nullable: true, description: 'SK: the variable symbol (VS) to quote on a transfer; null for PL loans' }) variableSymbol!: string | null;
  @Field(() => DecimalScalar, { description: 'Total debt (całkowite zadłużenie): everything owed less overpayment' }) totalDebt!: string;
  @Field(() => DecimalScalar, { description: 'Current penalty interest rate, percent p.a.' }) penaltyInterestRate!: string;
  @Field(() => DecimalScalar, { description: 'Overpayment held (depozyt)' }) deposit!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Prefill for "pay online": the overdue amount, else the next installment, capped at the total debt; null when nothing is owed' })
  suggestedPaymentAmount!: string | null;
  @Field(() => DecimalScalar, { description: 'Interest rate applied today: the contractual rate, or the legal maximum when lower' }) interestRateInForce!: string;
  @Field(() => [ClientScheduleLineType]) schedule!: ClientScheduleLineType[];
  @Field(() => [ClientScheduleChangeType], { description: 'Schedule history, oldest first' }) scheduleChanges!: ClientScheduleChangeType[];
  @Field(() => [ClientRepaymentType]) repayments!: ClientRepaymentType[];
  @Field(() => [ClientOnlinePaymentType], {
    description: 'Online payments started for this loan, newest first ("Płatności online", issue 26): every attempt, paid, pending, failed or cancelled (abandoned)',
  })
  onlinePayments!: ClientOnlinePaymentType[];
}

@ObjectType('StartOnlinePaymentResult')
export class StartOnlinePaymentResultType {
  @Field(() => ID) onlinePaymentId!: string;
  @Field(() => String, { description: "Send the browser here (the gateway's payment page)" }) redirectUrl!: string;
  @Field(() => String) transactionId!: string;
  @Field(() => String) gateway!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => OnlinePaymentStatus) status!: OnlinePaymentStatus;
}
