import { graphql } from '../../graphql/generated';

// Borrower side of the client zone (cookie raty_cz). The party always comes from the session on the server.

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const ClientMeFields = graphql(`
  fragment ClientMeFields on ClientMe {
    partyId
    login
    name
    mustChangePassword
  }
`);

export const ClientMeQuery = graphql(`
  query ClientMe {
    clientMe {
      ...ClientMeFields
    }
  }
`);

/** Whether a staff session is open in this browser (it takes precedence over the borrower cookie on the server). */
export const ClientZoneStaffSessionQuery = graphql(`
  query ClientZoneStaffSession {
    me {
      id
      email
    }
  }
`);

export const ClientLoginMutation = graphql(`
  mutation ClientLogin($login: String!, $password: String!) {
    clientLogin(login: $login, password: $password) {
      ...ClientMeFields
    }
  }
`);

export const ClientRequestOneTimePasswordMutation = graphql(`
  mutation ClientRequestOneTimePassword($login: String!) {
    clientRequestOneTimePassword(login: $login)
  }
`);

export const ClientLogoutMutation = graphql(`
  mutation ClientLogout {
    clientLogout
  }
`);

export const ClientChangePasswordMutation = graphql(`
  mutation ClientChangePassword($currentPassword: String!, $newPassword: String!) {
    clientChangePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...ClientMeFields
    }
  }
`);

export const MyLoansQuery = graphql(`
  query MyLoans {
    myLoans {
      id
      number
      currency
      amount
      installmentsCount
      status
      product
      borrower
      myRole
      nextDueDate
      nextDueAmount
      overdueAmount
      canPayOnline
    }
  }
`);

export const MyLoanQuery = graphql(`
  query MyLoan($id: ID!) {
    myLoan(id: $id) {
      id
      number
      currency
      amount
      installmentsCount
      status
      product
      borrower
      myRole
      nextDueDate
      nextDueAmount
      overdueAmount
      canPayOnline
      disbursementDate
      interestRate
      interestRateInForce
      scheduleChanges {
        version
        reason
        effectiveDate
        maxInterest
      }
      gracePeriodMonths
      repaymentAccount
      variableSymbol
      totalDebt
      penaltyInterestRate
      deposit
      suggestedPaymentAmount
      schedule {
        number
        date
        principal
        interest
        total
        status
        outstanding
      }
      repayments {
        id
        date
        amount
        principal
        interest
        penaltyInterest
        other
        deposit
        method
      }
      onlinePayments {
        id
        amount
        description
        status
        gateway
        transactionId
        createdAt
        paidAt
      }
    }
  }
`);

export const StartOnlinePaymentMutation = graphql(`
  mutation StartOnlinePayment($loanId: ID!, $amount: Decimal!, $description: String, $email: String) {
    startOnlinePayment(loanId: $loanId, amount: $amount, description: $description, email: $email) {
      onlinePaymentId
      redirectUrl
      transactionId
      gateway
      amount
      status
    }
  }
`);

// "Wniosek o restrukturyzację" (issue 32): the borrower's request, the offer with the new schedule, accept / decline.
export const MyForbearanceCasesQuery = graphql(`
  query MyForbearanceCases($loanId: ID!) {
    myForbearanceCases(loanId: $loanId) {
      id
      status
      requestedOn
      helpAsked
      offer {
        measure
      }
      offeredOn
      inForceOn
      scheduleVersion
      endedOn
    }
  }
`);

export const MyForbearanceOfferQuery = graphql(`
  query MyForbearanceOffer($caseId: ID!) {
    myForbearanceOffer(caseId: $caseId) {
      measure
      currency
      installmentBefore
      installmentAfter
      installmentsBefore
      installmentsAfter
      maturityBefore
      maturityAfter
      totalPayableBefore
      totalPayableAfter
      lines {
        number
        dueDate
        total
      }
    }
  }
`);

export const RequestMyForbearanceMutation = graphql(`
  mutation RequestMyForbearance($input: ForbearanceRequestInput!) {
    requestMyForbearance(input: $input) {
      id
      status
    }
  }
`);

export const AcceptMyForbearanceOfferMutation = graphql(`
  mutation AcceptMyForbearanceOffer($caseId: ID!) {
    acceptMyForbearanceOffer(caseId: $caseId) {
      id
      status
      scheduleVersion
    }
  }
`);

export const DeclineMyForbearanceOfferMutation = graphql(`
  mutation DeclineMyForbearanceOffer($caseId: ID!) {
    declineMyForbearanceOffer(caseId: $caseId) {
      id
      status
    }
  }
`);
