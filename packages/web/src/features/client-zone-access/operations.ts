import { graphql } from '../../graphql/generated';

// Staff side: the "Dostęp do strefy klienta" procedure of a loan (CZ-2).

export const ClientZoneAccessPreviewQuery = graphql(`
  query ClientZoneAccessPreview($loanId: ID!) {
    clientZoneAccessPreview(loanId: $loanId) {
      loanId
      partyId
      borrowerName
      login
      maskedPhone
      accountExists
      accountStatus
      lockedUntil
      canGrant
      issues {
        rule
        message
      }
    }
  }
`);

export const GrantClientZoneAccessMutation = graphql(`
  mutation GrantClientZoneAccess($loanId: ID!) {
    grantClientZoneAccess(loanId: $loanId) {
      accountId
      partyId
      login
      maskedPhone
      sentAt
      otpExpiresAt
      created
      smsId
    }
  }
`);

export const RevokeClientZoneAccessMutation = graphql(`
  mutation RevokeClientZoneAccess($loanId: ID!) {
    revokeClientZoneAccess(loanId: $loanId) {
      id
      partyId
      login
      status
      revokedAt
    }
  }
`);

export const ClearClientZoneLockoutMutation = graphql(`
  mutation ClearClientZoneLockout($loanId: ID!) {
    clearClientZoneLockout(loanId: $loanId) {
      id
      status
      lockedUntil
    }
  }
`);

/** Loans of a file's parties (the file page links each loan to its client zone access screen). */
/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const ClientZoneAccessLoansQuery = graphql(`
  query ClientZoneAccessLoans($partyId: ID!) {
    loans(filter: { partyId: $partyId }, first: 50) {
      edges {
        node {
          id
          number
          status
          principal
          currency
          product {
            id
            code
            name
          }
          file {
            id
            displayNumber
          }
        }
      }
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const ClientZoneAccessLoanQuery = graphql(`
  query ClientZoneAccessLoan($id: ID!) {
    loan(id: $id) {
      id
      number
      status
      product {
        id
        code
        name
      }
      file {
        id
        displayNumber
      }
    }
  }
`);
