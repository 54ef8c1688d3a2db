import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { rolesFor } from '@raty/domain';
import type { Context } from '../../graphql/context.js';
import { toRefund } from './statements.mappers.js';
import { cancelRefund, exportRefunds, listRefunds, requestRefund } from './refunds.service.js';
import { RefundExportType, RefundRequestType, RequestRefundInput } from './statements.types.js';

/** Refunds of overpayments as outgoing transfer requests, exported as a CSV file for the bank (issue 30). */
@Resolver()
export class RefundsResolver {
  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => RefundRequestType, { description: "Records a refund of (part of) a loan's overpayment as an outgoing transfer request; audited." })
  async requestRefund(@Arg('input', () => RequestRefundInput) input: RequestRefundInput, @Ctx() ctx: Context): Promise<RefundRequestType> {
    return toRefund(await requestRefund(ctx, input));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => RefundRequestType, { description: 'Cancels a refund request not exported yet; audited.' })
  async cancelRefund(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<RefundRequestType> {
    return toRefund(await cancelRefund(ctx, id, reason));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Query(() => [RefundRequestType])
  async refundRequests(
    @Arg('status', () => String, { nullable: true }) status: string | null,
    @Arg('loanId', () => ID, { nullable: true }) loanId: string | null,
    @Arg('limit', () => Int, { nullable: true }) limit: number | null,
    @Ctx() ctx: Context,
  ): Promise<RefundRequestType[]> {
    return (await listRefunds(ctx.sql, { status, loanId, limit })).map(toRefund);
  }

  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => RefundExportType, { description: 'Exports every requested refund of a currency as one CSV file for the bank and marks them exported; audited.' })
  async exportRefunds(@Arg('currency', () => String, { defaultValue: 'PLN' }) currency: string, @Ctx() ctx: Context): Promise<RefundExportType> {
    return exportRefunds(ctx, currency);
  }
}
