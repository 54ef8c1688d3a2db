import { graphql } from '../../graphql/generated';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    name
    roles
    locale
    businessDate
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
