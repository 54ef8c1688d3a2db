import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PaymentType, RegisterPaymentInput, RegisterPaymentResult } from './loans.types.js';
import { postPayment, reversePayment } from './payments.service.js';
import { toBalances, toPaymentType } from './loans.mappers.js';
import { remainingOf } from './loans.service.js';

function createdBy(ctx: Context): string {
  const a = ctx.actor;
  if (!a) return 'anonymous';
  if (a.type === 'STAFF') return `staff:${a.userId}`;
  if (a.type === 'API_TOKEN') return `token:${a.tokenId}`;
  return `client:${a.clientAccountId}`;
}

@Resolver()
export class PaymentResolver {
  @Authorized(...rolesFor('payments.edit'))
  @Mutation(() => RegisterPaymentResult, {
    description: 'MON-3 "register payment": allocates by the waterfall and answers the remaining balance. Idempotent per idempotencyKey.',
  })
  async registerPayment(@Arg('input', () => RegisterPaymentInput) input: RegisterPaymentInput, @Ctx() ctx: Context): Promise<RegisterPaymentResult> {
    const res = await postPayment(
      ctx,
      { ...input, clientId: input.clientId, description: input.description ?? null },
      { requireClient: true, createdBy: createdBy(ctx), overpaymentGuard: { accept: input.acceptOverpayment === true } },
    );
    const b = res.state.ledger.balances;
    return { payment: toPaymentType(res.payment, res.allocations, res.currency), remainingBalance: remainingOf(b), balances: toBalances(b), replayed: res.replayed };
  }

  @Authorized(...rolesFor('payments.edit'))
  @Mutation(() => PaymentType, { description: 'Reverses a payment (never deletes it); later allocations are replayed.' })
  async reversePayment(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<PaymentType> {
    const res = await reversePayment(ctx, id, reason);
    return toPaymentType(res.payment, [], res.currency);
  }
}
