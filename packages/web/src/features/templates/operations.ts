import { graphql } from '../../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const TemplateFields = graphql(`
  fragment TemplateFields on NoticeTemplate {
    id
    name
    channel
    reason
    text
    promiseAddendum
    subject
    usedBy
    updatedAt
  }
`);

export const TemplatesQuery = graphql(`
  query Templates {
    noticeTemplates {
      ...TemplateFields
    }
  }
`);

export const TemplatePlaceholdersQuery = graphql(`
  query TemplatePlaceholders($reason: ContactReason!) {
    templatePlaceholders(reason: $reason) {
      tag
      token
      label
      labelPl
      scope
    }
  }
`);

export const PreviewTemplateQuery = graphql(`
  query PreviewTemplate($input: TemplatePreviewInput!) {
    previewTemplate(input: $input) {
      text
      raw
      subject
      html
      normalisation {
        ...SmsNormalisationFields
      }
      length {
        ...SmsLengthFields
      }
    }
  }
`);

export const CreateTemplateMutation = graphql(`
  mutation CreateNoticeTemplate($input: NoticeTemplateInput!) {
    createNoticeTemplate(input: $input) {
      template {
        ...TemplateFields
      }
      normalisation {
        ...SmsNormalisationFields
      }
    }
  }
`);

export const UpdateTemplateMutation = graphql(`
  mutation UpdateNoticeTemplate($id: ID!, $input: NoticeTemplateInput!) {
    updateNoticeTemplate(id: $id, input: $input) {
      template {
        ...TemplateFields
      }
      normalisation {
        ...SmsNormalisationFields
      }
    }
  }
`);

export const DeleteTemplateMutation = graphql(`
  mutation DeleteNoticeTemplate($id: ID!) {
    deleteNoticeTemplate(id: $id)
  }
`);
