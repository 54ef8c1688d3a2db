import { AdminResolver } from './admin/admin.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { DebtorFileResolver, FilePartyResolver, PartyResolver } from './files/files.resolver.js';

/** Every resolver class of the API. Modules add theirs here. */
export const resolvers = [AuthResolver, AdminResolver, DebtorFileResolver, FilePartyResolver, PartyResolver] as const;
