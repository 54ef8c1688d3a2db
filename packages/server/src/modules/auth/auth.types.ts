import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

export enum RoleEnum {
  ADMIN = 'ADMIN',
  SERVICING = 'SERVICING',
  NOTICES_EDIT = 'NOTICES_EDIT',
  NOTICES_VIEW = 'NOTICES_VIEW',
  ANALYST = 'ANALYST',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'Staff roles' });

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => [RoleEnum]) roles!: RoleEnum[];
  @Field(() => String) locale!: string;
}

@ObjectType('StaffSecurity', { description: 'Second-factor state of the logged-in staff user.' })
export class StaffSecurityType {
  @Field(() => Boolean) totpEnabled!: boolean;
  @Field(() => Boolean, { description: 'An ADMIN without a second factor: this session may only enrol one.' }) enrolmentRequired!: boolean;
  @Field(() => Int) recoveryCodesLeft!: number;
}

@ObjectType('TotpEnrolment')
export class TotpEnrolmentType {
  @Field(() => String, { description: 'base32 secret (for typing into an app by hand)' }) secret!: string;
  @Field(() => String, { description: 'otpauth:// URI' }) uri!: string;
  @Field(() => String, { description: 'the URI as a QR code (PNG data: URL)' }) qrDataUrl!: string;
}

@ObjectType('StaffSession')
export class StaffSessionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true, description: 'User-Agent of the browser that logged in' }) userAgent!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) lastSeenAt!: Date;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => Boolean, { description: 'the session of this request' }) current!: boolean;
}
