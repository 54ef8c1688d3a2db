import { graphql } from '../../graphql/generated';

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const NoticeItemFields = graphql(`
  fragment NoticeItemFields on ReceivableItem {
    id
    kindCode
    year
    installmentNo
    dueDate
    type
    overdueBalance
    futureBalance
    overpaymentBalance
    amount
    selected
  }
`);

/** A notice's item as stored (balances on the creation day) and as of today (`current`). */
/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const NoticeItemWithCurrentFields = graphql(`
  fragment NoticeItemWithCurrentFields on NoticeItem {
    id
    kindCode
    year
    installmentNo
    dueDate
    type
    overdueBalance
    futureBalance
    overpaymentBalance
    amount
    selected
    current {
      overdueBalance
      futureBalance
      overpaymentBalance
      amount
    }
  }
`);

/** @public GraphQL fragment: graphql-codegen reads it; documents spread it by name */
export const NoticeListFields = graphql(`
  fragment NoticeListFields on Notice {
    id
    fileId
    fileDisplayNumber
    kindCode
    fileNumber
    reason
    channel
    createdOn
    createdAt
    promiseDate
    phone
    manualPhone
    email
    subject
    manualEmail
    bouncedAt
    reminderRule
    text
    note
    templateId
    templateName
    sendStatus
    sentAt
    deliveryStatus
    deliveryStatusAt
    failureReason
    settlementStatus
    canDelete
    canSend
    canCheckStatus
    createdByName
    addressee {
      partyId
      name
      address
      mobile
      smsConsent
      email
      emailConsent
      departed
    }
    totals {
      overdueBalance
      futureBalance
      overpaymentBalance
      total
      currency
    }
  }
`);

export const NoticeDetailsQuery = graphql(`
  query NoticeDetails($id: ID!) {
    notice(id: $id) {
      ...NoticeListFields
      promiseOutcome
      editable {
        items
        refreshItems
        text
        phone
        template
        promiseDate
        note
      }
      items {
        ...NoticeItemWithCurrentFields
      }
      statusHistory {
        status
        source
        applied
        at
      }
    }
  }
`);

export const NoticeItemsQuery = graphql(`
  query NoticeItems($id: ID!) {
    notice(id: $id) {
      id
      text
      items {
        ...NoticeItemWithCurrentFields
      }
    }
  }
`);

export const NoticeDraftQuery = graphql(`
  query NoticeDraft($fileId: ID!, $reason: ContactReason!, $createdOn: Date) {
    noticeDraft(fileId: $fileId, reason: $reason, createdOn: $createdOn) {
      createdOn
      addressees {
        partyId
        name
        address
        mobile
        smsConsent
        email
        emailConsent
        departed
      }
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
`);

export const NoticeFileQuery = graphql(`
  query NoticeFile($id: ID!) {
    debtorFile(id: $id) {
      id
      displayNumber
      receivableKind {
        id
        code
        name
      }
    }
  }
`);

export const CreateNoticeMutation = graphql(`
  mutation CreateNotice($input: CreateNoticeInput!) {
    createNotice(input: $input) {
      notice {
        ...NoticeListFields
      }
      normalisation {
        ...SmsNormalisationFields
      }
    }
  }
`);

export const UpdateNoticeMutation = graphql(`
  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {
    updateNotice(id: $id, input: $input) {
      notice {
        ...NoticeListFields
      }
      normalisation {
        ...SmsNormalisationFields
      }
    }
  }
`);

export const RefreshNoticeItemsMutation = graphql(`
  mutation RefreshNoticeItems($id: ID!) {
    refreshNoticeItems(id: $id) {
      ...NoticeListFields
    }
  }
`);

export const DeleteNoticeMutation = graphql(`
  mutation DeleteNotice($id: ID!) {
    deleteNotice(id: $id)
  }
`);

export const DeleteNoticesMutation = graphql(`
  mutation DeleteNotices($ids: [ID!]!) {
    deleteNotices(ids: $ids)
  }
`);

export const SendNoticesMutation = graphql(`
  mutation SendNotices($ids: [ID!]!) {
    sendNotices(ids: $ids)
  }
`);

export const NoticeSendJobQuery = graphql(`
  query NoticeSendJob($id: ID!) {
    noticeSendJob(id: $id) {
      id
      status
      total
      handedOver
      inFlight
      sent
      delivered
      failed
      aborted
      pending
      processed
      abortRequested
      failures {
        noticeId
        reason
      }
    }
  }
`);

export const AbortNoticeSendJobMutation = graphql(`
  mutation AbortNoticeSendJob($id: ID!) {
    abortNoticeSendJob(id: $id) {
      id
      status
      total
      handedOver
      inFlight
      sent
      delivered
      failed
      aborted
      pending
      processed
      abortRequested
    }
  }
`);

export const CheckNoticeStatusMutation = graphql(`
  mutation CheckNoticeStatus($ids: [ID!]!) {
    checkNoticeStatus(ids: $ids) {
      ...NoticeListFields
    }
  }
`);

export const NoticesQuery = graphql(`
  query Notices($filter: NoticeFilter, $first: Int, $after: String, $sort: NoticeSort) {
    notices(filter: $filter, first: $first, after: $after, sort: $sort) {
      totalCount
      totalsByCurrency {
        currency
        count
        amount
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NoticeListFields
        }
      }
    }
  }
`);

export const CollectionUsersQuery = graphql(`
  query CollectionUsers {
    users {
      id
      name
      active
    }
  }
`);

export const CollectionMeQuery = graphql(`
  query CollectionMe {
    me {
      id
      name
      roles
    }
  }
`);
