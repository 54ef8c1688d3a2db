import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Actor, Context } from '../../graphql/context.js';
import { NotFound } from '../../graphql/errors.js';
import { DebtorFileType } from '../files/index.js';
import { LoanType, PaymentType } from '../loans/index.js';
import { toLoanType } from '../loans/index.js';
import { NoticeAddresseeType, NoticeType } from '../collection/index.js';
import { InstallmentRowType } from './analytics.types.js';
import { filesByIds, noticeLoanPairs, type FileRow } from './navigation.service.js';

/**
 * Navigation both ways for ad-hoc queries (docs/analytics.md): payment.loan, installment.loan, notice.file,
 * notice.loans — batched by DataLoaders (one query per kind per request) — and the notice fields analysts must not
 * read (message text, phone number): null unless the caller is staff with a soft-collection role (or ADMIN).
 */

/** Who may read what a notice says and where it went: staff with NOTICES_VIEW / NOTICES_EDIT / ADMIN. */
function canReadNoticeContent(actor: Actor | null): boolean {
  return actor?.type === 'STAFF' && actor.roles.some((r) => r === 'ADMIN' || r === 'NOTICES_VIEW' || r === 'NOTICES_EDIT');
}

function perRequest<K, V>(map: WeakMap<object, DataLoader<K, V>>, ctx: Context, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let l = map.get(ctx);
  if (!l) {
    l = new DataLoader<K, V>(batch);
    map.set(ctx, l);
  }
  return l;
}

const fileLoaders = new WeakMap<object, DataLoader<string, FileRow | null>>();
const noticeLoanLoaders = new WeakMap<object, DataLoader<string, string[]>>();

async function loanOf(ctx: Context, loanId: string): Promise<LoanType> {
  const r = await ctx.loaders.loan.load(loanId);
  if (!r) throw new NotFound('Loan');
  return toLoanType(r);
}

@Resolver(() => PaymentType)
export class PaymentNavigationResolver {
  @FieldResolver(() => LoanType, { description: 'The loan the payment was made on' })
  async loan(@Root() p: PaymentType, @Ctx() ctx: Context): Promise<LoanType> {
    return loanOf(ctx, p.loanId);
  }
}

@Resolver(() => InstallmentRowType)
export class InstallmentNavigationResolver {
  @FieldResolver(() => LoanType, { description: 'The loan of the installment' })
  async loan(@Root() i: InstallmentRowType, @Ctx() ctx: Context): Promise<LoanType> {
    return loanOf(ctx, i.loanId);
  }
}

@Resolver(() => NoticeType)
export class NoticeNavigationResolver {
  @FieldResolver(() => DebtorFileType, { description: 'The debtor file the notice is about' })
  async file(@Root() n: NoticeType, @Ctx() ctx: Context): Promise<DebtorFileType> {
    const f = await perRequest(fileLoaders, ctx, async (ids: readonly string[]) => {
      const rows = await filesByIds(ctx.sql, ids);
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    }).load(n.fileId);
    if (!f) throw new NotFound('Debtor file');
    return { id: f.id, number: String(f.number), displayNumber: `${f.code} ${f.number}`, status: f.status, receivableKindId: f.receivable_kind_id };
  }

  @FieldResolver(() => [LoanType], { description: 'The loans whose installments are items of the notice (selected or not), by number' })
  async loans(@Root() n: NoticeType, @Ctx() ctx: Context): Promise<LoanType[]> {
    const ids = await perRequest(noticeLoanLoaders, ctx, async (noticeIds: readonly string[]) => {
      const rows = await noticeLoanPairs(ctx.sql, noticeIds);
      return noticeIds.map((id) => rows.filter((r) => r.notice_id === id).map((r) => r.loan_id));
    }).load(n.id);
    const loans = await Promise.all(ids.map((id) => loanOf(ctx, id)));
    return loans.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Message text; null for analysts (docs/analytics.md)' })
  text(@Root() n: NoticeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? n.text : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone the SMS went to; null for analysts' })
  phone(@Root() n: NoticeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? n.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Free-text note of the collector; null for analysts' })
  note(@Root() n: NoticeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? n.note : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'EMAIL: the address the e-mail went to; null for analysts' })
  email(@Root() n: NoticeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? n.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'EMAIL: the subject; null for analysts' })
  subject(@Root() n: NoticeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? n.subject : null;
  }
}

@Resolver(() => NoticeAddresseeType)
export class NoticeAddresseeRedactionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Consented mobile (9 digits), if any; null for analysts' })
  mobile(@Root() a: NoticeAddresseeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? a.mobile : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Consented e-mail address, if any; null for analysts' })
  email(@Root() a: NoticeAddresseeType, @Ctx() ctx: Context): string | null {
    return canReadNoticeContent(ctx.actor) ? (a.email ?? null) : null;
  }
}
