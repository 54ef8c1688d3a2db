import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

@ObjectType('SalePlace', { description: 'Sale place (obchodné miesto / predajňa, LOAN-7.1 salePlaceCode) with the validity of its cooperation' })
export class SalePlaceType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => DateScalar) cooperationFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'last day of the cooperation; contracts signed later are refused' }) cooperationTo!: string | null;
  @Field(() => [DealerType]) dealers!: DealerType[];
}

@ObjectType('Dealer', { description: 'Dealer (predajca, LOAN-7.1 dealerCode) of one sale place' })
export class DealerType {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => ID) salePlaceId!: string;
  @Field(() => String) salePlaceCode!: string;
}

@InputType()
export class SalePlaceInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DateScalar, { nullable: true }) cooperationFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'on update: send null explicitly to clear it' }) cooperationTo?: string | null;
}

@InputType()
export class DealerInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'code of the sale place the dealer works for' }) salePlaceCode?: string | null;
}
