import { graphql } from '../../graphql/generated';

export const PortfolioSummaryQuery = graphql(`
  query PortfolioSummary($asOf: Date) {
    portfolioSummary(asOf: $asOf) {
      asOf
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
`);

export const RecentPaymentsQuery = graphql(`
  query RecentPayments($from: Date!, $after: String) {
    allPayments(filter: { from: $from, status: "POSTED" }, first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          paymentDate
          amount
        }
      }
    }
  }
`);

export const NoticeCountsQuery = graphql(`
  query NoticeCounts($from: Date!) {
    softCollectionStatus {
      active
    }
    sent: notices(filter: { sentFrom: $from }, first: 1) {
      totalCount
      totalAmount
    }
    delivered: notices(filter: { sentFrom: $from, deliveryStatus: "DELIVERED" }, first: 1) {
      totalCount
    }
  }
`);

export const PromiseNoticesQuery = graphql(`
  query PromiseNotices($from: Date!, $after: String) {
    notices(filter: { reason: OVERDUE, createdFrom: $from }, first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          promiseDate
          promiseOutcome
        }
      }
    }
  }
`);
