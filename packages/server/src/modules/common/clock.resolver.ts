import { FieldResolver, Resolver } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { businessDate } from '../../lib/business-date.js';
import { UserType } from '../auth/index.js';

/**
 * The business date on the signed-in user: the SPA defaults every "as of", payment and validity date to it (not the
 * browser's calendar), so a pinned `RATY_TODAY` (demo, tests) means the same day on the screens as in the rules.
 */
@Resolver(() => UserType)
export class BusinessDateResolver {
  @FieldResolver(() => DateScalar, { description: "The lender's business date (today in Europe/Warsaw, or RATY_TODAY when pinned)" })
  businessDate(): string {
    return businessDate();
  }
}
