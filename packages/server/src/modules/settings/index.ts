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
