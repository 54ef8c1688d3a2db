import { graphql } from '../../graphql/generated';

// Issue 24: the contract section of a loan, the client card and the consolidation of duplicated clients.

export const LoanContractQuery = graphql(`
  query LoanContract($loanId: ID!) {
    loan(id: $loanId) {
      id
      number
      currency
      contract {
        contractTypeCode
        contractTypeName
        rateCalculatedBy
        installmentCalculatedBy
        sellingChannelRequirement
        aprCheckBy
        methodRpmn
        interestRate
        rpmn
        odplata
        sellingChannelCode
        sellingChannelName
        salePlaceCode
        salePlaceName
        dealerCode
        dealerName
        signatureDate
        recalculationDate
        receivedAt
        authorisationCode
        contractStatusCode
        paymentForm
        downPayment
        contractPrice
        insurance
        lastInstallment
        repaymentAccount
        variableSymbol
        registeredBy
        products {
          position
          productCode
          price
          contractPrice
          producer
          brand
          serialNo
        }
        optionalData {
          code
          dataCode
          dataDesc
          dataNocode
        }
        notes {
          code
          value
          date
        }
        approvals {
          approvalCode
          value
          validFrom
          validTo
        }
      }
      parties {
        role
        party {
          id
          displayName
          nationalId
          nonstopBanking
          clientNumbers
        }
      }
    }
  }
`);

export const ClientCardQuery = graphql(`
  query ClientCard($partyId: ID!) {
    party(id: $partyId) {
      id
      displayName
      history {
        id
        changedAt
        source
        changedBy
        changedByName
        fromMergedParty
        changes {
          field
          before
          after
        }
      }
      addressVersions {
        id
        kind
        street
        houseNumber
        flatNumber
        zip
        city
        country
        validFrom
        validTo
      }
    }
  }
`);

export const SetNonstopBankingMutation = graphql(`
  mutation SetNonstopBanking($partyId: ID!, $value: NonstopBanking!) {
    setNonstopBanking(partyId: $partyId, value: $value)
  }
`);

export const DuplicatePartiesQuery = graphql(`
  query DuplicateParties {
    duplicateParties {
      nationalId
      parties {
        id
        name
        cisId
        consolidatedId
        clientNumbers
        loans
        createdAt
      }
    }
  }
`);

export const PreviewPartyMergeQuery = graphql(`
  query PreviewPartyMerge($input: MergePartiesInput!) {
    previewPartyMerge(input: $input) {
      survivorId
      mergedId
      nationalId
      loans
      roles {
        fileId
        role
        action
      }
      contacts {
        id
        type
        value
        smsConsent
        action
      }
      addresses {
        id
        kind
        line
        validFrom
        validTo
        action
      }
      historyEntries
      clientNumbers
    }
  }
`);

export const MergePartiesMutation = graphql(`
  mutation MergeParties($input: MergePartiesInput!) {
    mergeParties(input: $input) {
      survivorId
      mergedId
      loans
    }
  }
`);

export const ContractsMeQuery = graphql(`
  query ContractsMe {
    me {
      id
      roles
    }
  }
`);

export const SalePlacesQuery = graphql(`
  query SalePlaces {
    salePlaces {
      id
      code
      name
      cooperationFrom
      cooperationTo
      dealers {
        id
        code
        name
      }
    }
  }
`);

export const CreateSalePlaceMutation = graphql(`
  mutation CreateSalePlace($input: SalePlaceInput!) {
    createSalePlace(input: $input) {
      id
      code
    }
  }
`);

export const UpdateSalePlaceMutation = graphql(`
  mutation UpdateSalePlace($id: ID!, $input: SalePlaceInput!) {
    updateSalePlace(id: $id, input: $input) {
      id
      cooperationTo
    }
  }
`);

export const CreateDealerMutation = graphql(`
  mutation CreateDealer($input: DealerInput!) {
    createDealer(input: $input) {
      id
      code
    }
  }
`);
