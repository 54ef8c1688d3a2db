import { graphql } from '../../graphql/generated';

export const DebtorFileQuery = graphql(`
  query DebtorFile($id: ID!) {
    debtorFile(id: $id) {
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
          firstName
          lastName
          companyName
          nationalId
          country
          departedDate
          departed
          smsConsent
        }
      }
    }
  }
`);

export const FileLoansQuery = graphql(`
  query FileLoans($fileId: ID!) {
    fileLoans(fileId: $fileId) {
      id
      number
      status
      currency
      principal
      annualRate
      penaltyRate
      apr
      installmentsCount
      disbursementDate
      scheduleVersion
      product {
        id
        code
        name
      }
      parties {
        role
        party {
          id
          displayName
        }
      }
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const BalancesFields = graphql(`
  fragment BalancesFields on LoanBalances {
    asOf
    daysPastDue
    overdueBalance
    overduePrincipal
    overdueInterest
    overdueFees
    futureBalance
    overpaymentBalance
    penaltyInterest
    remainingBalance
    totalOutstanding
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const ScheduleLineFields = graphql(`
  fragment ScheduleLineFields on ScheduleLine {
    number
    dueDate
    principal
    interest
    total
    balance
    principalPaid
    interestPaid
    penaltyInterest
    outstanding
    paymentStatus
    daysPastDue
  }
`);

export const LoanReceivablesQuery = graphql(`
  query LoanReceivables($id: ID!, $asOf: Date) {
    loan(id: $id) {
      id
      number
      currency
      balances(asOf: $asOf) {
        ...BalancesFields
      }
      schedule(asOf: $asOf) {
        ...ScheduleLineFields
      }
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const PaymentFields = graphql(`
  fragment PaymentFields on Payment {
    id
    loanId
    paymentDate
    amount
    method
    kind
    status
    description
    createdAt
    reversedAt
    reversalReason
    currency
    allocations {
      kind
      effectiveDate
      installmentNumber
      component
      amount
      currency
    }
  }
`);

export const LoanPaymentsQuery = graphql(`
  query LoanPayments($id: ID!) {
    loan(id: $id) {
      id
      number
      currency
      payments {
        ...PaymentFields
      }
    }
  }
`);

export const RegisterPaymentMutation = graphql(`
  mutation RegisterPayment($input: RegisterPaymentInput!) {
    registerPayment(input: $input) {
      replayed
      remainingBalance
      payment {
        ...PaymentFields
      }
      balances {
        ...BalancesFields
      }
    }
  }
`);

export const ReversePaymentMutation = graphql(`
  mutation ReversePayment($id: ID!, $reason: String!) {
    reversePayment(id: $id, reason: $reason) {
      ...PaymentFields
    }
  }
`);

export const LoanScheduleVersionsQuery = graphql(`
  query LoanScheduleVersions($id: ID!) {
    loan(id: $id) {
      id
      scheduleVersion
      currency
      scheduleVersions {
        version
        reason
        effectiveDate
        createdAt
        current
        note
      }
    }
  }
`);

export const LoanScheduleVersionQuery = graphql(`
  query LoanScheduleVersion($id: ID!, $version: Int) {
    loan(id: $id) {
      id
      schedule(version: $version) {
        ...ScheduleLineFields
      }
    }
  }
`);

export const ExtraordinaryPreviewQuery = graphql(`
  query ExtraordinaryPreview($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!) {
    extraordinaryRepaymentPreview(loanId: $loanId, date: $date, amount: $amount, mode: $mode) {
      amount
      date
      mode
      installmentBefore
      installmentAfter
      installmentsBefore
      installmentsAfter
      principalBefore
      principalAfter
      recomputedFromStart
      newVersion
      diff {
        number
        changed
        totalDelta
        before {
          dueDate
          principal
          interest
          total
        }
        after {
          dueDate
          principal
          interest
          total
        }
      }
    }
  }
`);

export const ExecuteExtraordinaryMutation = graphql(`
  mutation ExecuteExtraordinary($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!, $paymentMethod: PaymentMethod!) {
    executeExtraordinaryRepayment(loanId: $loanId, date: $date, amount: $amount, mode: $mode, paymentMethod: $paymentMethod) {
      newVersion
      installmentAfter
      installmentsAfter
    }
  }
`);

export const EarlyRepaymentQuoteQuery = graphql(`
  query EarlyRepaymentQuote($loanId: ID!, $date: Date!) {
    earlyRepaymentQuote(loanId: $loanId, date: $date) {
      date
      principal
      interest
      accruedInterest
      accruedDays
      accruedFrom
      accumulatedInterest
      unpaidInstallmentInterest
      arrears
      overpayment
      total
      explanation
    }
  }
`);

export const PartyContactsQuery = graphql(`
  query PartyContacts($partyId: ID!) {
    partyContacts(partyId: $partyId) {
      partyId
      name
      departed
      contacts {
        id
        partyId
        type
        value
        note
        smsConsent
        updatedAt
      }
      consentChanges {
        contactId
        consent
        source
        changedAt
        changedBy
      }
    }
  }
`);

export const CreateContactMutation = graphql(`
  mutation CreateContact($partyId: ID!, $input: ContactInput!) {
    createContact(partyId: $partyId, input: $input) {
      id
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $input: ContactInput!) {
    updateContact(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteContactMutation = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id)
  }
`);

export const FileNoticesQuery = graphql(`
  query FileNotices($fileId: ID!) {
    notices(filter: { fileId: $fileId }, first: 100, sort: CREATED_DESC) {
      totalCount
      edges {
        node {
          id
          createdAt
          createdOn
          channel
          reason
          sendStatus
          deliveryStatus
          sentAt
          createdByName
          promiseDate
          promiseOutcome
          addressee {
            name
          }
          totals {
            total
          }
        }
      }
    }
  }
`);
