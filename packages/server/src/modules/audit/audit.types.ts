import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Connection } from '../common/index.js';

/**
 * Admin-readable audit log (docs/security.md): `auditLog(filter, first, after)` over the append-only `audit_log`
 * table, newest first, keyset-paginated on (at, id). ADMIN only. `before`/`after` are returned as JSON text as
 * stored (the writers never put secrets there — modules/common/audit.ts).
 */
@ObjectType('AuditEntry')
class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { description: 'STAFF | CLIENT | API_TOKEN | ANONYMOUS | SYSTEM' }) actorType!: string;
  @Field(() => String, { nullable: true, description: 'user id, client account id or API token id' }) actorId!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String) entity!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the state before' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON text of the state after' }) after!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String, { nullable: true, description: 'source address of the request (entries since issue 20)' }) ip!: string | null;
}

export const AuditConnection = Connection('AuditEntry', AuditEntryType);
export type AuditConnection = InstanceType<typeof AuditConnection>;

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'e.g. payment, user, notice, client_account' }) entity?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true, description: 'source address (exact)' }) ip?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'only authentication events (logins, failed logins, locks, unlocks, 2FA, session ends, permission denials)' }) authOnly?: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'inclusive' }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'exclusive' }) to?: Date | null;
}
