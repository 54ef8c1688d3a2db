// Soft-collection operations read by more than one screen (notice forms, templates, mass generation).
import { graphql } from '../../graphql/generated';

export const NoticeTemplatesForReasonQuery = graphql(`
  query NoticeTemplatesForReason($reason: ContactReason, $channel: NoticeChannel) {
    noticeTemplates(reason: $reason, channel: $channel) {
      id
      name
      channel
      reason
    }
  }
`);

export const GenerateNoticeTextQuery = graphql(`
  query GenerateNoticeText($input: GenerateNoticeTextInput!) {
    generateNoticeText(input: $input) {
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

export const CollectionKindsQuery = graphql(`
  query CollectionKinds {
    receivableKinds {
      id
      code
      name
    }
    softCollectionStatus {
      active
      smsIntegrationActive
    }
  }
`);
