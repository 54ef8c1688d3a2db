import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SmsConnectionTestType, SmsIntegrationInput, SmsIntegrationSettingsType, SoftCollectionSettingsType, SoftCollectionStatusType } from './settings.types.js';
import {
  SOFT_COLLECTION,
  getSoftCollectionSettings,
  isSmsIntegrationActive,
  isSoftCollectionActive,
  setFeatureEnabled,
  setSmsIntegrationActive,
  testSmsConnection,
  updateSmsSettings,
} from './settings.service.js';

@Resolver()
export class SettingsResolver {
  @Authorized(...rolesFor('settings.edit'))
  @Query(() => SoftCollectionSettingsType, { description: 'Soft-collection switch and SMSAPI settings (tokens never returned).' })
  async softCollectionSettings(@Ctx() ctx: Context): Promise<SoftCollectionSettingsType> {
    return getSoftCollectionSettings(ctx.db);
  }

  @Authorized()
  @Query(() => SoftCollectionStatusType, { description: 'Whether soft collection and SMS sending are available (any staff user).' })
  async softCollectionStatus(@Ctx() ctx: Context): Promise<SoftCollectionStatusType> {
    return { active: await isSoftCollectionActive(ctx.db), smsIntegrationActive: await isSmsIntegrationActive(ctx.db) };
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => SoftCollectionSettingsType)
  async activateSoftCollection(@Ctx() ctx: Context): Promise<SoftCollectionSettingsType> {
    await setFeatureEnabled(ctx, SOFT_COLLECTION, true);
    return getSoftCollectionSettings(ctx.db);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => SoftCollectionSettingsType)
  async deactivateSoftCollection(@Ctx() ctx: Context): Promise<SoftCollectionSettingsType> {
    await setFeatureEnabled(ctx, SOFT_COLLECTION, false);
    return getSoftCollectionSettings(ctx.db);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => SmsIntegrationSettingsType, { description: 'Saves the SMSAPI settings. Changing endpoints or tokens deactivates the integration until tested and activated again.' })
  async updateSmsIntegrationSettings(@Arg('input', () => SmsIntegrationInput) input: SmsIntegrationInput, @Ctx() ctx: Context): Promise<SmsIntegrationSettingsType> {
    return updateSmsSettings(ctx, input);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => SmsConnectionTestType, { description: '"Test connection": answers ok with the points, or the provider\'s error.' })
  async testSmsConnection(@Ctx() ctx: Context): Promise<SmsConnectionTestType> {
    return testSmsConnection(ctx);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => SmsIntegrationSettingsType, { description: 'Requires both tokens and a successful test connection of the current settings.' })
  async activateSmsIntegration(@Ctx() ctx: Context): Promise<SmsIntegrationSettingsType> {
    return setSmsIntegrationActive(ctx, true);
  }

  @Authorized(...rolesFor('settings.edit'))
  @Mutation(() => SmsIntegrationSettingsType)
  async deactivateSmsIntegration(@Ctx() ctx: Context): Promise<SmsIntegrationSettingsType> {
    return setSmsIntegrationActive(ctx, false);
  }
}
