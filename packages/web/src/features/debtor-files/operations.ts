import { graphql } from '../../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const DebtorFileSummaryFields = graphql(`
  fragment DebtorFileSummaryFields on DebtorFile {
    id
    number
    displayNumber
    status
    receivableKind {
      id
      code
      name
    }
    parties {
      role
      party {
        id
        kind
        displayName
        nationalId
        departed
        departedDate
        smsConsent
        nonstopBanking
      }
    }
  }
`);

export const DebtorFilesQuery = graphql(`
  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {
    debtorFiles(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DebtorFileSummaryFields
        }
      }
    }
  }
`);

export const ReceivableKindsQuery = graphql(`
  query ReceivableKinds {
    receivableKinds {
      id
      code
      name
    }
  }
`);
