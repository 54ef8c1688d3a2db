import { permissionsOf } from '@raty/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { StaffSecurityType, StaffSessionType, TotpEnrolmentType, UserType } from './auth.types.js';
import * as staff from './staff-auth.service.js';

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The logged-in staff user, or null.' })
  async me(@Ctx() ctx: Context): Promise<UserType | null> {
    return staff.currentStaffUser(ctx);
  }

  @Mutation(() => UserType, { description: "Staff login: sets an httpOnly session cookie (and ends the browser's previous staff session)." })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('totpCode', () => String, { nullable: true, description: 'second step for users with two-factor authentication: the 6-digit code or a recovery code' }) totpCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return staff.login(ctx, email, password, totpCode);
  }

  @Mutation(() => Boolean, {
    description: "Changes the logged-in staff user's password (policy: docs/security.md § 3a). A wrong current password spends the account's guess budget; every OTHER session of the user ends.",
  })
  async changePassword(@Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return staff.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Ends the staff session.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    return staff.logout(ctx);
  }

  @Query(() => StaffSecurityType, { description: 'Second-factor state of the logged-in staff user (works in an enrolment-only session).' })
  async mySecurity(@Ctx() ctx: Context): Promise<StaffSecurityType> {
    return staff.mySecurity(ctx);
  }

  @Mutation(() => TotpEnrolmentType, { description: 'Starts (or restarts) enrolling a TOTP second factor: a new secret and its QR code. Not in force until confirmed.' })
  async startTotpEnrolment(@Ctx() ctx: Context): Promise<TotpEnrolmentType> {
    return staff.startTotpEnrolment(ctx);
  }

  @Mutation(() => [String], { description: 'Confirms the enrolment with a current code; answers the 10 one-time recovery codes (shown once).' })
  async confirmTotpEnrolment(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return staff.confirmTotpEnrolment(ctx, code);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: "An admin resets ANOTHER staff user's second factor (lost phone): secret and recovery codes are removed, all the user's sessions end. Audited." })
  async resetUserTotp(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return staff.resetUserTotp(ctx, id);
  }

  @Authorized()
  @Query(() => [StaffSessionType], { description: "Active sessions of a staff user: your own (no argument) or, for an admin, anyone's." })
  async staffSessions(@Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: Context): Promise<StaffSessionType[]> {
    return staff.staffSessions(ctx, userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends a staff session: one of your own, or (admin) anyone's. Its cookie stops working at once. Audited." })
  async endStaffSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    return staff.endStaffSession(ctx, id);
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      "Ends every session of a staff user at once: your own OTHER sessions (no argument or your id) or, for an admin, all of anyone's. Their cookies stop working. One SESSION_END audit entry per session. Answers how many ended.",
  })
  async endAllStaffSessions(@Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: Context): Promise<number> {
    return staff.endAllStaffSessions(ctx, userId);
  }
}

/**
 * The operations the signed-in user may perform, from the permission table the resolvers' role checks use
 * (`@raty/domain` PERMISSIONS; issue 22): the SPA offers only these.
 */
@Resolver(() => UserType)
export class UserPermissionsResolver {
  @FieldResolver(() => [String], { description: 'Operations this user may perform (the server permission table, e.g. "notices.edit"); ADMIN: all' })
  permissions(@Root() user: UserType): string[] {
    return permissionsOf(user.roles);
  }
}
