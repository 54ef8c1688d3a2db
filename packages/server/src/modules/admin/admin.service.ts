import { desc, eq, sql } from 'drizzle-orm';
import { validateEmail } from '@raty/domain';
import { apiTokens, users } from '../../db/schema/index.js';
import type { Context } from '../../graphql/context.js';
import { Conflict, IssueCollector, NotFound } from '../../graphql/errors.js';
import { hashPassword, randomToken, sha256 } from '../../lib/crypto.js';
import type { RoleEnum } from '../auth/index.js';
import { audit } from '../common/index.js';
import { listStaffUsers, passwordIssues, staffUser, unlockStaffUser as unlockStaffAccount, type StaffUserRow } from '../auth/index.js';
import { RoleEnum as Roles } from '../auth/index.js';
import { ApiTokenRole, type ApiTokenType, type CreatedApiToken, type CreateUserInput, type StaffUserType } from './admin.types.js';

/** Admin use cases: staff users (create, roles, password reset) and API tokens (moved out of admin.resolver.ts). */

const staffUserOf = (u: StaffUserRow): StaffUserType => ({ ...u, roles: u.roles as RoleEnum[] });

export async function listUsers(ctx: Context): Promise<StaffUserType[]> {
  return (await listStaffUsers(ctx.sql)).map(staffUserOf);
}

/** An admin unlocks a staff account locked after failed logins (issue 20); audited (UNLOCK). */
export async function unlockStaffUser(ctx: Context, id: string): Promise<StaffUserType> {
  return staffUserOf(await unlockStaffAccount(ctx, id));
}

export async function createUser(ctx: Context, input: CreateUserInput): Promise<StaffUserType> {
  const issues = new IssueCollector();
  const email = validateEmail(input.email, 'input.email');
  if (!email.ok) issues.addAll(email.issues);
  if (!input.name.trim()) issues.add('input.name', 'required', 'Name is required');
  issues.addAll(passwordIssues(input.password, 'input.password', { email: input.email, name: input.name }));
  if (!input.roles.length) issues.add('input.roles', 'required', 'At least one role is required');
  if (!['pl', 'en'].includes(input.locale ?? 'pl')) issues.add('input.locale', 'oneOf', 'Locale must be pl or en', { values: ['pl', 'en'] });
  issues.throwIfAny();
  const existing = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${input.email.trim().toLowerCase()}`);
  if (existing.length) throw new Conflict('A user with this e-mail already exists', { field: 'input.email' });
  const [u] = await ctx.db
    .insert(users)
    .values({ email: input.email.trim(), name: input.name.trim(), passwordHash: await hashPassword(input.password), roles: input.roles, locale: input.locale ?? 'pl' })
    .returning();
  await audit(ctx, 'CREATE', 'user', u.id, null, { email: u.email, roles: u.roles });
  return { id: u.id, email: u.email, name: u.name, roles: u.roles as RoleEnum[], locale: u.locale, active: u.active, totpEnabled: false, lockedUntil: null };
}

export async function updateUserRoles(ctx: Context, id: string, roles: RoleEnum[], active: boolean | null): Promise<StaffUserType> {
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
  if (roles.includes(Roles.ADMIN) && !u.totpEnabledAt) await ctx.sql`update sessions set enrolment_only = true where kind = 'STAFF' and user_id = ${id}`;
  await audit(ctx, 'UPDATE', 'user', id, { roles: before.roles, active: before.active }, { roles: u.roles, active: u.active });
  return staffUserOf((await staffUser(ctx.sql, id))!);
}

export async function resetUserPassword(ctx: Context, id: string, newPassword: string): Promise<boolean> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new NotFound('User');
  const [u] = await ctx.db.select().from(users).where(eq(users.id, id));
  if (!u) throw new NotFound('User');
  new IssueCollector().addAll(passwordIssues(newPassword, 'newPassword', { email: u.email, name: u.name })).throwIfAny();
  await ctx.db
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword) })
    .where(eq(users.id, id));
  await ctx.sql`delete from sessions where kind = 'STAFF' and user_id = ${id}`;
  await audit(ctx, 'PASSWORD_RESET', 'user', id, null, null);
  return true;
}

export async function listApiTokens(ctx: Context): Promise<ApiTokenType[]> {
  const rows = await ctx.db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt));
  return rows.map((t) => ({ ...t, role: t.role as ApiTokenRole }));
}

export async function createApiToken(ctx: Context, name: string, role: ApiTokenRole): Promise<CreatedApiToken> {
  if (!name.trim()) new IssueCollector().add('name', 'required', 'Name is required').throwIfAny();
  const token = `raty_${role === 'ANALYST' ? 'an' : 'pt'}_${randomToken(24)}`;
  const [t] = await ctx.db
    .insert(apiTokens)
    .values({ name: name.trim(), role, tokenHash: sha256(token), createdBy: ctx.actor?.type === 'STAFF' ? ctx.actor.userId : null })
    .returning();
  await audit(ctx, 'CREATE', 'api_token', t.id, null, { name: t.name, role: t.role });
  return { apiToken: { ...t, role: t.role as ApiTokenRole }, token };
}

export async function revokeApiToken(ctx: Context, id: string): Promise<ApiTokenType> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new NotFound('API token'); // not a uuid: no SQL error (500)
  const [t] = await ctx.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id)).returning();
  if (!t) throw new NotFound('API token');
  await audit(ctx, 'REVOKE', 'api_token', id, null, null);
  return { ...t, role: t.role as ApiTokenRole };
}
