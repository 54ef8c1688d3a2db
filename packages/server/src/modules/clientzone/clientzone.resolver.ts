import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/scalars.js';
import { accountStatus, clearLockout, grantAccess, previewAccess, revokeAccess } from './access.service.js';
import { requestOneTimePassword } from './client-sms.service.js';
import { clientChangePassword, clientLogin, clientLogout, requireClient } from './client-auth.service.js';
import { myLoan, myLoans } from './client-loans.service.js';
import { startOnlinePayment } from './online-payments.service.js';
import {
  ClientLoanSummaryType,
  ClientLoanType,
  ClientMeType,
  ClientZoneAccessPreviewType,
  ClientZoneAccountType,
  ClientZoneGrantResultType,
  OnlinePaymentStatus,
  StartOnlinePaymentResultType,
} from './clientzone.types.js';
import { meOf } from './client-me.service.js';

/** Staff side of the client zone (CZ-2 procedure "Dostęp do strefy klienta"). */
@Resolver()
export class ClientZoneAccessResolver {
  @Authorized(...rolesFor('clientZone.manageAccess'))
  @Query(() => ClientZoneAccessPreviewType, { description: 'Before granting: the login (national id), the masked mobile number and whether an account exists.' })
  async clientZoneAccessPreview(
    @Arg('loanId', () => ID) loanId: string,
    @Ctx() ctx: Context,
    @Arg('partyId', () => ID, { nullable: true, description: "A co-borrower instead of the loan's borrower" }) partyId?: string | null,
  ): Promise<ClientZoneAccessPreviewType> {
    return previewAccess(ctx, loanId, partyId);
  }

  @Authorized(...rolesFor('clientZone.manageAccess'))
  @Mutation(() => ClientZoneGrantResultType, {
    description: "Creates (or resets) the borrower's client zone account and sends a one-time password by SMS. Re-running sends a new password and ends the account's sessions.",
  })
  async grantClientZoneAccess(@Arg('loanId', () => ID) loanId: string, @Ctx() ctx: Context, @Arg('partyId', () => ID, { nullable: true }) partyId?: string | null): Promise<ClientZoneGrantResultType> {
    return grantAccess(ctx, loanId, partyId);
  }

  @Authorized(...rolesFor('clientZone.manageAccess'))
  @Mutation(() => ClientZoneAccountType, { description: "Revokes the client zone account of a loan's borrower (loanId) or of a party (partyId); its sessions end." })
  async revokeClientZoneAccess(
    @Ctx() ctx: Context,
    @Arg('loanId', () => ID, { nullable: true }) loanId?: string | null,
    @Arg('partyId', () => ID, { nullable: true }) partyId?: string | null,
  ): Promise<ClientZoneAccountType> {
    const a = await revokeAccess(ctx, loanId, partyId);
    return { id: a.id, partyId: a.party_id, login: a.login, status: accountStatus(a), revokedAt: a.revoked_at, lockedUntil: a.locked_until ?? null, lastLoginAt: a.last_login_at };
  }

  @Authorized(...rolesFor('clientZone.manageAccess'))
  @Mutation(() => ClientZoneAccountType, {
    description: "Lifts the lockout of the client zone login of a loan's borrower (or of the co-borrower partyId) after too many wrong passwords; the password stays.",
  })
  async clearClientZoneLockout(@Arg('loanId', () => ID) loanId: string, @Ctx() ctx: Context, @Arg('partyId', () => ID, { nullable: true }) partyId?: string | null): Promise<ClientZoneAccountType> {
    const a = await clearLockout(ctx, loanId, partyId);
    return { id: a.id, partyId: a.party_id, login: a.login, status: accountStatus(a), revokedAt: a.revoked_at, lockedUntil: null, lastLoginAt: a.last_login_at };
  }
}

/** Borrower side (cookie raty_cz). Every operation takes the party from the session, never from its arguments. */
@Resolver()
export class ClientZoneResolver {
  @Mutation(() => ClientMeType, {
    description: "Borrower login with the national id and password; sets the httpOnly cookie raty_cz (the browser's previous borrower session ends). A one-time password works for one login.",
  })
  async clientLogin(@Arg('login', () => String) login: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<ClientMeType> {
    const acc = await clientLogin(ctx, login, password);
    return meOf(ctx, acc.party_id, acc.login, acc.must_change_password);
  }

  @Mutation(() => Boolean, {
    description:
      'Login page "wyślij nowe hasło jednorazowe": a new one-time password by SMS to the consented mobile, for an account whose one-time password was not changed yet (at most 3 a day). Always true for a well-formed login, account or not.',
  })
  async clientRequestOneTimePassword(@Arg('login', () => String) login: string, @Ctx() ctx: Context): Promise<boolean> {
    return requestOneTimePassword(ctx, login);
  }

  @Query(() => ClientMeType, { nullable: true, description: 'The logged-in borrower, or null.' })
  async clientMe(@Ctx() ctx: Context): Promise<ClientMeType | null> {
    if (ctx.actor?.type !== 'CLIENT') return null;
    const me = await requireClient(ctx, { allowPendingPassword: true });
    return meOf(ctx, me.partyId, me.account.login, me.account.must_change_password);
  }

  @Authorized('CLIENT')
  @Mutation(() => ClientMeType, {
    description: 'Changes the password (the password policy: 12+ characters, not a common password, not the login, name or e-mail). Required after login with a one-time password.',
  })
  async clientChangePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<ClientMeType> {
    const acc = await clientChangePassword(ctx, currentPassword, newPassword);
    return meOf(ctx, acc.party_id, acc.login, acc.must_change_password);
  }

  @Mutation(() => Boolean, { description: 'Ends the borrower session and clears the raty_cz cookie.' })
  async clientLogout(@Ctx() ctx: Context): Promise<boolean> {
    return clientLogout(ctx);
  }

  @Authorized('CLIENT')
  @Query(() => [ClientLoanSummaryType], { description: "The borrower's loans (as borrower or co-borrower)." })
  async myLoans(@Ctx() ctx: Context): Promise<ClientLoanSummaryType[]> {
    const me = await requireClient(ctx);
    return myLoans(ctx, me.partyId);
  }

  @Authorized('CLIENT')
  @Query(() => ClientLoanType, { description: "Details, schedule and repayments of one of the borrower's loans; NOT_FOUND for any other loan." })
  async myLoan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClientLoanType> {
    const me = await requireClient(ctx);
    return myLoan(ctx, me.partyId, id);
  }

  @Authorized('CLIENT')
  @Mutation(() => StartOnlinePaymentResultType, { description: "Starts an online payment (Tpay / sandbox) for one of the borrower's loans; send the browser to redirectUrl." })
  async startOnlinePayment(
    @Arg('loanId', () => ID) loanId: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Ctx() ctx: Context,
    @Arg('description', () => String, { nullable: true }) description?: string | null,
    @Arg('email', () => String, { nullable: true, description: 'Payer e-mail (required by Tpay when the borrower has none on file)' }) email?: string | null,
  ): Promise<StartOnlinePaymentResultType> {
    const me = await requireClient(ctx);
    const r = await startOnlinePayment(ctx, me.partyId, me.clientAccountId, { loanId, amount, description, email });
    return { ...r, status: r.status as OnlinePaymentStatus };
  }
}
