import { graphql } from '../../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const StatementFieldsFragment = graphql(`
  fragment StatementFields on BankStatement {
    id
    format
    dialect
    account
    currency
    statementNumber
    openingBalance
    closingBalance
    closingDate
    fileName
    source
    receivedAt
    sequenceGap {
      previous
      missingFrom
      missingTo
    }
    counts {
      lines
      newLines
      duplicates
      posted
      unmatched
      other
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const StatementLineFieldsFragment = graphql(`
  fragment StatementLineFields on StatementLine {
    id
    statementId
    ordinal
    bookingDate
    direction
    amount
    currency
    bankReference
    counterpartyName
    counterpartyAccount
    title
    variableSymbol
    status
    matchRule
    matchReason
    matchDetail
    loanId
    loanNumber
    paymentId
    note
    payerRelation
    payerDetail
  }
`);

export const ImportStatementMutation = graphql(`
  mutation ImportStatement($input: ImportStatementInput!) {
    importStatement(input: $input) {
      ...StatementFields
    }
  }
`);

export const BankStatementsQuery = graphql(`
  query BankStatements {
    bankStatements(limit: 50) {
      ...StatementFields
    }
  }
`);

export const BankStatementQuery = graphql(`
  query BankStatement($id: ID!) {
    bankStatement(id: $id) {
      ...StatementFields
    }
    statementLines(filter: { statementId: $id, limit: 1000 }) {
      ...StatementLineFields
    }
  }
`);

export const StatementQueueQuery = graphql(`
  query StatementQueue($filter: StatementLineFilter!) {
    statementLines(filter: $filter) {
      ...StatementLineFields
    }
    statementQueueCounts {
      unmatched
      posted
      returned
      notOurs
      statements
      gaps
    }
  }
`);

export const LineSuggestionsQuery = graphql(`
  query StatementLineSuggestions($lineId: ID!) {
    statementLineSuggestions(lineId: $lineId) {
      loanId
      loanNumber
      status
      currency
      score
      reason
    }
  }
`);

export const AssignLineMutation = graphql(`
  mutation AssignStatementLine($input: AssignStatementLineInput!) {
    assignStatementLine(input: $input) {
      ...StatementLineFields
    }
  }
`);

export const MarkLineMutation = graphql(`
  mutation MarkStatementLine($lineId: ID!, $mark: StatementLineMark!, $note: String) {
    markStatementLine(lineId: $lineId, mark: $mark, note: $note) {
      ...StatementLineFields
    }
  }
`);

export const UndoLineMutation = graphql(`
  mutation UndoStatementLineMatch($lineId: ID!, $reason: String!) {
    undoStatementLineMatch(lineId: $lineId, reason: $reason) {
      ...StatementLineFields
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const RefundFieldsFragment = graphql(`
  fragment RefundFields on RefundRequest {
    id
    loanId
    loanNumber
    lineId
    amount
    currency
    beneficiaryName
    beneficiaryAccount
    title
    status
    requestedOn
    requestedBy
    exportedAt
    cancelReason
  }
`);

export const RefundRequestsQuery = graphql(`
  query RefundRequests($status: String) {
    refundRequests(status: $status, limit: 500) {
      ...RefundFields
    }
  }
`);

export const RequestRefundMutation = graphql(`
  mutation RequestRefund($input: RequestRefundInput!) {
    requestRefund(input: $input) {
      ...RefundFields
    }
  }
`);

export const CancelRefundMutation = graphql(`
  mutation CancelRefund($id: ID!, $reason: String!) {
    cancelRefund(id: $id, reason: $reason) {
      ...RefundFields
    }
  }
`);

export const ExportRefundsMutation = graphql(`
  mutation ExportRefunds($currency: String!) {
    exportRefunds(currency: $currency) {
      exportId
      fileName
      csv
      count
      total
      currency
    }
  }
`);
