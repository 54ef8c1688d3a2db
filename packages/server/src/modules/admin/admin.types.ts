import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { RoleEnum, UserType } from '../auth/index.js';

export enum ApiTokenRole {
  ANALYST = 'ANALYST',
  PARTNER = 'PARTNER',
  BANK = 'BANK',
}
registerEnumType(ApiTokenRole, { name: 'ApiTokenRole', description: 'ANALYST: read-only GraphQL; PARTNER: contract/client registration API; BANK: statement upload (POST /api/statements)' });

@ObjectType('ApiToken')
export class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ApiTokenRole) role!: ApiTokenRole;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiTokenType) apiToken!: ApiTokenType;
  @Field(() => String, { description: 'The secret, shown ONCE; only its hash is stored.' }) token!: string;
}

@ObjectType('StaffUser')
export class StaffUserType extends UserType {
  @Field(() => Boolean) active!: boolean;
  @Field(() => Boolean, { description: 'a TOTP second factor is enrolled (required for ADMIN; an admin can reset it)' }) totpEnabled!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'while the account is locked after failed logins: until when (an admin can unlock it)' })
  lockedUntil!: Date | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String) password!: string;
  @Field(() => [RoleEnum]) roles!: RoleEnum[];
  @Field(() => String, { nullable: true, defaultValue: 'pl' }) locale?: string;
}
