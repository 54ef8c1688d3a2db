// The signed-in staff user: one query every feature may read (roles, language, business date).
import { graphql } from '../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    name
    roles
    permissions
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
