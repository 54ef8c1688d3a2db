import { graphql } from '../../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const LegalRateFields = graphql(`
  fragment LegalRateFields on LegalRate {
    id
    kind
    validFrom
    value
    multiplier
    spread
    source
    reason
    correctsId
    withdrawn
    current
    createdAt
  }
`);

export const LegalRatesQuery = graphql(`
  query LegalRates {
    legalRates {
      ...LegalRateFields
    }
    legalRatesStatus {
      lastReferenceFrom
      lastEntryOn
      staleAfterDays
      daysSinceLastEntry
      stale
    }
  }
`);

export const LegalMaximaQuery = graphql(`
  query LegalMaxima($date: Date) {
    legalMaxima(date: $date) {
      date
      referenceRate
      referenceFrom
      maxInterest
      maxLateInterest
    }
  }
`);

export const LegalRatesAuditQuery = graphql(`
  query LegalRatesAudit {
    auditLog(filter: { entity: "legal_rate" }, first: 20) {
      edges {
        node {
          id
          at
          actorType
          action
          entityId
          after
        }
      }
    }
  }
`);

export const AddLegalRateMutation = graphql(`
  mutation AddLegalRate($input: LegalRateInput!) {
    addLegalRate(input: $input) {
      ...LegalRateFields
    }
  }
`);

export const SetLegalRatesStaleAfterDaysMutation = graphql(`
  mutation SetLegalRatesStaleAfterDays($days: Int!) {
    setLegalRatesStaleAfterDays(days: $days)
  }
`);
