import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { requireClient, requireOwnLoan } from '../clientzone/index.js';
import {
  acceptForbearance,
  assessForbearance,
  borrowerOffer,
  forbearanceMeasures as measuresOf,
  assessmentOf,
  endForbearance,
  findCases,
  offerForbearance,
  previewOffer,
  putInForce,
  requestForbearance,
  toCaseType,
} from './forbearance.service.js';
import {
  AcceptanceChannel,
  ForbearanceAssessmentType,
  ForbearanceCaseType,
  ForbearanceMeasureStatsType,
  ForbearanceOfferInput,
  ForbearancePreviewType,
  ForbearanceRequestInput,
  ForbearanceStatus,
  LoanHandoverInput,
  LoanHandoverType,
  PreEnforcementExportType,
  PreEnforcementRowType,
} from './forbearance.types.js';
import { handOverLoan, preEnforcementCsv, preEnforcementReport } from './handover.service.js';
import { businessDate } from '../../lib/business-date.js';
import { BadUserInput } from '../../graphql/errors.js';

const READ = rolesFor('forbearance.read');
const MANAGE = rolesFor('forbearance.manage');

/** Staff: the forbearance workflow (issue 32), hand-over to hard collection / enforcement and the pre-enforcement report. */
@Resolver()
export class ForbearanceResolver {
  @Authorized(...READ)
  @Query(() => [ForbearanceCaseType], { description: 'Forbearance cases, newest first (of a loan, a file or a status; at most 500)' })
  async forbearanceCases(
    @Ctx() ctx: Context,
    @Arg('loanId', () => ID, { nullable: true }) loanId?: string | null,
    @Arg('fileId', () => ID, { nullable: true }) fileId?: string | null,
    @Arg('status', () => ForbearanceStatus, { nullable: true }) status?: ForbearanceStatus | null,
  ): Promise<ForbearanceCaseType[]> {
    return (await findCases(ctx.sql, { ...(loanId ? { loanId } : {}), ...(fileId ? { fileId } : {}), status: status ?? null })).map((r) => toCaseType(r));
  }

  @Authorized(...READ)
  @Query(() => ForbearanceAssessmentType, { description: "The borrower's payment history and arrears on the business date, for the assessment" })
  async forbearanceAssessment(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<ForbearanceAssessmentType> {
    return assessmentOf(ctx.sql, caseId);
  }

  @Authorized(...READ)
  @Query(() => ForbearancePreviewType, { description: 'The new schedule, the per-line diff and what changes under an offer (nothing saved)' })
  async forbearancePreview(@Arg('caseId', () => ID) caseId: string, @Arg('offer', () => ForbearanceOfferInput) offer: ForbearanceOfferInput, @Ctx() ctx: Context): Promise<ForbearancePreviewType> {
    return previewOffer(ctx.sql, caseId, offer);
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'Opens a forbearance case for a loan (staff); the file leaves automatic collection (FORBEARANCE hold)' })
  async requestForbearance(@Arg('input', () => ForbearanceRequestInput) input: ForbearanceRequestInput, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    return toCaseType(await requestForbearance(ctx, input, { staff: ctx.actor?.type === 'STAFF' ? ctx.actor.userId : '' }));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'Records the assessment (REQUESTED → ASSESSED)' })
  async assessForbearance(@Arg('caseId', () => ID) caseId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    return toCaseType(await assessForbearance(ctx, caseId, note));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'Makes (or replaces) the offer: a measure and its parameters (→ OFFERED)' })
  async offerForbearance(@Arg('caseId', () => ID) caseId: string, @Arg('offer', () => ForbearanceOfferInput) offer: ForbearanceOfferInput, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    return toCaseType(await offerForbearance(ctx, caseId, offer));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: "Records the borrower's acceptance with its channel; putInForce (default true) creates the new schedule version at once" })
  async recordForbearanceAcceptance(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('channel', () => AcceptanceChannel) channel: AcceptanceChannel,
    @Ctx() ctx: Context,
    @Arg('putInForce', () => Boolean, { nullable: true }) inForce?: boolean | null,
  ): Promise<ForbearanceCaseType> {
    return toCaseType(await acceptForbearance(ctx, caseId, channel, { putInForce: inForce ?? true }));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'Puts an accepted measure in force: a new schedule version through the loan engine' })
  async putForbearanceInForce(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    return toCaseType(await putInForce(ctx, caseId));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'Refuses the request (note required); the hold is cleared' })
  async refuseForbearance(@Arg('caseId', () => ID) caseId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    return toCaseType(await endForbearance(ctx, caseId, 'REFUSED', note));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'The borrower withdraws the request; the hold is cleared' })
  async withdrawForbearance(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<ForbearanceCaseType> {
    return toCaseType(await endForbearance(ctx, caseId, 'WITHDRAWN', note ?? null));
  }

  @Authorized(...MANAGE)
  @Mutation(() => ForbearanceCaseType, { description: 'Completes a measure in force; the hold is cleared' })
  async completeForbearance(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context, @Arg('note', () => String, { nullable: true }) note?: string | null): Promise<ForbearanceCaseType> {
    return toCaseType(await endForbearance(ctx, caseId, 'COMPLETED', note ?? null));
  }

  @Authorized(...rolesFor('loans.handOver'))
  @Mutation(() => LoanHandoverType, { description: 'Hands a loan over to hard collection or enforcement; without any forbearance offered, noForbearanceReason is required' })
  async handOverLoan(@Arg('input', () => LoanHandoverInput) input: LoanHandoverInput, @Ctx() ctx: Context): Promise<LoanHandoverType> {
    return handOverLoan(ctx, input);
  }

  @Authorized(...READ)
  @Query(() => [PreEnforcementRowType], { description: 'Every loan handed over (hand-over dates from–to), with the forbearance considered before' })
  async preEnforcementReport(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
  ): Promise<PreEnforcementRowType[]> {
    return preEnforcementReport(ctx.sql, { from: from ?? null, to: to ?? null });
  }

  @Authorized(...READ)
  @Query(() => [ForbearanceMeasureStatsType], { description: 'Analyst measures of forbearance for the cases offered in [from, to] (docs/analytics.md "Forbearance")' })
  async forbearanceMeasures(@Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string, @Ctx() ctx: Context): Promise<ForbearanceMeasureStatsType[]> {
    if (to < from) throw BadUserInput.field('to', 'notBeforeFrom', 'to must not be before from');
    return measuresOf(ctx.sql, from, to);
  }

  @Authorized(...READ)
  @Query(() => PreEnforcementExportType, { description: 'The pre-enforcement report as a CSV file' })
  async preEnforcementReportCsv(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, { nullable: true }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to?: string | null,
  ): Promise<PreEnforcementExportType> {
    const rows = await preEnforcementReport(ctx.sql, { from: from ?? null, to: to ?? null });
    return { fileName: `raty-przed-egzekucja-${businessDate()}.csv`, csv: preEnforcementCsv(rows), count: rows.length };
  }
}

/** Borrower (client zone): "Wniosek o restrukturyzację", the offer and its acceptance, own loans only (NOT_FOUND otherwise). */
@Resolver()
export class ClientForbearanceResolver {
  @Authorized('CLIENT')
  @Query(() => [ForbearanceCaseType], { description: "The borrower's forbearance cases of one of their loans" })
  async myForbearanceCases(@Arg('loanId', () => ID) loanId: string, @Ctx() ctx: Context): Promise<ForbearanceCaseType[]> {
    const me = await requireClient(ctx);
    await requireOwnLoan(ctx, me.partyId, loanId);
    return (await findCases(ctx.sql, { loanId, partyId: me.partyId })).map((r) => toCaseType(r, true));
  }

  @Authorized('CLIENT')
  @Query(() => ForbearancePreviewType, { description: 'The offer of a case: the new schedule and what changes' })
  async myForbearanceOffer(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<ForbearancePreviewType> {
    const me = await requireClient(ctx);
    return borrowerOffer(ctx.sql, caseId, me.partyId);
  }

  @Authorized('CLIENT')
  @Mutation(() => ForbearanceCaseType, { description: '"Wniosek o restrukturyzację": reason, income / expense situation, the help asked for' })
  async requestMyForbearance(@Arg('input', () => ForbearanceRequestInput) input: ForbearanceRequestInput, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    const me = await requireClient(ctx);
    await requireOwnLoan(ctx, me.partyId, input.loanId);
    return toCaseType(await requestForbearance(ctx, input, { party: me.partyId }), true);
  }

  @Authorized('CLIENT')
  @Mutation(() => ForbearanceCaseType, { description: 'Accepts the offer: the measure goes in force (a new schedule version)' })
  async acceptMyForbearanceOffer(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    const me = await requireClient(ctx);
    return toCaseType(await acceptForbearance(ctx, caseId, AcceptanceChannel.CLIENT_ZONE, { partyId: me.partyId, putInForce: true }), true);
  }

  @Authorized('CLIENT')
  @Mutation(() => ForbearanceCaseType, { description: 'Declines the offer (the case ends REFUSED; the borrower may ask again)' })
  async declineMyForbearanceOffer(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context): Promise<ForbearanceCaseType> {
    const me = await requireClient(ctx);
    return toCaseType(await endForbearance(ctx, caseId, 'REFUSED', 'declined by the borrower', { partyId: me.partyId }), true);
  }
}
