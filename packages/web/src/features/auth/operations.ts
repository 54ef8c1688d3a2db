import { graphql } from '../../graphql/generated';

// The signed-in user's fragment and MeQuery live in shared/session.ts (every feature reads them).

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!, $totpCode: String) {
    login(email: $email, password: $password, totpCode: $totpCode) {
      ...CurrentUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const MySecurityQuery = graphql(`
  query MySecurity {
    mySecurity {
      totpEnabled
      enrolmentRequired
      recoveryCodesLeft
    }
  }
`);

export const StartTotpEnrolmentMutation = graphql(`
  mutation StartTotpEnrolment {
    startTotpEnrolment {
      secret
      uri
      qrDataUrl
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code)
  }
`);

export const StaffSessionsQuery = graphql(`
  query StaffSessions($userId: ID) {
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

export const EndStaffSessionMutation = graphql(`
  mutation EndStaffSession($id: ID!) {
    endStaffSession(id: $id)
  }
`);

export const EndOtherStaffSessionsMutation = graphql(`
  mutation EndOtherStaffSessions {
    endAllStaffSessions
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
