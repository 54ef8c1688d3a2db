import { graphql } from '../../graphql/generated';

export const PrepareMassNoticesQuery = graphql(`
  query PrepareMassNotices($params: MassParamsInput!) {
    prepareMassNotices(params: $params) {
      preparationId
      preparationDate
      fileCount
      rowCount
      itemCount
      rows {
        fileId
        fileDisplayNumber
        partyId
        partyName
        address
        phone
        smsConsent
        items {
          ...NoticeItemFields
        }
        totals {
          overdueBalance
          futureBalance
          overpaymentBalance
          total
        }
      }
    }
  }
`);

export const CreateMassNoticesMutation = graphql(`
  mutation CreateMassNotices($input: CreateMassNoticesInput!) {
    createMassNotices(input: $input) {
      ids
      count
      reusedFiles
    }
  }
`);
