import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RoleEnum } from '../auth/index.js';
import * as svc from './admin.service.js';
import { ApiTokenRole, ApiTokenType, CreatedApiToken, CreateUserInput, StaffUserType } from './admin.types.js';

export { ApiTokenRole } from './admin.types.js';

@Resolver()
export class AdminResolver {
  @Authorized('ADMIN')
  @Query(() => [StaffUserType])
  async users(@Ctx() ctx: Context): Promise<StaffUserType[]> {
    return svc.listUsers(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUserType, { description: 'An admin unlocks a staff account locked after failed logins (its attempts start over). Audited (UNLOCK).' })
  async unlockStaffUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffUserType> {
    return svc.unlockStaffUser(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUserType)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<StaffUserType> {
    return svc.createUser(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUserType)
  async updateUserRoles(
    @Arg('id', () => ID) id: string,
    @Arg('roles', () => [RoleEnum]) roles: RoleEnum[],
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<StaffUserType> {
    return svc.updateUserRoles(ctx, id, roles, active);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: "An admin sets a new password for a staff user (policy: docs/security.md § 3a); all the user's sessions end; audited." })
  async resetUserPassword(@Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    return svc.resetUserPassword(ctx, id, newPassword);
  }

  @Authorized('ADMIN')
  @Query(() => [ApiTokenType])
  async apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    return svc.listApiTokens(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreatedApiToken, { description: 'Creates a bearer token for an analyst or a partner system. The secret is returned once.' })
  async createApiToken(@Arg('name', () => String) name: string, @Arg('role', () => ApiTokenRole) role: ApiTokenRole, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return svc.createApiToken(ctx, name, role);
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiTokenType)
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiTokenType> {
    return svc.revokeApiToken(ctx, id);
  }
}
