import { graphql } from '../../graphql/generated';

// Staff side of forbearance (issue 32): the cases of a loan, the assessment, the offer's preview, the workflow steps.

export const ForbearanceCasesQuery = graphql(`
  query ForbearanceCases($loanId: ID!) {
    forbearanceCases(loanId: $loanId) {
      id
      status
      requestedBy
      requestedOn
      reason
      monthlyIncome
      monthlyExpenses
      situation
      helpAsked
      helpNote
      assessmentNote
      offer {
        measure
        installments
        additionalInstallments
        from
        annualRate
        months
        amount
      }
      offeredOn
      acceptanceChannel
      acceptedOn
      inForceOn
      scheduleVersion
      endedOn
      endNote
      currency
    }
  }
`);

export const ForbearanceAssessmentQuery = graphql(`
  query ForbearanceAssessment($caseId: ID!) {
    forbearanceAssessment(caseId: $caseId) {
      asOf
      currency
      overdueTotal
      overduePrincipal
      overdueInterest
      penaltyInterest
      overdueFees
      overdueInstallments
      daysPastDue
      remainingBalance
      earlierCases
      payments {
        date
        amount
        status
      }
    }
  }
`);

export const ForbearancePreviewQuery = graphql(`
  query ForbearancePreview($caseId: ID!, $offer: ForbearanceOfferInput!) {
    forbearancePreview(caseId: $caseId, offer: $offer) {
      measure
      currency
      installmentBefore
      installmentAfter
      installmentsBefore
      installmentsAfter
      totalPayableBefore
      totalPayableAfter
      maturityBefore
      maturityAfter
      amountForgiven
      diff {
        number
        changed
        totalDelta
        before {
          dueDate
          total
        }
        after {
          dueDate
          total
        }
      }
    }
  }
`);

export const RequestForbearanceMutation = graphql(`
  mutation RequestForbearance($input: ForbearanceRequestInput!) {
    requestForbearance(input: $input) {
      id
      status
    }
  }
`);

export const AssessForbearanceMutation = graphql(`
  mutation AssessForbearance($caseId: ID!, $note: String!) {
    assessForbearance(caseId: $caseId, note: $note) {
      id
      status
    }
  }
`);

export const OfferForbearanceMutation = graphql(`
  mutation OfferForbearance($caseId: ID!, $offer: ForbearanceOfferInput!) {
    offerForbearance(caseId: $caseId, offer: $offer) {
      id
      status
    }
  }
`);

export const RecordForbearanceAcceptanceMutation = graphql(`
  mutation RecordForbearanceAcceptance($caseId: ID!, $channel: ForbearanceAcceptanceChannel!) {
    recordForbearanceAcceptance(caseId: $caseId, channel: $channel) {
      id
      status
      scheduleVersion
    }
  }
`);

export const RefuseForbearanceMutation = graphql(`
  mutation RefuseForbearance($caseId: ID!, $note: String!) {
    refuseForbearance(caseId: $caseId, note: $note) {
      id
      status
    }
  }
`);
