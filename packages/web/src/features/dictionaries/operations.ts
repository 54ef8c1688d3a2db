import { graphql } from '../../graphql/generated';

export const DictReceivableKindsQuery = graphql(`
  query DictReceivableKinds {
    receivableKinds {
      id
      code
      name
      currency
    }
  }
`);

export const CreateReceivableKindMutation = graphql(`
  mutation CreateReceivableKind($input: ReceivableKindInput!) {
    createReceivableKind(input: $input) {
      id
      code
      name
      currency
    }
  }
`);

export const UpdateReceivableKindMutation = graphql(`
  mutation UpdateReceivableKind($id: ID!, $input: ReceivableKindInput!) {
    updateReceivableKind(id: $id, input: $input) {
      id
      code
      name
      currency
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const ContractTypeFields = graphql(`
  fragment ContractTypeFields on ContractType {
    id
    code
    name
    country
    deferralMonths
    receivableKindId
    rateCalculatedBy
    installmentCalculatedBy
    sellingChannelRequirement
    aprCheckBy
    interestMethod
    conventions {
      rounding
      installmentMultiple
      partPeriodInterest
      emi
      payoffInterest
      earlyMoney
    }
    createdAt
  }
`);

export const ContractTypesQuery = graphql(`
  query ContractTypes {
    contractTypes {
      ...ContractTypeFields
    }
  }
`);

export const CreateContractTypeMutation = graphql(`
  mutation CreateContractType($input: ContractTypeInput!) {
    createContractType(input: $input) {
      ...ContractTypeFields
    }
  }
`);

export const UpdateContractTypeMutation = graphql(`
  mutation UpdateContractType($id: ID!, $input: ContractTypeInput!) {
    updateContractType(id: $id, input: $input) {
      ...ContractTypeFields
    }
  }
`);

export const SellingChannelsQuery = graphql(`
  query SellingChannels {
    sellingChannels {
      id
      code
      name
      validFrom
      validTo
    }
  }
`);

export const CreateSellingChannelMutation = graphql(`
  mutation CreateSellingChannel($input: SellingChannelInput!) {
    createSellingChannel(input: $input) {
      id
      code
      name
      validFrom
      validTo
    }
  }
`);

export const UpdateSellingChannelMutation = graphql(`
  mutation UpdateSellingChannel($id: ID!, $input: SellingChannelInput!) {
    updateSellingChannel(id: $id, input: $input) {
      id
      code
      name
      validFrom
      validTo
    }
  }
`);
