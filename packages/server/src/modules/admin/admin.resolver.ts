import { desc, eq, sql } from 'drizzle-orm';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { validateEmail } from '@raty/domain';
import { apiTokens, users } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { Conflict, IssueCollector, NotFound } from '../../graphql/errors.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { hashPassword, randomToken, sha256 } from '../../lib/crypto.js';
import { RoleEnum, UserType } from '../auth/auth.types.js';
import { audit } from '../common/audit.js';
import { passwordIssues } from '../auth/password-policy.js';
import { listStaffUsers, staffUser, unlockStaffUser, type StaffUserRow } from '../auth/staff-accounts.service.js';

export enum ApiTokenRole {
  ANALYST = 'ANALYST',
  PARTNER = 'PARTNER',
  BANK = 'BANK',
}
registerEnumType(ApiTokenRole, { name: 'ApiTokenRole', description: 'ANALYST: read-only GraphQL; PARTNER: contract/client registration API; BANK: statement upload (POST /api/statements)' });

@ObjectType('ApiToken')
class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ApiTokenRole) role!: ApiTokenRole;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
class CreatedApiToken {
  @Field(() => ApiTokenType) apiToken!: ApiTokenType;
  @Field(() => String, { description: 'The secret, shown ONCE; only its hash is stored.' }) token!: string;
}

@ObjectType('StaffUser')
class StaffUserType extends UserType {
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean, { description: 'a TOTP second factor is enrolled (required for ADMIN; an admin can reset it)' }) totpEnabled!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'while the account is locked after failed logins: until when (an admin can unlock it)' })
  lockedUntil!: Date | null;
}

const staffUserOf = (u: StaffUserRow): StaffUserType => ({ ...u, roles: u.roles as RoleEnum[] });

@InputType()
class CreateUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) password!: string;
  @Field(() => [RoleEnum]) roles!: RoleEnum[];
  @Field(() => String, { nullable: true, defaultValue: 'pl' }) locale?: string;
}

@Resolver()
export class AdminResolver {
  @Authorized('ADMIN')
  @Query(() => [StaffUserType])
  async users(@Ctx() ctx: Context): Promise<StaffUserType[]> {
    return (await listStaffUsers(ctx.sql)).map(staffUserOf);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUserType, { description: 'An admin unlocks a staff account locked after failed logins (its attempts start over). Audited (UNLOCK).' })
  async unlockStaffUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffUserType> {
    return staffUserOf(await unlockStaffUser(ctx, id));
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUserType)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<StaffUserType> {
    const issues = new IssueCollector();
    const email = validateEmail(input.email, 'input.email');
    if (!email.ok) issues.addAll(email.issues);
    if (!input.name.trim()) issues.add('input.name', 'required', 'Name is required');
    issues.addAll(passwordIssues(input.password, 'input.password', { email: input.email, name: input.name }));
    if (!input.roles.length) issues.add('input.roles', 'required', 'At least one role is required');
    if (!['pl', 'en'].includes(input.locale ?? 'pl')) issues.add('input.locale', 'oneOf', 'Locale must be pl or en', { values: ['pl', 'en'] });
    issues.throwIfAny();
    const existing = await ctx.db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`);
    if (existing.length) throw new Conflict('A user with this e-mail already exists', { field: 'input.email' });
    const [u] = await ctx.db
      .insert(users)
      .values({ email: input.email.trim(), name: input.name.trim(), passwordHash: await hashPassword(input.password), roles: input.roles, locale: input.locale ?? 'pl' })
      .returning();
    await audit(ctx, 'CREATE', 'user', u.id, null, { email: u.email, roles: u.roles });
    return { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale, active: u.active, totpEnabled: false, lockedUntil: null };
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffUserType)
  async updateUserRoles(
    @Arg('id', () => ID) id: string,
    @Arg('roles', () => [RoleEnum]) roles: RoleEnum[],
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<StaffUserType> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new NotFound('User'); // not a uuid: no SQL error (500)
    const [before] = await ctx.db.select().from(users).where(eq(users.id, id));
    if (!before) throw new NotFound('User');
    if (!roles.length) new IssueCollector().add('roles', 'required', 'At least one role is required').throwIfAny();
    const [u] = await ctx.db
      .update(users)
      .set({ roles, active: active ?? before.active })
      .where(eq(users.id, id))
      .returning();
    // issue 20: a user who becomes ADMIN without a second factor: their open sessions may only enrol one from now on
    if (roles.includes(RoleEnum.ADMIN) && !u.totpEnabledAt) await ctx.sql`update sessions set enrolment_only = true where kind = 'STAFF' and user_id = ${id}`;
    await audit(ctx, 'UPDATE', 'user', id, { roles: before.roles, active: before.active }, { roles: u.roles, active: u.active });
    return staffUserOf((await staffUser(ctx.sql, id))!);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'An admin sets a new password for a staff user (policy: docs/security.md § 3a); all the user\'s sessions end; audited.' })
  async resetUserPassword(@Arg('id', () => ID) id: string, @Arg('newPassword', () => String) newPassword: string, @Ctx() ctx: Context): Promise<boolean> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new NotFound('User');
    const [u] = await ctx.db.select().from(users).where(eq(users.id, id));
    if (!u) throw new NotFound('User');
    new IssueCollector().addAll(passwordIssues(newPassword, 'newPassword', { email: u.email, name: u.name })).throwIfAny();
    await ctx.db.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(eq(users.id, id));
    await ctx.sql`delete from sessions where kind = 'STAFF' and user_id = ${id}`;
    await audit(ctx, 'PASSWORD_RESET', 'user', id, null, null);
    return true;
  }

  @Authorized('ADMIN')
  @Query(() => [ApiTokenType])
  async apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    const rows = await ctx.db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
    return rows.map((t) => ({ ...t, role: t.role as ApiTokenRole }));
  }

  @Authorized('ADMIN')
  @Mutation(() => CreatedApiToken, { description: 'Creates a bearer token for an analyst or a partner system. The secret is returned once.' })
  async createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('role', () => ApiTokenRole) role: ApiTokenRole,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiToken> {
    if (!name.trim()) new IssueCollector().add('name', 'required', 'Name is required').throwIfAny();
    const token = `raty_${role === 'ANALYST' ? 'an' : 'pt'}_${randomToken(24)}`;
    const [t] = await ctx.db
      .insert(apiTokens)
      .values({ name: name.trim(), role, tokenHash: sha256(token), createdBy: ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null })
      .returning();
    await audit(ctx, 'CREATE', 'api_token', t.id, null, { name: t.name, role: t.role });
    return { apiToken: { ...t, role: t.role as ApiTokenRole }, token };
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiTokenType)
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiTokenType> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new NotFound('API token'); // not a uuid: no SQL error (500)
    const [t] = await ctx.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
    if (!t) throw new NotFound('API token');
    await audit(ctx, 'REVOKE', 'api_token', id, null, null);
    return { ...t, role: t.role as ApiTokenRole };
  }
}
