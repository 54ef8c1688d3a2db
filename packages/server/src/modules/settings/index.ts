// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
export { SettingsResolver } from './settings.resolver.js';
export {
  FeatureDisabled,
  assertSoftCollectionActive,
  isSoftCollectionActive,
  isSmsIntegrationActive,
  getSmsGateway,
  getSmsSettings,
  getSoftCollectionSettings,
  SOFT_COLLECTION,
  SMSAPI_PROVIDER,
} from './settings.service.js';
export { prefillSandboxSettings } from './settings.service.js';
