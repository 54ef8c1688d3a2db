// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the loans module: other modules import only this file (eslint.config.js, "module faces"). */
export { backfillLedger } from './backfill.js';
export { registerDailyTick } from './daily-tick.js';
export { computeLoanState } from './loan-state.js';
export type { LoanStateInput } from './loan-state.js';
export { lineType, toLoanType, toPaymentType } from './loans.mappers.js';
export type { AllocationRow } from './loans.mappers.js';
export { ledgerOptionsOf, loadLoan, loanPayments, loanState, loanStateCached, penaltyRatesOf, penaltyRatesOfMany, remainingOf, reversalDate, scheduleLines, storeLoanState } from './loans.service.js';
export type { InstallmentRow, LoanRow, PaymentRow } from './loans.service.js';
export { LoanFilter, LoanMeasuresType, LoanStatus, LoanType, PaymentType, ScheduleDiffLineType, ScheduleLineType } from './loans.types.js';
export { loanTermsOf } from './payoff.service.js';
export { postPayment, reversePayment } from './payments.service.js';
export { READ_ROLES } from './roles.js';
