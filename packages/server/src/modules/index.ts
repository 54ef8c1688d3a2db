import { AdminResolver } from './admin/index.js';
import { AnalyticsResolver } from './analytics/analytics.resolver.js';
import { KpiResolver } from './analytics/kpi.resolver.js';
import { InstallmentNavigationResolver, NoticeAddresseeRedactionResolver, NoticeNavigationResolver, PaymentNavigationResolver } from './analytics/navigation.resolver.js';
import { AuthResolver, UserPermissionsResolver } from './auth/auth.resolver.js';
import { DictionariesResolver } from './dictionaries/dictionaries.resolver.js';
import { PartnerResolver } from './partner/partner.resolver.js';
import { DebtorFileResolver, FilePartyResolver, PartyResolver } from './files/files.resolver.js';
import { LoanResolver } from './loans/loans.resolver.js';
import { PaymentResolver } from './loans/payments.resolver.js';
import { QuoteResolver } from './loans/quotes.resolver.js';
import { SettingsResolver } from './settings/settings.resolver.js';
import { RemindersResolver } from './reminders/reminders.resolver.js';
import { strategiesResolvers } from './strategies/index.js';
import { collectionResolvers } from './collection/index.js';
import { clientZoneResolvers } from './clientzone/index.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { BusinessDateResolver } from './common/clock.resolver.js';
import { LegalRatesResolver } from './legal-rates/legal-rates.resolver.js';
import { contractsResolvers } from './contracts/index.js';
import { statementsResolvers } from './statements/index.js';
import { forbearanceResolvers } from './forbearance/index.js';

/** Every resolver class of the API. Modules add theirs here. */
export const resolvers = [
  AuthResolver,
  UserPermissionsResolver,
  AdminResolver,
  DebtorFileResolver,
  FilePartyResolver,
  PartyResolver,
  LoanResolver,
  PaymentResolver,
  QuoteResolver,
  AnalyticsResolver,
  KpiResolver,
  PaymentNavigationResolver,
  InstallmentNavigationResolver,
  NoticeNavigationResolver,
  NoticeAddresseeRedactionResolver,
  RemindersResolver,
  SettingsResolver,
  DictionariesResolver,
  PartnerResolver,
  ...collectionResolvers,
  ...clientZoneResolvers,
  AuditResolver,
  BusinessDateResolver,
  LegalRatesResolver,
  ...contractsResolvers,
  ...statementsResolvers,
  ...forbearanceResolvers,
  ...strategiesResolvers,
] as const;
