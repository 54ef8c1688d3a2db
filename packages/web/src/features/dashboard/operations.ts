import { graphql } from '../../graphql/generated';

export const DashboardStatementCountsQuery = graphql(`
  query DashboardStatementCounts {
    statementQueueCounts {
      unmatched
      posted
      gaps
    }
  }
`);

export const PortfolioSummaryQuery = graphql(`
  query PortfolioSummary($asOf: Date) {
    portfolioSummary(asOf: $asOf) {
      asOf
      loans
      activeLoans
      currencies {
        currency
        loans
        activeLoans
        outstanding
        outstandingPrincipal
        overdue
        collectedLast30Days
        byDaysPastDue {
          bucket
          loans
          overdue
          outstanding
        }
      }
    }
  }
`);

// Posted payments per day in one currency, computed by the server (days without payments included, at most 366 days).
export const CollectionsByDayQuery = graphql(`
  query CollectionsByDay($from: Date!, $to: Date!, $currency: String) {
    collectionsByDay(from: $from, to: $to, currency: $currency) {
      date
      currency
      amount
      count
    }
  }
`);

// Soft-collection effectiveness for notices created in [from, to]; the status hides the cards when it is off.
export const NoticeStatsQuery = graphql(`
  query NoticeStats($from: Date!, $to: Date) {
    softCollectionStatus {
      active
    }
    noticeStats(from: $from, to: $to) {
      from
      to
      created
      sent
      delivered
      collectedWithin14Days {
        currency
        amount
      }
      promisesKept
      promisesBroken
      promisesPending
    }
  }
`);

export const LegalRatesStatusQuery = graphql(`
  query LegalRatesStatus {
    legalRatesStatus {
      lastEntryOn
      daysSinceLastEntry
      staleAfterDays
      stale
    }
  }
`);
