import { RefundsResolver } from './refunds.resolver.js';
import { StatementsResolver } from './statements.resolver.js';

export { mountStatementsHttp } from './statements.http.js';
export { resumeStatementImports } from './statements.service.js';

export const statementsResolvers = [StatementsResolver, RefundsResolver] as const;
