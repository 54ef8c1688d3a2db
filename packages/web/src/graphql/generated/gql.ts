/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    locale\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n      }\n    }\n  }\n": typeof types.DebtorFileSummaryFieldsFragmentDoc,
    "\n  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {\n    debtorFiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DebtorFileSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.DebtorFilesDocument,
    "\n  query ReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ReceivableKindsDocument,
    "\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n": typeof types.DebtorFileDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    locale\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n      }\n    }\n  }\n": types.DebtorFileSummaryFieldsFragmentDoc,
    "\n  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {\n    debtorFiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DebtorFileSummaryFields\n        }\n      }\n    }\n  }\n": types.DebtorFilesDocument,
    "\n  query ReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n  }\n": types.ReceivableKindsDocument,
    "\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n": types.DebtorFileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    locale\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    locale\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {\n    debtorFiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DebtorFileSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {\n    debtorFiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DebtorFileSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;