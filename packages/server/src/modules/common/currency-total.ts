import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';

/** Count and amount of one currency: totals of money are never added across currencies (issue 18). */
@ObjectType('CurrencyTotal', { description: 'A sum in one currency (never added across currencies)' })
export class CurrencyTotalType {
  @Field(() => String, { description: 'ISO 4217' }) currency!: string;
  @Field(() => Int) count!: number;
  @Field(() => DecimalScalar) amount!: string;
}
