import { graphql } from '../../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const SmsSettingsFields = graphql(`
  fragment SmsSettingsFields on SmsIntegrationSettings {
    active
    endpointUrl
    backupEndpointUrl
    senderName
    profileTokenSet
    smsTokenSet
    lastTestAt
    lastTestOk
    lastTestMessage
    updatedAt
  }
`);

export const SoftCollectionSettingsQuery = graphql(`
  query SoftCollectionSettings {
    softCollectionSettings {
      active
      sms {
        ...SmsSettingsFields
      }
    }
  }
`);

export const ActivateSoftCollectionMutation = graphql(`
  mutation ActivateSoftCollection {
    activateSoftCollection {
      active
    }
  }
`);

export const DeactivateSoftCollectionMutation = graphql(`
  mutation DeactivateSoftCollection {
    deactivateSoftCollection {
      active
    }
  }
`);

export const UpdateSmsSettingsMutation = graphql(`
  mutation UpdateSmsSettings($input: SmsIntegrationInput!) {
    updateSmsIntegrationSettings(input: $input) {
      ...SmsSettingsFields
    }
  }
`);

export const TestSmsConnectionMutation = graphql(`
  mutation TestSmsConnection {
    testSmsConnection {
      ok
      message
      points
      providerCode
      reason
      senderNames
      testedAt
      username
    }
  }
`);

export const ActivateSmsMutation = graphql(`
  mutation ActivateSms {
    activateSmsIntegration {
      ...SmsSettingsFields
    }
  }
`);

export const DeactivateSmsMutation = graphql(`
  mutation DeactivateSms {
    deactivateSmsIntegration {
      ...SmsSettingsFields
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      email
      name
      locale
      active
      roles
      totpEnabled
      lockedUntil
    }
  }
`);

export const UnlockStaffUserMutation = graphql(`
  mutation UnlockStaffUser($id: ID!) {
    unlockStaffUser(id: $id) {
      id
      lockedUntil
    }
  }
`);

export const UserSessionsQuery = graphql(`
  query UserSessions($userId: ID!) {
    staffSessions(userId: $userId) {
      id
      ip
      userAgent
      createdAt
      lastSeenAt
      current
    }
  }
`);

export const EndUserSessionMutation = graphql(`
  mutation EndUserSession($id: ID!) {
    endStaffSession(id: $id)
  }
`);

export const EndAllUserSessionsMutation = graphql(`
  mutation EndAllUserSessions($userId: ID!) {
    endAllStaffSessions(userId: $userId)
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      name
      locale
      active
      roles
    }
  }
`);

export const UpdateUserRolesMutation = graphql(`
  mutation UpdateUserRoles($id: ID!, $roles: [Role!]!, $active: Boolean) {
    updateUserRoles(id: $id, roles: $roles, active: $active) {
      id
      active
      roles
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      role
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!, $role: ApiTokenRole!) {
    createApiToken(name: $name, role: $role) {
      token
      apiToken {
        id
        name
        role
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export const ReminderSettingsQuery = graphql(`
  query ReminderSettings {
    reminderSettings {
      upcomingEnabled
      upcomingDays
      skDelayEnabled
    }
  }
`);

export const UpdateReminderSettingsMutation = graphql(`
  mutation UpdateReminderSettings($upcomingEnabled: Boolean!, $upcomingDays: Int!, $skDelayEnabled: Boolean!) {
    updateReminderSettings(upcomingEnabled: $upcomingEnabled, upcomingDays: $upcomingDays, skDelayEnabled: $skDelayEnabled) {
      upcomingEnabled
      upcomingDays
      skDelayEnabled
    }
  }
`);

export const ResetUserTotpMutation = graphql(`
  mutation ResetUserTotp($id: ID!) {
    resetUserTotp(id: $id)
  }
`);

export const ReminderStatusQuery = graphql(`
  query ReminderStatus {
    reminderStatus {
      businessDate
      upcomingDays
      jobs {
        kind
        enabled
        cron
        timezone
        nextRunAt
        lastRun {
          id
          kind
          runOn
          trigger
          considered
          sent
          failed
          skipped
          skippedReasons {
            reason
            count
          }
          startedAt
          finishedAt
        }
      }
    }
  }
`);

export const RunRemindersMutation = graphql(`
  mutation RunReminders($kind: ReminderKind!) {
    runReminders(kind: $kind) {
      id
      kind
      sent
      failed
      skipped
    }
  }
`);
