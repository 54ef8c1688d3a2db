import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

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
