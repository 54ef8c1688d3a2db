// Client-side copy of the server's contract-type rule: interest method F only with FRONTEND rate calculation.
import type { CalculatedBy, InterestMethod } from '../../graphql/generated/graphql';

export function interestMethodRule(method: InterestMethod, rateCalculatedBy: CalculatedBy): 'interestMethod.fRequiresFrontend' | null {
  return method === 'F' && rateCalculatedBy !== 'FRONTEND' ? 'interestMethod.fRequiresFrontend' : null;
}
