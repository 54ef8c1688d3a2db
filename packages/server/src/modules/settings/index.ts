// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
export { FeatureDisabled, assertSoftCollectionActive, isSoftCollectionActive, getSmsGateway, getSmsSettings } from './settings.service.js';
export { prefillSandboxSettings } from './settings.service.js';
