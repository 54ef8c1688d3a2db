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
    "\n  query AuditScreen($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actorType\n          actorId\n          action\n          entity\n          entityId\n          ip\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditScreenDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query MySecurity {\n    mySecurity {\n      totpEnabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  query StaffSessions($userId: ID) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.StaffSessionsDocument,
    "\n  mutation EndStaffSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n": typeof types.EndStaffSessionDocument,
    "\n  mutation EndOtherStaffSessions {\n    endAllStaffSessions\n  }\n": typeof types.EndOtherStaffSessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query ClientZoneAccessPreview($loanId: ID!) {\n    clientZoneAccessPreview(loanId: $loanId) {\n      loanId\n      partyId\n      borrowerName\n      login\n      maskedPhone\n      accountExists\n      accountStatus\n      lockedUntil\n      canGrant\n      issues {\n        rule\n        message\n      }\n    }\n  }\n": typeof types.ClientZoneAccessPreviewDocument,
    "\n  mutation GrantClientZoneAccess($loanId: ID!) {\n    grantClientZoneAccess(loanId: $loanId) {\n      accountId\n      partyId\n      login\n      maskedPhone\n      sentAt\n      otpExpiresAt\n      created\n      smsId\n    }\n  }\n": typeof types.GrantClientZoneAccessDocument,
    "\n  mutation RevokeClientZoneAccess($loanId: ID!) {\n    revokeClientZoneAccess(loanId: $loanId) {\n      id\n      partyId\n      login\n      status\n      revokedAt\n    }\n  }\n": typeof types.RevokeClientZoneAccessDocument,
    "\n  mutation ClearClientZoneLockout($loanId: ID!) {\n    clearClientZoneLockout(loanId: $loanId) {\n      id\n      status\n      lockedUntil\n    }\n  }\n": typeof types.ClearClientZoneLockoutDocument,
    "\n  query ClientZoneAccessLoans($partyId: ID!) {\n    loans(filter: { partyId: $partyId }, first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          principal\n          currency\n          product {\n            id\n            code\n            name\n          }\n          file {\n            id\n            displayNumber\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientZoneAccessLoansDocument,
    "\n  query ClientZoneAccessLoan($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      status\n      product {\n        id\n        code\n        name\n      }\n      file {\n        id\n        displayNumber\n      }\n    }\n  }\n": typeof types.ClientZoneAccessLoanDocument,
    "\n  fragment ClientMeFields on ClientMe {\n    partyId\n    login\n    name\n    mustChangePassword\n  }\n": typeof types.ClientMeFieldsFragmentDoc,
    "\n  query ClientMe {\n    clientMe {\n      ...ClientMeFields\n    }\n  }\n": typeof types.ClientMeDocument,
    "\n  query ClientZoneStaffSession {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.ClientZoneStaffSessionDocument,
    "\n  mutation ClientLogin($login: String!, $password: String!) {\n    clientLogin(login: $login, password: $password) {\n      ...ClientMeFields\n    }\n  }\n": typeof types.ClientLoginDocument,
    "\n  mutation ClientRequestOneTimePassword($login: String!) {\n    clientRequestOneTimePassword(login: $login)\n  }\n": typeof types.ClientRequestOneTimePasswordDocument,
    "\n  mutation ClientLogout {\n    clientLogout\n  }\n": typeof types.ClientLogoutDocument,
    "\n  mutation ClientChangePassword($currentPassword: String!, $newPassword: String!) {\n    clientChangePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ClientMeFields\n    }\n  }\n": typeof types.ClientChangePasswordDocument,
    "\n  query MyLoans {\n    myLoans {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n    }\n  }\n": typeof types.MyLoansDocument,
    "\n  query MyLoan($id: ID!) {\n    myLoan(id: $id) {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n      disbursementDate\n      interestRate\n      interestRateInForce\n      scheduleChanges {\n        version\n        reason\n        effectiveDate\n        maxInterest\n      }\n      gracePeriodMonths\n      repaymentAccount\n      variableSymbol\n      totalDebt\n      penaltyInterestRate\n      deposit\n      suggestedPaymentAmount\n      schedule {\n        number\n        date\n        principal\n        interest\n        total\n        status\n        outstanding\n      }\n      repayments {\n        id\n        date\n        amount\n        principal\n        interest\n        penaltyInterest\n        other\n        deposit\n        method\n      }\n      onlinePayments {\n        id\n        amount\n        description\n        status\n        gateway\n        transactionId\n        createdAt\n        paidAt\n      }\n    }\n  }\n": typeof types.MyLoanDocument,
    "\n  mutation StartOnlinePayment($loanId: ID!, $amount: Decimal!, $description: String, $email: String) {\n    startOnlinePayment(loanId: $loanId, amount: $amount, description: $description, email: $email) {\n      onlinePaymentId\n      redirectUrl\n      transactionId\n      gateway\n      amount\n      status\n    }\n  }\n": typeof types.StartOnlinePaymentDocument,
    "\n  query MyForbearanceCases($loanId: ID!) {\n    myForbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedOn\n      helpAsked\n      offer {\n        measure\n      }\n      offeredOn\n      inForceOn\n      scheduleVersion\n      endedOn\n    }\n  }\n": typeof types.MyForbearanceCasesDocument,
    "\n  query MyForbearanceOffer($caseId: ID!) {\n    myForbearanceOffer(caseId: $caseId) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      maturityBefore\n      maturityAfter\n      totalPayableBefore\n      totalPayableAfter\n      lines {\n        number\n        dueDate\n        total\n      }\n    }\n  }\n": typeof types.MyForbearanceOfferDocument,
    "\n  mutation RequestMyForbearance($input: ForbearanceRequestInput!) {\n    requestMyForbearance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestMyForbearanceDocument,
    "\n  mutation AcceptMyForbearanceOffer($caseId: ID!) {\n    acceptMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n": typeof types.AcceptMyForbearanceOfferDocument,
    "\n  mutation DeclineMyForbearanceOffer($caseId: ID!) {\n    declineMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineMyForbearanceOfferDocument,
    "\n  query LoanContract($loanId: ID!) {\n    loan(id: $loanId) {\n      id\n      number\n      currency\n      contract {\n        contractTypeCode\n        contractTypeName\n        rateCalculatedBy\n        installmentCalculatedBy\n        sellingChannelRequirement\n        aprCheckBy\n        methodRpmn\n        interestRate\n        rpmn\n        odplata\n        sellingChannelCode\n        sellingChannelName\n        salePlaceCode\n        salePlaceName\n        dealerCode\n        dealerName\n        signatureDate\n        recalculationDate\n        receivedAt\n        authorisationCode\n        contractStatusCode\n        paymentForm\n        downPayment\n        contractPrice\n        insurance\n        lastInstallment\n        repaymentAccount\n        variableSymbol\n        registeredBy\n        products {\n          position\n          productCode\n          price\n          contractPrice\n          producer\n          brand\n          serialNo\n        }\n        optionalData {\n          code\n          dataCode\n          dataDesc\n          dataNocode\n        }\n        notes {\n          code\n          value\n          date\n        }\n        approvals {\n          approvalCode\n          value\n          validFrom\n          validTo\n        }\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n          nationalId\n          nonstopBanking\n          clientNumbers\n        }\n      }\n    }\n  }\n": typeof types.LoanContractDocument,
    "\n  query ClientCard($partyId: ID!) {\n    party(id: $partyId) {\n      id\n      displayName\n      history {\n        id\n        changedAt\n        source\n        changedBy\n        changedByName\n        fromMergedParty\n        changes {\n          field\n          before\n          after\n        }\n      }\n      addressVersions {\n        id\n        kind\n        street\n        houseNumber\n        flatNumber\n        zip\n        city\n        country\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.ClientCardDocument,
    "\n  mutation SetNonstopBanking($partyId: ID!, $value: NonstopBanking!) {\n    setNonstopBanking(partyId: $partyId, value: $value)\n  }\n": typeof types.SetNonstopBankingDocument,
    "\n  query DuplicateParties {\n    duplicateParties {\n      nationalId\n      parties {\n        id\n        name\n        cisId\n        consolidatedId\n        clientNumbers\n        loans\n        createdAt\n      }\n    }\n  }\n": typeof types.DuplicatePartiesDocument,
    "\n  query PreviewPartyMerge($input: MergePartiesInput!) {\n    previewPartyMerge(input: $input) {\n      survivorId\n      mergedId\n      nationalId\n      loans\n      roles {\n        fileId\n        role\n        action\n      }\n      contacts {\n        id\n        type\n        value\n        smsConsent\n        action\n      }\n      addresses {\n        id\n        kind\n        line\n        validFrom\n        validTo\n        action\n      }\n      historyEntries\n      clientNumbers\n    }\n  }\n": typeof types.PreviewPartyMergeDocument,
    "\n  mutation MergeParties($input: MergePartiesInput!) {\n    mergeParties(input: $input) {\n      survivorId\n      mergedId\n      loans\n    }\n  }\n": typeof types.MergePartiesDocument,
    "\n  query ContractsMe {\n    me {\n      id\n      roles\n    }\n  }\n": typeof types.ContractsMeDocument,
    "\n  query SalePlaces {\n    salePlaces {\n      id\n      code\n      name\n      cooperationFrom\n      cooperationTo\n      dealers {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.SalePlacesDocument,
    "\n  mutation CreateSalePlace($input: SalePlaceInput!) {\n    createSalePlace(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateSalePlaceDocument,
    "\n  mutation UpdateSalePlace($id: ID!, $input: SalePlaceInput!) {\n    updateSalePlace(id: $id, input: $input) {\n      id\n      cooperationTo\n    }\n  }\n": typeof types.UpdateSalePlaceDocument,
    "\n  mutation CreateDealer($input: DealerInput!) {\n    createDealer(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateDealerDocument,
    "\n  query DashboardStatementCounts {\n    statementQueueCounts {\n      unmatched\n      posted\n      gaps\n    }\n  }\n": typeof types.DashboardStatementCountsDocument,
    "\n  query PortfolioSummary($asOf: Date) {\n    portfolioSummary(asOf: $asOf) {\n      asOf\n      loans\n      activeLoans\n      currencies {\n        currency\n        loans\n        activeLoans\n        outstanding\n        outstandingPrincipal\n        overdue\n        collectedLast30Days\n        byDaysPastDue {\n          bucket\n          loans\n          overdue\n          outstanding\n        }\n      }\n    }\n  }\n": typeof types.PortfolioSummaryDocument,
    "\n  query CollectionsByDay($from: Date!, $to: Date!, $currency: String) {\n    collectionsByDay(from: $from, to: $to, currency: $currency) {\n      date\n      currency\n      amount\n      count\n    }\n  }\n": typeof types.CollectionsByDayDocument,
    "\n  query NoticeStats($from: Date!, $to: Date) {\n    softCollectionStatus {\n      active\n    }\n    noticeStats(from: $from, to: $to) {\n      from\n      to\n      created\n      sent\n      delivered\n      collectedWithin14Days {\n        currency\n        amount\n      }\n      promisesKept\n      promisesBroken\n      promisesPending\n    }\n  }\n": typeof types.NoticeStatsDocument,
    "\n  query LegalRatesStatus {\n    legalRatesStatus {\n      lastEntryOn\n      daysSinceLastEntry\n      staleAfterDays\n      stale\n    }\n  }\n": typeof types.LegalRatesStatusDocument,
    "\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n": typeof types.DebtorFileDocument,
    "\n  query FileLoans($fileId: ID!) {\n    fileLoans(fileId: $fileId) {\n      id\n      number\n      status\n      currency\n      principal\n      annualRate\n      penaltyRate\n      apr\n      installmentsCount\n      disbursementDate\n      scheduleVersion\n      product {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.FileLoansDocument,
    "\n  fragment BalancesFields on LoanBalances {\n    asOf\n    daysPastDue\n    overdueBalance\n    overduePrincipal\n    overdueInterest\n    overdueFees\n    futureBalance\n    overpaymentBalance\n    penaltyInterest\n    remainingBalance\n    totalOutstanding\n  }\n": typeof types.BalancesFieldsFragmentDoc,
    "\n  fragment ScheduleLineFields on ScheduleLine {\n    number\n    dueDate\n    principal\n    interest\n    total\n    balance\n    principalPaid\n    interestPaid\n    penaltyInterest\n    outstanding\n    paymentStatus\n    daysPastDue\n  }\n": typeof types.ScheduleLineFieldsFragmentDoc,
    "\n  query LoanReceivables($id: ID!, $asOf: Date) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      balances(asOf: $asOf) {\n        ...BalancesFields\n      }\n      schedule(asOf: $asOf) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n": typeof types.LoanReceivablesDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    loanId\n    paymentDate\n    amount\n    method\n    kind\n    status\n    description\n    createdAt\n    reversedAt\n    reversalReason\n    currency\n    allocations {\n      kind\n      effectiveDate\n      installmentNumber\n      component\n      amount\n      currency\n    }\n  }\n": typeof types.PaymentFieldsFragmentDoc,
    "\n  query LoanPayments($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      payments {\n        ...PaymentFields\n      }\n    }\n  }\n": typeof types.LoanPaymentsDocument,
    "\n  mutation RegisterPayment($input: RegisterPaymentInput!) {\n    registerPayment(input: $input) {\n      replayed\n      remainingBalance\n      payment {\n        ...PaymentFields\n      }\n      balances {\n        ...BalancesFields\n      }\n    }\n  }\n": typeof types.RegisterPaymentDocument,
    "\n  mutation ReversePayment($id: ID!, $reason: String!) {\n    reversePayment(id: $id, reason: $reason) {\n      ...PaymentFields\n    }\n  }\n": typeof types.ReversePaymentDocument,
    "\n  query LoanScheduleVersions($id: ID!) {\n    loan(id: $id) {\n      id\n      scheduleVersion\n      currency\n      scheduleVersions {\n        version\n        reason\n        effectiveDate\n        createdAt\n        current\n        note\n      }\n    }\n  }\n": typeof types.LoanScheduleVersionsDocument,
    "\n  query LoanScheduleVersion($id: ID!, $version: Int) {\n    loan(id: $id) {\n      id\n      schedule(version: $version) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n": typeof types.LoanScheduleVersionDocument,
    "\n  query ExtraordinaryPreview($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!) {\n    extraordinaryRepaymentPreview(loanId: $loanId, date: $date, amount: $amount, mode: $mode) {\n      amount\n      date\n      mode\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      principalBefore\n      principalAfter\n      recomputedFromStart\n      newVersion\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          principal\n          interest\n          total\n        }\n        after {\n          dueDate\n          principal\n          interest\n          total\n        }\n      }\n    }\n  }\n": typeof types.ExtraordinaryPreviewDocument,
    "\n  mutation ExecuteExtraordinary($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!, $paymentMethod: PaymentMethod!) {\n    executeExtraordinaryRepayment(loanId: $loanId, date: $date, amount: $amount, mode: $mode, paymentMethod: $paymentMethod) {\n      newVersion\n      installmentAfter\n      installmentsAfter\n    }\n  }\n": typeof types.ExecuteExtraordinaryDocument,
    "\n  query EarlyRepaymentQuote($loanId: ID!, $date: Date!) {\n    earlyRepaymentQuote(loanId: $loanId, date: $date) {\n      date\n      principal\n      interest\n      accruedInterest\n      accruedDays\n      accruedFrom\n      accumulatedInterest\n      unpaidInstallmentInterest\n      arrears\n      overpayment\n      total\n      explanation\n    }\n  }\n": typeof types.EarlyRepaymentQuoteDocument,
    "\n  query PartyContacts($partyId: ID!) {\n    partyContacts(partyId: $partyId) {\n      partyId\n      name\n      departed\n      contacts {\n        id\n        partyId\n        type\n        value\n        note\n        smsConsent\n        updatedAt\n      }\n      consentChanges {\n        contactId\n        consent\n        source\n        changedAt\n        changedBy\n      }\n    }\n  }\n": typeof types.PartyContactsDocument,
    "\n  mutation CreateContact($partyId: ID!, $input: ContactInput!) {\n    createContact(partyId: $partyId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.DeleteContactDocument,
    "\n  query FileNotices($fileId: ID!) {\n    notices(filter: { fileId: $fileId }, first: 100, sort: CREATED_DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          createdOn\n          channel\n          reason\n          sendStatus\n          deliveryStatus\n          sentAt\n          createdByName\n          promiseDate\n          promiseOutcome\n          addressee {\n            name\n          }\n          totals {\n            total\n          }\n        }\n      }\n    }\n  }\n": typeof types.FileNoticesDocument,
    "\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n        nonstopBanking\n      }\n    }\n  }\n": typeof types.DebtorFileSummaryFieldsFragmentDoc,
    "\n  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {\n    debtorFiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DebtorFileSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.DebtorFilesDocument,
    "\n  query ReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ReceivableKindsDocument,
    "\n  query DictReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n      currency\n    }\n  }\n": typeof types.DictReceivableKindsDocument,
    "\n  mutation CreateReceivableKind($input: ReceivableKindInput!) {\n    createReceivableKind(input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n": typeof types.CreateReceivableKindDocument,
    "\n  mutation UpdateReceivableKind($id: ID!, $input: ReceivableKindInput!) {\n    updateReceivableKind(id: $id, input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n": typeof types.UpdateReceivableKindDocument,
    "\n  fragment ContractTypeFields on ContractType {\n    id\n    code\n    name\n    country\n    deferralMonths\n    receivableKindId\n    rateCalculatedBy\n    installmentCalculatedBy\n    sellingChannelRequirement\n    aprCheckBy\n    interestMethod\n    conventions {\n      rounding\n      installmentMultiple\n      partPeriodInterest\n      emi\n      payoffInterest\n      earlyMoney\n    }\n    createdAt\n  }\n": typeof types.ContractTypeFieldsFragmentDoc,
    "\n  query ContractTypes {\n    contractTypes {\n      ...ContractTypeFields\n    }\n  }\n": typeof types.ContractTypesDocument,
    "\n  mutation CreateContractType($input: ContractTypeInput!) {\n    createContractType(input: $input) {\n      ...ContractTypeFields\n    }\n  }\n": typeof types.CreateContractTypeDocument,
    "\n  mutation UpdateContractType($id: ID!, $input: ContractTypeInput!) {\n    updateContractType(id: $id, input: $input) {\n      ...ContractTypeFields\n    }\n  }\n": typeof types.UpdateContractTypeDocument,
    "\n  query SellingChannels {\n    sellingChannels {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n": typeof types.SellingChannelsDocument,
    "\n  mutation CreateSellingChannel($input: SellingChannelInput!) {\n    createSellingChannel(input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n": typeof types.CreateSellingChannelDocument,
    "\n  mutation UpdateSellingChannel($id: ID!, $input: SellingChannelInput!) {\n    updateSellingChannel(id: $id, input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n": typeof types.UpdateSellingChannelDocument,
    "\n  query ForbearanceCases($loanId: ID!) {\n    forbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedBy\n      requestedOn\n      reason\n      monthlyIncome\n      monthlyExpenses\n      situation\n      helpAsked\n      helpNote\n      assessmentNote\n      offer {\n        measure\n        installments\n        additionalInstallments\n        from\n        annualRate\n        months\n        amount\n      }\n      offeredOn\n      acceptanceChannel\n      acceptedOn\n      inForceOn\n      scheduleVersion\n      endedOn\n      endNote\n      currency\n    }\n  }\n": typeof types.ForbearanceCasesDocument,
    "\n  query ForbearanceAssessment($caseId: ID!) {\n    forbearanceAssessment(caseId: $caseId) {\n      asOf\n      currency\n      overdueTotal\n      overduePrincipal\n      overdueInterest\n      penaltyInterest\n      overdueFees\n      overdueInstallments\n      daysPastDue\n      remainingBalance\n      earlierCases\n      payments {\n        date\n        amount\n        status\n      }\n    }\n  }\n": typeof types.ForbearanceAssessmentDocument,
    "\n  query ForbearancePreview($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    forbearancePreview(caseId: $caseId, offer: $offer) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      totalPayableBefore\n      totalPayableAfter\n      maturityBefore\n      maturityAfter\n      amountForgiven\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          total\n        }\n        after {\n          dueDate\n          total\n        }\n      }\n    }\n  }\n": typeof types.ForbearancePreviewDocument,
    "\n  mutation RequestForbearance($input: ForbearanceRequestInput!) {\n    requestForbearance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestForbearanceDocument,
    "\n  mutation AssessForbearance($caseId: ID!, $note: String!) {\n    assessForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.AssessForbearanceDocument,
    "\n  mutation OfferForbearance($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    offerForbearance(caseId: $caseId, offer: $offer) {\n      id\n      status\n    }\n  }\n": typeof types.OfferForbearanceDocument,
    "\n  mutation RecordForbearanceAcceptance($caseId: ID!, $channel: ForbearanceAcceptanceChannel!) {\n    recordForbearanceAcceptance(caseId: $caseId, channel: $channel) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n": typeof types.RecordForbearanceAcceptanceDocument,
    "\n  mutation RefuseForbearance($caseId: ID!, $note: String!) {\n    refuseForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.RefuseForbearanceDocument,
    "\n  fragment LegalRateFields on LegalRate {\n    id\n    kind\n    validFrom\n    value\n    multiplier\n    spread\n    source\n    reason\n    correctsId\n    withdrawn\n    current\n    createdAt\n  }\n": typeof types.LegalRateFieldsFragmentDoc,
    "\n  query LegalRates {\n    legalRates {\n      ...LegalRateFields\n    }\n    legalRatesStatus {\n      lastReferenceFrom\n      lastEntryOn\n      staleAfterDays\n      daysSinceLastEntry\n      stale\n    }\n  }\n": typeof types.LegalRatesDocument,
    "\n  query LegalMaxima($date: Date) {\n    legalMaxima(date: $date) {\n      date\n      referenceRate\n      referenceFrom\n      maxInterest\n      maxLateInterest\n    }\n  }\n": typeof types.LegalMaximaDocument,
    "\n  query LegalRatesAudit {\n    auditLog(filter: { entity: \"legal_rate\" }, first: 20) {\n      edges {\n        node {\n          id\n          at\n          actorType\n          action\n          entityId\n          after\n        }\n      }\n    }\n  }\n": typeof types.LegalRatesAuditDocument,
    "\n  mutation AddLegalRate($input: LegalRateInput!) {\n    addLegalRate(input: $input) {\n      ...LegalRateFields\n    }\n  }\n": typeof types.AddLegalRateDocument,
    "\n  mutation SetLegalRatesStaleAfterDays($days: Int!) {\n    setLegalRatesStaleAfterDays(days: $days)\n  }\n": typeof types.SetLegalRatesStaleAfterDaysDocument,
    "\n  query PrepareMassNotices($params: MassParamsInput!) {\n    prepareMassNotices(params: $params) {\n      preparationId\n      preparationDate\n      fileCount\n      rowCount\n      itemCount\n      rows {\n        fileId\n        fileDisplayNumber\n        partyId\n        partyName\n        address\n        phone\n        smsConsent\n        items {\n          ...NoticeItemFields\n        }\n        totals {\n          overdueBalance\n          futureBalance\n          overpaymentBalance\n          total\n        }\n      }\n    }\n  }\n": typeof types.PrepareMassNoticesDocument,
    "\n  mutation CreateMassNotices($input: CreateMassNoticesInput!) {\n    createMassNotices(input: $input) {\n      ids\n      count\n      reusedFiles\n    }\n  }\n": typeof types.CreateMassNoticesDocument,
    "\n  fragment NoticeItemFields on ReceivableItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n  }\n": typeof types.NoticeItemFieldsFragmentDoc,
    "\n  fragment NoticeItemWithCurrentFields on NoticeItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n    current {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      amount\n    }\n  }\n": typeof types.NoticeItemWithCurrentFieldsFragmentDoc,
    "\n  fragment NoticeListFields on Notice {\n    id\n    fileId\n    fileDisplayNumber\n    kindCode\n    fileNumber\n    reason\n    channel\n    createdOn\n    createdAt\n    promiseDate\n    phone\n    manualPhone\n    email\n    subject\n    manualEmail\n    bouncedAt\n    reminderRule\n    text\n    note\n    templateId\n    templateName\n    sendStatus\n    sentAt\n    deliveryStatus\n    deliveryStatusAt\n    failureReason\n    settlementStatus\n    canDelete\n    canSend\n    canCheckStatus\n    createdByName\n    addressee {\n      partyId\n      name\n      address\n      mobile\n      smsConsent\n      email\n      emailConsent\n      departed\n    }\n    totals {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      total\n      currency\n    }\n  }\n": typeof types.NoticeListFieldsFragmentDoc,
    "\n  query NoticeDetails($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      promiseOutcome\n      editable {\n        items\n        refreshItems\n        text\n        phone\n        template\n        promiseDate\n        note\n      }\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n      statusHistory {\n        status\n        source\n        applied\n        at\n      }\n    }\n  }\n": typeof types.NoticeDetailsDocument,
    "\n  query NoticeItems($id: ID!) {\n    notice(id: $id) {\n      id\n      text\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n    }\n  }\n": typeof types.NoticeItemsDocument,
    "\n  query NoticeDraft($fileId: ID!, $reason: ContactReason!, $createdOn: Date) {\n    noticeDraft(fileId: $fileId, reason: $reason, createdOn: $createdOn) {\n      createdOn\n      addressees {\n        partyId\n        name\n        address\n        mobile\n        smsConsent\n        email\n        emailConsent\n        departed\n      }\n      items {\n        ...NoticeItemFields\n      }\n      totals {\n        overdueBalance\n        futureBalance\n        overpaymentBalance\n        total\n      }\n    }\n  }\n": typeof types.NoticeDraftDocument,
    "\n  query NoticeFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      displayNumber\n      receivableKind {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.NoticeFileDocument,
    "\n  mutation CreateNotice($input: CreateNoticeInput!) {\n    createNotice(input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": typeof types.CreateNoticeDocument,
    "\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": typeof types.UpdateNoticeDocument,
    "\n  mutation RefreshNoticeItems($id: ID!) {\n    refreshNoticeItems(id: $id) {\n      ...NoticeListFields\n    }\n  }\n": typeof types.RefreshNoticeItemsDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": typeof types.DeleteNoticeDocument,
    "\n  mutation DeleteNotices($ids: [ID!]!) {\n    deleteNotices(ids: $ids)\n  }\n": typeof types.DeleteNoticesDocument,
    "\n  mutation SendNotices($ids: [ID!]!) {\n    sendNotices(ids: $ids)\n  }\n": typeof types.SendNoticesDocument,
    "\n  query NoticeSendJob($id: ID!) {\n    noticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n      failures {\n        noticeId\n        reason\n      }\n    }\n  }\n": typeof types.NoticeSendJobDocument,
    "\n  mutation AbortNoticeSendJob($id: ID!) {\n    abortNoticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n    }\n  }\n": typeof types.AbortNoticeSendJobDocument,
    "\n  mutation CheckNoticeStatus($ids: [ID!]!) {\n    checkNoticeStatus(ids: $ids) {\n      ...NoticeListFields\n    }\n  }\n": typeof types.CheckNoticeStatusDocument,
    "\n  query Notices($filter: NoticeFilter, $first: Int, $after: String, $sort: NoticeSort) {\n    notices(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalsByCurrency {\n        currency\n        count\n        amount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  query CollectionUsers {\n    users {\n      id\n      name\n      active\n    }\n  }\n": typeof types.CollectionUsersDocument,
    "\n  query CollectionMe {\n    me {\n      id\n      name\n      roles\n    }\n  }\n": typeof types.CollectionMeDocument,
    "\n  fragment SmsSettingsFields on SmsIntegrationSettings {\n    active\n    endpointUrl\n    backupEndpointUrl\n    senderName\n    profileTokenSet\n    smsTokenSet\n    lastTestAt\n    lastTestOk\n    lastTestMessage\n    updatedAt\n  }\n": typeof types.SmsSettingsFieldsFragmentDoc,
    "\n  query SoftCollectionSettings {\n    softCollectionSettings {\n      active\n      sms {\n        ...SmsSettingsFields\n      }\n    }\n  }\n": typeof types.SoftCollectionSettingsDocument,
    "\n  mutation ActivateSoftCollection {\n    activateSoftCollection {\n      active\n    }\n  }\n": typeof types.ActivateSoftCollectionDocument,
    "\n  mutation DeactivateSoftCollection {\n    deactivateSoftCollection {\n      active\n    }\n  }\n": typeof types.DeactivateSoftCollectionDocument,
    "\n  mutation UpdateSmsSettings($input: SmsIntegrationInput!) {\n    updateSmsIntegrationSettings(input: $input) {\n      ...SmsSettingsFields\n    }\n  }\n": typeof types.UpdateSmsSettingsDocument,
    "\n  mutation TestSmsConnection {\n    testSmsConnection {\n      ok\n      message\n      points\n      providerCode\n      reason\n      senderNames\n      testedAt\n      username\n    }\n  }\n": typeof types.TestSmsConnectionDocument,
    "\n  mutation ActivateSms {\n    activateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n": typeof types.ActivateSmsDocument,
    "\n  mutation DeactivateSms {\n    deactivateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n": typeof types.DeactivateSmsDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      locale\n      active\n      roles\n      totpEnabled\n      lockedUntil\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UnlockStaffUser($id: ID!) {\n    unlockStaffUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n": typeof types.UnlockStaffUserDocument,
    "\n  query UserSessions($userId: ID!) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.UserSessionsDocument,
    "\n  mutation EndUserSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n": typeof types.EndUserSessionDocument,
    "\n  mutation EndAllUserSessions($userId: ID!) {\n    endAllStaffSessions(userId: $userId)\n  }\n": typeof types.EndAllUserSessionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n      locale\n      active\n      roles\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUserRoles($id: ID!, $roles: [Role!]!, $active: Boolean) {\n    updateUserRoles(id: $id, roles: $roles, active: $active) {\n      id\n      active\n      roles\n    }\n  }\n": typeof types.UpdateUserRolesDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $role: ApiTokenRole!) {\n    createApiToken(name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ReminderSettings {\n    reminderSettings {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n": typeof types.ReminderSettingsDocument,
    "\n  mutation UpdateReminderSettings($upcomingEnabled: Boolean!, $upcomingDays: Int!, $skDelayEnabled: Boolean!) {\n    updateReminderSettings(upcomingEnabled: $upcomingEnabled, upcomingDays: $upcomingDays, skDelayEnabled: $skDelayEnabled) {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n": typeof types.UpdateReminderSettingsDocument,
    "\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id)\n  }\n": typeof types.ResetUserTotpDocument,
    "\n  query ReminderStatus {\n    reminderStatus {\n      businessDate\n      upcomingDays\n      jobs {\n        kind\n        enabled\n        cron\n        timezone\n        nextRunAt\n        lastRun {\n          id\n          kind\n          runOn\n          trigger\n          considered\n          sent\n          failed\n          skipped\n          skippedReasons {\n            reason\n            count\n          }\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n": typeof types.ReminderStatusDocument,
    "\n  mutation RunReminders($kind: ReminderKind!) {\n    runReminders(kind: $kind) {\n      id\n      kind\n      sent\n      failed\n      skipped\n    }\n  }\n": typeof types.RunRemindersDocument,
    "\n  fragment StatementFields on BankStatement {\n    id\n    format\n    dialect\n    account\n    currency\n    statementNumber\n    openingBalance\n    closingBalance\n    closingDate\n    fileName\n    source\n    receivedAt\n    sequenceGap {\n      previous\n      missingFrom\n      missingTo\n    }\n    counts {\n      lines\n      newLines\n      duplicates\n      posted\n      unmatched\n      other\n    }\n  }\n": typeof types.StatementFieldsFragmentDoc,
    "\n  fragment StatementLineFields on StatementLine {\n    id\n    statementId\n    ordinal\n    bookingDate\n    direction\n    amount\n    currency\n    bankReference\n    counterpartyName\n    counterpartyAccount\n    title\n    variableSymbol\n    status\n    matchRule\n    matchReason\n    matchDetail\n    loanId\n    loanNumber\n    paymentId\n    note\n    payerRelation\n    payerDetail\n  }\n": typeof types.StatementLineFieldsFragmentDoc,
    "\n  mutation ImportStatement($input: ImportStatementInput!) {\n    importStatement(input: $input) {\n      ...StatementFields\n    }\n  }\n": typeof types.ImportStatementDocument,
    "\n  query BankStatements {\n    bankStatements(limit: 50) {\n      ...StatementFields\n    }\n  }\n": typeof types.BankStatementsDocument,
    "\n  query BankStatement($id: ID!) {\n    bankStatement(id: $id) {\n      ...StatementFields\n    }\n    statementLines(filter: { statementId: $id, limit: 1000 }) {\n      ...StatementLineFields\n    }\n  }\n": typeof types.BankStatementDocument,
    "\n  query StatementQueue($filter: StatementLineFilter!) {\n    statementLines(filter: $filter) {\n      ...StatementLineFields\n    }\n    statementQueueCounts {\n      unmatched\n      posted\n      returned\n      notOurs\n      statements\n      gaps\n    }\n  }\n": typeof types.StatementQueueDocument,
    "\n  query StatementLineSuggestions($lineId: ID!) {\n    statementLineSuggestions(lineId: $lineId) {\n      loanId\n      loanNumber\n      status\n      currency\n      score\n      reason\n    }\n  }\n": typeof types.StatementLineSuggestionsDocument,
    "\n  mutation AssignStatementLine($input: AssignStatementLineInput!) {\n    assignStatementLine(input: $input) {\n      ...StatementLineFields\n    }\n  }\n": typeof types.AssignStatementLineDocument,
    "\n  mutation MarkStatementLine($lineId: ID!, $mark: StatementLineMark!, $note: String) {\n    markStatementLine(lineId: $lineId, mark: $mark, note: $note) {\n      ...StatementLineFields\n    }\n  }\n": typeof types.MarkStatementLineDocument,
    "\n  mutation UndoStatementLineMatch($lineId: ID!, $reason: String!) {\n    undoStatementLineMatch(lineId: $lineId, reason: $reason) {\n      ...StatementLineFields\n    }\n  }\n": typeof types.UndoStatementLineMatchDocument,
    "\n  fragment RefundFields on RefundRequest {\n    id\n    loanId\n    loanNumber\n    lineId\n    amount\n    currency\n    beneficiaryName\n    beneficiaryAccount\n    title\n    status\n    requestedOn\n    requestedBy\n    exportedAt\n    cancelReason\n  }\n": typeof types.RefundFieldsFragmentDoc,
    "\n  query RefundRequests($status: String) {\n    refundRequests(status: $status, limit: 500) {\n      ...RefundFields\n    }\n  }\n": typeof types.RefundRequestsDocument,
    "\n  mutation RequestRefund($input: RequestRefundInput!) {\n    requestRefund(input: $input) {\n      ...RefundFields\n    }\n  }\n": typeof types.RequestRefundDocument,
    "\n  mutation CancelRefund($id: ID!, $reason: String!) {\n    cancelRefund(id: $id, reason: $reason) {\n      ...RefundFields\n    }\n  }\n": typeof types.CancelRefundDocument,
    "\n  mutation ExportRefunds($currency: String!) {\n    exportRefunds(currency: $currency) {\n      exportId\n      fileName\n      csv\n      count\n      total\n      currency\n    }\n  }\n": typeof types.ExportRefundsDocument,
    "\n  fragment TemplateFields on NoticeTemplate {\n    id\n    name\n    channel\n    reason\n    text\n    promiseAddendum\n    subject\n    usedBy\n    updatedAt\n  }\n": typeof types.TemplateFieldsFragmentDoc,
    "\n  query Templates {\n    noticeTemplates {\n      ...TemplateFields\n    }\n  }\n": typeof types.TemplatesDocument,
    "\n  query TemplatePlaceholders($reason: ContactReason!) {\n    templatePlaceholders(reason: $reason) {\n      tag\n      token\n      label\n      labelPl\n      scope\n    }\n  }\n": typeof types.TemplatePlaceholdersDocument,
    "\n  query PreviewTemplate($input: TemplatePreviewInput!) {\n    previewTemplate(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n": typeof types.PreviewTemplateDocument,
    "\n  mutation CreateNoticeTemplate($input: NoticeTemplateInput!) {\n    createNoticeTemplate(input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": typeof types.CreateNoticeTemplateDocument,
    "\n  mutation UpdateNoticeTemplate($id: ID!, $input: NoticeTemplateInput!) {\n    updateNoticeTemplate(id: $id, input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": typeof types.UpdateNoticeTemplateDocument,
    "\n  mutation DeleteNoticeTemplate($id: ID!) {\n    deleteNoticeTemplate(id: $id)\n  }\n": typeof types.DeleteNoticeTemplateDocument,
    "\n  fragment SmsNormalisationFields on SmsNormalisation {\n    changed\n    replaced {\n      from\n      to\n      count\n    }\n    removed {\n      char\n      count\n    }\n  }\n": typeof types.SmsNormalisationFieldsFragmentDoc,
    "\n  fragment SmsLengthFields on SmsLength {\n    characters\n    units\n    parts\n    perPart\n  }\n": typeof types.SmsLengthFieldsFragmentDoc,
    "\n  query NoticeTemplatesForReason($reason: ContactReason, $channel: NoticeChannel) {\n    noticeTemplates(reason: $reason, channel: $channel) {\n      id\n      name\n      channel\n      reason\n    }\n  }\n": typeof types.NoticeTemplatesForReasonDocument,
    "\n  query GenerateNoticeText($input: GenerateNoticeTextInput!) {\n    generateNoticeText(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n": typeof types.GenerateNoticeTextDocument,
    "\n  query CollectionKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n    softCollectionStatus {\n      active\n      smsIntegrationActive\n    }\n  }\n": typeof types.CollectionKindsDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    locale\n    businessDate\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  query AuditScreen($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actorType\n          actorId\n          action\n          entity\n          entityId\n          ip\n          after\n        }\n      }\n    }\n  }\n": types.AuditScreenDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query MySecurity {\n    mySecurity {\n      totpEnabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n": types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  query StaffSessions($userId: ID) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.StaffSessionsDocument,
    "\n  mutation EndStaffSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n": types.EndStaffSessionDocument,
    "\n  mutation EndOtherStaffSessions {\n    endAllStaffSessions\n  }\n": types.EndOtherStaffSessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query ClientZoneAccessPreview($loanId: ID!) {\n    clientZoneAccessPreview(loanId: $loanId) {\n      loanId\n      partyId\n      borrowerName\n      login\n      maskedPhone\n      accountExists\n      accountStatus\n      lockedUntil\n      canGrant\n      issues {\n        rule\n        message\n      }\n    }\n  }\n": types.ClientZoneAccessPreviewDocument,
    "\n  mutation GrantClientZoneAccess($loanId: ID!) {\n    grantClientZoneAccess(loanId: $loanId) {\n      accountId\n      partyId\n      login\n      maskedPhone\n      sentAt\n      otpExpiresAt\n      created\n      smsId\n    }\n  }\n": types.GrantClientZoneAccessDocument,
    "\n  mutation RevokeClientZoneAccess($loanId: ID!) {\n    revokeClientZoneAccess(loanId: $loanId) {\n      id\n      partyId\n      login\n      status\n      revokedAt\n    }\n  }\n": types.RevokeClientZoneAccessDocument,
    "\n  mutation ClearClientZoneLockout($loanId: ID!) {\n    clearClientZoneLockout(loanId: $loanId) {\n      id\n      status\n      lockedUntil\n    }\n  }\n": types.ClearClientZoneLockoutDocument,
    "\n  query ClientZoneAccessLoans($partyId: ID!) {\n    loans(filter: { partyId: $partyId }, first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          principal\n          currency\n          product {\n            id\n            code\n            name\n          }\n          file {\n            id\n            displayNumber\n          }\n        }\n      }\n    }\n  }\n": types.ClientZoneAccessLoansDocument,
    "\n  query ClientZoneAccessLoan($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      status\n      product {\n        id\n        code\n        name\n      }\n      file {\n        id\n        displayNumber\n      }\n    }\n  }\n": types.ClientZoneAccessLoanDocument,
    "\n  fragment ClientMeFields on ClientMe {\n    partyId\n    login\n    name\n    mustChangePassword\n  }\n": types.ClientMeFieldsFragmentDoc,
    "\n  query ClientMe {\n    clientMe {\n      ...ClientMeFields\n    }\n  }\n": types.ClientMeDocument,
    "\n  query ClientZoneStaffSession {\n    me {\n      id\n      email\n    }\n  }\n": types.ClientZoneStaffSessionDocument,
    "\n  mutation ClientLogin($login: String!, $password: String!) {\n    clientLogin(login: $login, password: $password) {\n      ...ClientMeFields\n    }\n  }\n": types.ClientLoginDocument,
    "\n  mutation ClientRequestOneTimePassword($login: String!) {\n    clientRequestOneTimePassword(login: $login)\n  }\n": types.ClientRequestOneTimePasswordDocument,
    "\n  mutation ClientLogout {\n    clientLogout\n  }\n": types.ClientLogoutDocument,
    "\n  mutation ClientChangePassword($currentPassword: String!, $newPassword: String!) {\n    clientChangePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ClientMeFields\n    }\n  }\n": types.ClientChangePasswordDocument,
    "\n  query MyLoans {\n    myLoans {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n    }\n  }\n": types.MyLoansDocument,
    "\n  query MyLoan($id: ID!) {\n    myLoan(id: $id) {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n      disbursementDate\n      interestRate\n      interestRateInForce\n      scheduleChanges {\n        version\n        reason\n        effectiveDate\n        maxInterest\n      }\n      gracePeriodMonths\n      repaymentAccount\n      variableSymbol\n      totalDebt\n      penaltyInterestRate\n      deposit\n      suggestedPaymentAmount\n      schedule {\n        number\n        date\n        principal\n        interest\n        total\n        status\n        outstanding\n      }\n      repayments {\n        id\n        date\n        amount\n        principal\n        interest\n        penaltyInterest\n        other\n        deposit\n        method\n      }\n      onlinePayments {\n        id\n        amount\n        description\n        status\n        gateway\n        transactionId\n        createdAt\n        paidAt\n      }\n    }\n  }\n": types.MyLoanDocument,
    "\n  mutation StartOnlinePayment($loanId: ID!, $amount: Decimal!, $description: String, $email: String) {\n    startOnlinePayment(loanId: $loanId, amount: $amount, description: $description, email: $email) {\n      onlinePaymentId\n      redirectUrl\n      transactionId\n      gateway\n      amount\n      status\n    }\n  }\n": types.StartOnlinePaymentDocument,
    "\n  query MyForbearanceCases($loanId: ID!) {\n    myForbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedOn\n      helpAsked\n      offer {\n        measure\n      }\n      offeredOn\n      inForceOn\n      scheduleVersion\n      endedOn\n    }\n  }\n": types.MyForbearanceCasesDocument,
    "\n  query MyForbearanceOffer($caseId: ID!) {\n    myForbearanceOffer(caseId: $caseId) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      maturityBefore\n      maturityAfter\n      totalPayableBefore\n      totalPayableAfter\n      lines {\n        number\n        dueDate\n        total\n      }\n    }\n  }\n": types.MyForbearanceOfferDocument,
    "\n  mutation RequestMyForbearance($input: ForbearanceRequestInput!) {\n    requestMyForbearance(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestMyForbearanceDocument,
    "\n  mutation AcceptMyForbearanceOffer($caseId: ID!) {\n    acceptMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n": types.AcceptMyForbearanceOfferDocument,
    "\n  mutation DeclineMyForbearanceOffer($caseId: ID!) {\n    declineMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n    }\n  }\n": types.DeclineMyForbearanceOfferDocument,
    "\n  query LoanContract($loanId: ID!) {\n    loan(id: $loanId) {\n      id\n      number\n      currency\n      contract {\n        contractTypeCode\n        contractTypeName\n        rateCalculatedBy\n        installmentCalculatedBy\n        sellingChannelRequirement\n        aprCheckBy\n        methodRpmn\n        interestRate\n        rpmn\n        odplata\n        sellingChannelCode\n        sellingChannelName\n        salePlaceCode\n        salePlaceName\n        dealerCode\n        dealerName\n        signatureDate\n        recalculationDate\n        receivedAt\n        authorisationCode\n        contractStatusCode\n        paymentForm\n        downPayment\n        contractPrice\n        insurance\n        lastInstallment\n        repaymentAccount\n        variableSymbol\n        registeredBy\n        products {\n          position\n          productCode\n          price\n          contractPrice\n          producer\n          brand\n          serialNo\n        }\n        optionalData {\n          code\n          dataCode\n          dataDesc\n          dataNocode\n        }\n        notes {\n          code\n          value\n          date\n        }\n        approvals {\n          approvalCode\n          value\n          validFrom\n          validTo\n        }\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n          nationalId\n          nonstopBanking\n          clientNumbers\n        }\n      }\n    }\n  }\n": types.LoanContractDocument,
    "\n  query ClientCard($partyId: ID!) {\n    party(id: $partyId) {\n      id\n      displayName\n      history {\n        id\n        changedAt\n        source\n        changedBy\n        changedByName\n        fromMergedParty\n        changes {\n          field\n          before\n          after\n        }\n      }\n      addressVersions {\n        id\n        kind\n        street\n        houseNumber\n        flatNumber\n        zip\n        city\n        country\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.ClientCardDocument,
    "\n  mutation SetNonstopBanking($partyId: ID!, $value: NonstopBanking!) {\n    setNonstopBanking(partyId: $partyId, value: $value)\n  }\n": types.SetNonstopBankingDocument,
    "\n  query DuplicateParties {\n    duplicateParties {\n      nationalId\n      parties {\n        id\n        name\n        cisId\n        consolidatedId\n        clientNumbers\n        loans\n        createdAt\n      }\n    }\n  }\n": types.DuplicatePartiesDocument,
    "\n  query PreviewPartyMerge($input: MergePartiesInput!) {\n    previewPartyMerge(input: $input) {\n      survivorId\n      mergedId\n      nationalId\n      loans\n      roles {\n        fileId\n        role\n        action\n      }\n      contacts {\n        id\n        type\n        value\n        smsConsent\n        action\n      }\n      addresses {\n        id\n        kind\n        line\n        validFrom\n        validTo\n        action\n      }\n      historyEntries\n      clientNumbers\n    }\n  }\n": types.PreviewPartyMergeDocument,
    "\n  mutation MergeParties($input: MergePartiesInput!) {\n    mergeParties(input: $input) {\n      survivorId\n      mergedId\n      loans\n    }\n  }\n": types.MergePartiesDocument,
    "\n  query ContractsMe {\n    me {\n      id\n      roles\n    }\n  }\n": types.ContractsMeDocument,
    "\n  query SalePlaces {\n    salePlaces {\n      id\n      code\n      name\n      cooperationFrom\n      cooperationTo\n      dealers {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.SalePlacesDocument,
    "\n  mutation CreateSalePlace($input: SalePlaceInput!) {\n    createSalePlace(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateSalePlaceDocument,
    "\n  mutation UpdateSalePlace($id: ID!, $input: SalePlaceInput!) {\n    updateSalePlace(id: $id, input: $input) {\n      id\n      cooperationTo\n    }\n  }\n": types.UpdateSalePlaceDocument,
    "\n  mutation CreateDealer($input: DealerInput!) {\n    createDealer(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateDealerDocument,
    "\n  query DashboardStatementCounts {\n    statementQueueCounts {\n      unmatched\n      posted\n      gaps\n    }\n  }\n": types.DashboardStatementCountsDocument,
    "\n  query PortfolioSummary($asOf: Date) {\n    portfolioSummary(asOf: $asOf) {\n      asOf\n      loans\n      activeLoans\n      currencies {\n        currency\n        loans\n        activeLoans\n        outstanding\n        outstandingPrincipal\n        overdue\n        collectedLast30Days\n        byDaysPastDue {\n          bucket\n          loans\n          overdue\n          outstanding\n        }\n      }\n    }\n  }\n": types.PortfolioSummaryDocument,
    "\n  query CollectionsByDay($from: Date!, $to: Date!, $currency: String) {\n    collectionsByDay(from: $from, to: $to, currency: $currency) {\n      date\n      currency\n      amount\n      count\n    }\n  }\n": types.CollectionsByDayDocument,
    "\n  query NoticeStats($from: Date!, $to: Date) {\n    softCollectionStatus {\n      active\n    }\n    noticeStats(from: $from, to: $to) {\n      from\n      to\n      created\n      sent\n      delivered\n      collectedWithin14Days {\n        currency\n        amount\n      }\n      promisesKept\n      promisesBroken\n      promisesPending\n    }\n  }\n": types.NoticeStatsDocument,
    "\n  query LegalRatesStatus {\n    legalRatesStatus {\n      lastEntryOn\n      daysSinceLastEntry\n      staleAfterDays\n      stale\n    }\n  }\n": types.LegalRatesStatusDocument,
    "\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n": types.DebtorFileDocument,
    "\n  query FileLoans($fileId: ID!) {\n    fileLoans(fileId: $fileId) {\n      id\n      number\n      status\n      currency\n      principal\n      annualRate\n      penaltyRate\n      apr\n      installmentsCount\n      disbursementDate\n      scheduleVersion\n      product {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.FileLoansDocument,
    "\n  fragment BalancesFields on LoanBalances {\n    asOf\n    daysPastDue\n    overdueBalance\n    overduePrincipal\n    overdueInterest\n    overdueFees\n    futureBalance\n    overpaymentBalance\n    penaltyInterest\n    remainingBalance\n    totalOutstanding\n  }\n": types.BalancesFieldsFragmentDoc,
    "\n  fragment ScheduleLineFields on ScheduleLine {\n    number\n    dueDate\n    principal\n    interest\n    total\n    balance\n    principalPaid\n    interestPaid\n    penaltyInterest\n    outstanding\n    paymentStatus\n    daysPastDue\n  }\n": types.ScheduleLineFieldsFragmentDoc,
    "\n  query LoanReceivables($id: ID!, $asOf: Date) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      balances(asOf: $asOf) {\n        ...BalancesFields\n      }\n      schedule(asOf: $asOf) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n": types.LoanReceivablesDocument,
    "\n  fragment PaymentFields on Payment {\n    id\n    loanId\n    paymentDate\n    amount\n    method\n    kind\n    status\n    description\n    createdAt\n    reversedAt\n    reversalReason\n    currency\n    allocations {\n      kind\n      effectiveDate\n      installmentNumber\n      component\n      amount\n      currency\n    }\n  }\n": types.PaymentFieldsFragmentDoc,
    "\n  query LoanPayments($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      payments {\n        ...PaymentFields\n      }\n    }\n  }\n": types.LoanPaymentsDocument,
    "\n  mutation RegisterPayment($input: RegisterPaymentInput!) {\n    registerPayment(input: $input) {\n      replayed\n      remainingBalance\n      payment {\n        ...PaymentFields\n      }\n      balances {\n        ...BalancesFields\n      }\n    }\n  }\n": types.RegisterPaymentDocument,
    "\n  mutation ReversePayment($id: ID!, $reason: String!) {\n    reversePayment(id: $id, reason: $reason) {\n      ...PaymentFields\n    }\n  }\n": types.ReversePaymentDocument,
    "\n  query LoanScheduleVersions($id: ID!) {\n    loan(id: $id) {\n      id\n      scheduleVersion\n      currency\n      scheduleVersions {\n        version\n        reason\n        effectiveDate\n        createdAt\n        current\n        note\n      }\n    }\n  }\n": types.LoanScheduleVersionsDocument,
    "\n  query LoanScheduleVersion($id: ID!, $version: Int) {\n    loan(id: $id) {\n      id\n      schedule(version: $version) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n": types.LoanScheduleVersionDocument,
    "\n  query ExtraordinaryPreview($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!) {\n    extraordinaryRepaymentPreview(loanId: $loanId, date: $date, amount: $amount, mode: $mode) {\n      amount\n      date\n      mode\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      principalBefore\n      principalAfter\n      recomputedFromStart\n      newVersion\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          principal\n          interest\n          total\n        }\n        after {\n          dueDate\n          principal\n          interest\n          total\n        }\n      }\n    }\n  }\n": types.ExtraordinaryPreviewDocument,
    "\n  mutation ExecuteExtraordinary($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!, $paymentMethod: PaymentMethod!) {\n    executeExtraordinaryRepayment(loanId: $loanId, date: $date, amount: $amount, mode: $mode, paymentMethod: $paymentMethod) {\n      newVersion\n      installmentAfter\n      installmentsAfter\n    }\n  }\n": types.ExecuteExtraordinaryDocument,
    "\n  query EarlyRepaymentQuote($loanId: ID!, $date: Date!) {\n    earlyRepaymentQuote(loanId: $loanId, date: $date) {\n      date\n      principal\n      interest\n      accruedInterest\n      accruedDays\n      accruedFrom\n      accumulatedInterest\n      unpaidInstallmentInterest\n      arrears\n      overpayment\n      total\n      explanation\n    }\n  }\n": types.EarlyRepaymentQuoteDocument,
    "\n  query PartyContacts($partyId: ID!) {\n    partyContacts(partyId: $partyId) {\n      partyId\n      name\n      departed\n      contacts {\n        id\n        partyId\n        type\n        value\n        note\n        smsConsent\n        updatedAt\n      }\n      consentChanges {\n        contactId\n        consent\n        source\n        changedAt\n        changedBy\n      }\n    }\n  }\n": types.PartyContactsDocument,
    "\n  mutation CreateContact($partyId: ID!, $input: ContactInput!) {\n    createContact(partyId: $partyId, input: $input) {\n      id\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.DeleteContactDocument,
    "\n  query FileNotices($fileId: ID!) {\n    notices(filter: { fileId: $fileId }, first: 100, sort: CREATED_DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          createdOn\n          channel\n          reason\n          sendStatus\n          deliveryStatus\n          sentAt\n          createdByName\n          promiseDate\n          promiseOutcome\n          addressee {\n            name\n          }\n          totals {\n            total\n          }\n        }\n      }\n    }\n  }\n": types.FileNoticesDocument,
    "\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n        nonstopBanking\n      }\n    }\n  }\n": types.DebtorFileSummaryFieldsFragmentDoc,
    "\n  query DebtorFiles($filter: DebtorFileFilter, $first: Int, $after: String) {\n    debtorFiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DebtorFileSummaryFields\n        }\n      }\n    }\n  }\n": types.DebtorFilesDocument,
    "\n  query ReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n  }\n": types.ReceivableKindsDocument,
    "\n  query DictReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n      currency\n    }\n  }\n": types.DictReceivableKindsDocument,
    "\n  mutation CreateReceivableKind($input: ReceivableKindInput!) {\n    createReceivableKind(input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n": types.CreateReceivableKindDocument,
    "\n  mutation UpdateReceivableKind($id: ID!, $input: ReceivableKindInput!) {\n    updateReceivableKind(id: $id, input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n": types.UpdateReceivableKindDocument,
    "\n  fragment ContractTypeFields on ContractType {\n    id\n    code\n    name\n    country\n    deferralMonths\n    receivableKindId\n    rateCalculatedBy\n    installmentCalculatedBy\n    sellingChannelRequirement\n    aprCheckBy\n    interestMethod\n    conventions {\n      rounding\n      installmentMultiple\n      partPeriodInterest\n      emi\n      payoffInterest\n      earlyMoney\n    }\n    createdAt\n  }\n": types.ContractTypeFieldsFragmentDoc,
    "\n  query ContractTypes {\n    contractTypes {\n      ...ContractTypeFields\n    }\n  }\n": types.ContractTypesDocument,
    "\n  mutation CreateContractType($input: ContractTypeInput!) {\n    createContractType(input: $input) {\n      ...ContractTypeFields\n    }\n  }\n": types.CreateContractTypeDocument,
    "\n  mutation UpdateContractType($id: ID!, $input: ContractTypeInput!) {\n    updateContractType(id: $id, input: $input) {\n      ...ContractTypeFields\n    }\n  }\n": types.UpdateContractTypeDocument,
    "\n  query SellingChannels {\n    sellingChannels {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n": types.SellingChannelsDocument,
    "\n  mutation CreateSellingChannel($input: SellingChannelInput!) {\n    createSellingChannel(input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n": types.CreateSellingChannelDocument,
    "\n  mutation UpdateSellingChannel($id: ID!, $input: SellingChannelInput!) {\n    updateSellingChannel(id: $id, input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n": types.UpdateSellingChannelDocument,
    "\n  query ForbearanceCases($loanId: ID!) {\n    forbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedBy\n      requestedOn\n      reason\n      monthlyIncome\n      monthlyExpenses\n      situation\n      helpAsked\n      helpNote\n      assessmentNote\n      offer {\n        measure\n        installments\n        additionalInstallments\n        from\n        annualRate\n        months\n        amount\n      }\n      offeredOn\n      acceptanceChannel\n      acceptedOn\n      inForceOn\n      scheduleVersion\n      endedOn\n      endNote\n      currency\n    }\n  }\n": types.ForbearanceCasesDocument,
    "\n  query ForbearanceAssessment($caseId: ID!) {\n    forbearanceAssessment(caseId: $caseId) {\n      asOf\n      currency\n      overdueTotal\n      overduePrincipal\n      overdueInterest\n      penaltyInterest\n      overdueFees\n      overdueInstallments\n      daysPastDue\n      remainingBalance\n      earlierCases\n      payments {\n        date\n        amount\n        status\n      }\n    }\n  }\n": types.ForbearanceAssessmentDocument,
    "\n  query ForbearancePreview($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    forbearancePreview(caseId: $caseId, offer: $offer) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      totalPayableBefore\n      totalPayableAfter\n      maturityBefore\n      maturityAfter\n      amountForgiven\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          total\n        }\n        after {\n          dueDate\n          total\n        }\n      }\n    }\n  }\n": types.ForbearancePreviewDocument,
    "\n  mutation RequestForbearance($input: ForbearanceRequestInput!) {\n    requestForbearance(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestForbearanceDocument,
    "\n  mutation AssessForbearance($caseId: ID!, $note: String!) {\n    assessForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n": types.AssessForbearanceDocument,
    "\n  mutation OfferForbearance($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    offerForbearance(caseId: $caseId, offer: $offer) {\n      id\n      status\n    }\n  }\n": types.OfferForbearanceDocument,
    "\n  mutation RecordForbearanceAcceptance($caseId: ID!, $channel: ForbearanceAcceptanceChannel!) {\n    recordForbearanceAcceptance(caseId: $caseId, channel: $channel) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n": types.RecordForbearanceAcceptanceDocument,
    "\n  mutation RefuseForbearance($caseId: ID!, $note: String!) {\n    refuseForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n": types.RefuseForbearanceDocument,
    "\n  fragment LegalRateFields on LegalRate {\n    id\n    kind\n    validFrom\n    value\n    multiplier\n    spread\n    source\n    reason\n    correctsId\n    withdrawn\n    current\n    createdAt\n  }\n": types.LegalRateFieldsFragmentDoc,
    "\n  query LegalRates {\n    legalRates {\n      ...LegalRateFields\n    }\n    legalRatesStatus {\n      lastReferenceFrom\n      lastEntryOn\n      staleAfterDays\n      daysSinceLastEntry\n      stale\n    }\n  }\n": types.LegalRatesDocument,
    "\n  query LegalMaxima($date: Date) {\n    legalMaxima(date: $date) {\n      date\n      referenceRate\n      referenceFrom\n      maxInterest\n      maxLateInterest\n    }\n  }\n": types.LegalMaximaDocument,
    "\n  query LegalRatesAudit {\n    auditLog(filter: { entity: \"legal_rate\" }, first: 20) {\n      edges {\n        node {\n          id\n          at\n          actorType\n          action\n          entityId\n          after\n        }\n      }\n    }\n  }\n": types.LegalRatesAuditDocument,
    "\n  mutation AddLegalRate($input: LegalRateInput!) {\n    addLegalRate(input: $input) {\n      ...LegalRateFields\n    }\n  }\n": types.AddLegalRateDocument,
    "\n  mutation SetLegalRatesStaleAfterDays($days: Int!) {\n    setLegalRatesStaleAfterDays(days: $days)\n  }\n": types.SetLegalRatesStaleAfterDaysDocument,
    "\n  query PrepareMassNotices($params: MassParamsInput!) {\n    prepareMassNotices(params: $params) {\n      preparationId\n      preparationDate\n      fileCount\n      rowCount\n      itemCount\n      rows {\n        fileId\n        fileDisplayNumber\n        partyId\n        partyName\n        address\n        phone\n        smsConsent\n        items {\n          ...NoticeItemFields\n        }\n        totals {\n          overdueBalance\n          futureBalance\n          overpaymentBalance\n          total\n        }\n      }\n    }\n  }\n": types.PrepareMassNoticesDocument,
    "\n  mutation CreateMassNotices($input: CreateMassNoticesInput!) {\n    createMassNotices(input: $input) {\n      ids\n      count\n      reusedFiles\n    }\n  }\n": types.CreateMassNoticesDocument,
    "\n  fragment NoticeItemFields on ReceivableItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n  }\n": types.NoticeItemFieldsFragmentDoc,
    "\n  fragment NoticeItemWithCurrentFields on NoticeItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n    current {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      amount\n    }\n  }\n": types.NoticeItemWithCurrentFieldsFragmentDoc,
    "\n  fragment NoticeListFields on Notice {\n    id\n    fileId\n    fileDisplayNumber\n    kindCode\n    fileNumber\n    reason\n    channel\n    createdOn\n    createdAt\n    promiseDate\n    phone\n    manualPhone\n    email\n    subject\n    manualEmail\n    bouncedAt\n    reminderRule\n    text\n    note\n    templateId\n    templateName\n    sendStatus\n    sentAt\n    deliveryStatus\n    deliveryStatusAt\n    failureReason\n    settlementStatus\n    canDelete\n    canSend\n    canCheckStatus\n    createdByName\n    addressee {\n      partyId\n      name\n      address\n      mobile\n      smsConsent\n      email\n      emailConsent\n      departed\n    }\n    totals {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      total\n      currency\n    }\n  }\n": types.NoticeListFieldsFragmentDoc,
    "\n  query NoticeDetails($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      promiseOutcome\n      editable {\n        items\n        refreshItems\n        text\n        phone\n        template\n        promiseDate\n        note\n      }\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n      statusHistory {\n        status\n        source\n        applied\n        at\n      }\n    }\n  }\n": types.NoticeDetailsDocument,
    "\n  query NoticeItems($id: ID!) {\n    notice(id: $id) {\n      id\n      text\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n    }\n  }\n": types.NoticeItemsDocument,
    "\n  query NoticeDraft($fileId: ID!, $reason: ContactReason!, $createdOn: Date) {\n    noticeDraft(fileId: $fileId, reason: $reason, createdOn: $createdOn) {\n      createdOn\n      addressees {\n        partyId\n        name\n        address\n        mobile\n        smsConsent\n        email\n        emailConsent\n        departed\n      }\n      items {\n        ...NoticeItemFields\n      }\n      totals {\n        overdueBalance\n        futureBalance\n        overpaymentBalance\n        total\n      }\n    }\n  }\n": types.NoticeDraftDocument,
    "\n  query NoticeFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      displayNumber\n      receivableKind {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.NoticeFileDocument,
    "\n  mutation CreateNotice($input: CreateNoticeInput!) {\n    createNotice(input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": types.CreateNoticeDocument,
    "\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": types.UpdateNoticeDocument,
    "\n  mutation RefreshNoticeItems($id: ID!) {\n    refreshNoticeItems(id: $id) {\n      ...NoticeListFields\n    }\n  }\n": types.RefreshNoticeItemsDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": types.DeleteNoticeDocument,
    "\n  mutation DeleteNotices($ids: [ID!]!) {\n    deleteNotices(ids: $ids)\n  }\n": types.DeleteNoticesDocument,
    "\n  mutation SendNotices($ids: [ID!]!) {\n    sendNotices(ids: $ids)\n  }\n": types.SendNoticesDocument,
    "\n  query NoticeSendJob($id: ID!) {\n    noticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n      failures {\n        noticeId\n        reason\n      }\n    }\n  }\n": types.NoticeSendJobDocument,
    "\n  mutation AbortNoticeSendJob($id: ID!) {\n    abortNoticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n    }\n  }\n": types.AbortNoticeSendJobDocument,
    "\n  mutation CheckNoticeStatus($ids: [ID!]!) {\n    checkNoticeStatus(ids: $ids) {\n      ...NoticeListFields\n    }\n  }\n": types.CheckNoticeStatusDocument,
    "\n  query Notices($filter: NoticeFilter, $first: Int, $after: String, $sort: NoticeSort) {\n    notices(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalsByCurrency {\n        currency\n        count\n        amount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  query CollectionUsers {\n    users {\n      id\n      name\n      active\n    }\n  }\n": types.CollectionUsersDocument,
    "\n  query CollectionMe {\n    me {\n      id\n      name\n      roles\n    }\n  }\n": types.CollectionMeDocument,
    "\n  fragment SmsSettingsFields on SmsIntegrationSettings {\n    active\n    endpointUrl\n    backupEndpointUrl\n    senderName\n    profileTokenSet\n    smsTokenSet\n    lastTestAt\n    lastTestOk\n    lastTestMessage\n    updatedAt\n  }\n": types.SmsSettingsFieldsFragmentDoc,
    "\n  query SoftCollectionSettings {\n    softCollectionSettings {\n      active\n      sms {\n        ...SmsSettingsFields\n      }\n    }\n  }\n": types.SoftCollectionSettingsDocument,
    "\n  mutation ActivateSoftCollection {\n    activateSoftCollection {\n      active\n    }\n  }\n": types.ActivateSoftCollectionDocument,
    "\n  mutation DeactivateSoftCollection {\n    deactivateSoftCollection {\n      active\n    }\n  }\n": types.DeactivateSoftCollectionDocument,
    "\n  mutation UpdateSmsSettings($input: SmsIntegrationInput!) {\n    updateSmsIntegrationSettings(input: $input) {\n      ...SmsSettingsFields\n    }\n  }\n": types.UpdateSmsSettingsDocument,
    "\n  mutation TestSmsConnection {\n    testSmsConnection {\n      ok\n      message\n      points\n      providerCode\n      reason\n      senderNames\n      testedAt\n      username\n    }\n  }\n": types.TestSmsConnectionDocument,
    "\n  mutation ActivateSms {\n    activateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n": types.ActivateSmsDocument,
    "\n  mutation DeactivateSms {\n    deactivateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n": types.DeactivateSmsDocument,
    "\n  query Users {\n    users {\n      id\n      email\n      name\n      locale\n      active\n      roles\n      totpEnabled\n      lockedUntil\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UnlockStaffUser($id: ID!) {\n    unlockStaffUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n": types.UnlockStaffUserDocument,
    "\n  query UserSessions($userId: ID!) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.UserSessionsDocument,
    "\n  mutation EndUserSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n": types.EndUserSessionDocument,
    "\n  mutation EndAllUserSessions($userId: ID!) {\n    endAllStaffSessions(userId: $userId)\n  }\n": types.EndAllUserSessionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n      locale\n      active\n      roles\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUserRoles($id: ID!, $roles: [Role!]!, $active: Boolean) {\n    updateUserRoles(id: $id, roles: $roles, active: $active) {\n      id\n      active\n      roles\n    }\n  }\n": types.UpdateUserRolesDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $role: ApiTokenRole!) {\n    createApiToken(name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ReminderSettings {\n    reminderSettings {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n": types.ReminderSettingsDocument,
    "\n  mutation UpdateReminderSettings($upcomingEnabled: Boolean!, $upcomingDays: Int!, $skDelayEnabled: Boolean!) {\n    updateReminderSettings(upcomingEnabled: $upcomingEnabled, upcomingDays: $upcomingDays, skDelayEnabled: $skDelayEnabled) {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n": types.UpdateReminderSettingsDocument,
    "\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id)\n  }\n": types.ResetUserTotpDocument,
    "\n  query ReminderStatus {\n    reminderStatus {\n      businessDate\n      upcomingDays\n      jobs {\n        kind\n        enabled\n        cron\n        timezone\n        nextRunAt\n        lastRun {\n          id\n          kind\n          runOn\n          trigger\n          considered\n          sent\n          failed\n          skipped\n          skippedReasons {\n            reason\n            count\n          }\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n": types.ReminderStatusDocument,
    "\n  mutation RunReminders($kind: ReminderKind!) {\n    runReminders(kind: $kind) {\n      id\n      kind\n      sent\n      failed\n      skipped\n    }\n  }\n": types.RunRemindersDocument,
    "\n  fragment StatementFields on BankStatement {\n    id\n    format\n    dialect\n    account\n    currency\n    statementNumber\n    openingBalance\n    closingBalance\n    closingDate\n    fileName\n    source\n    receivedAt\n    sequenceGap {\n      previous\n      missingFrom\n      missingTo\n    }\n    counts {\n      lines\n      newLines\n      duplicates\n      posted\n      unmatched\n      other\n    }\n  }\n": types.StatementFieldsFragmentDoc,
    "\n  fragment StatementLineFields on StatementLine {\n    id\n    statementId\n    ordinal\n    bookingDate\n    direction\n    amount\n    currency\n    bankReference\n    counterpartyName\n    counterpartyAccount\n    title\n    variableSymbol\n    status\n    matchRule\n    matchReason\n    matchDetail\n    loanId\n    loanNumber\n    paymentId\n    note\n    payerRelation\n    payerDetail\n  }\n": types.StatementLineFieldsFragmentDoc,
    "\n  mutation ImportStatement($input: ImportStatementInput!) {\n    importStatement(input: $input) {\n      ...StatementFields\n    }\n  }\n": types.ImportStatementDocument,
    "\n  query BankStatements {\n    bankStatements(limit: 50) {\n      ...StatementFields\n    }\n  }\n": types.BankStatementsDocument,
    "\n  query BankStatement($id: ID!) {\n    bankStatement(id: $id) {\n      ...StatementFields\n    }\n    statementLines(filter: { statementId: $id, limit: 1000 }) {\n      ...StatementLineFields\n    }\n  }\n": types.BankStatementDocument,
    "\n  query StatementQueue($filter: StatementLineFilter!) {\n    statementLines(filter: $filter) {\n      ...StatementLineFields\n    }\n    statementQueueCounts {\n      unmatched\n      posted\n      returned\n      notOurs\n      statements\n      gaps\n    }\n  }\n": types.StatementQueueDocument,
    "\n  query StatementLineSuggestions($lineId: ID!) {\n    statementLineSuggestions(lineId: $lineId) {\n      loanId\n      loanNumber\n      status\n      currency\n      score\n      reason\n    }\n  }\n": types.StatementLineSuggestionsDocument,
    "\n  mutation AssignStatementLine($input: AssignStatementLineInput!) {\n    assignStatementLine(input: $input) {\n      ...StatementLineFields\n    }\n  }\n": types.AssignStatementLineDocument,
    "\n  mutation MarkStatementLine($lineId: ID!, $mark: StatementLineMark!, $note: String) {\n    markStatementLine(lineId: $lineId, mark: $mark, note: $note) {\n      ...StatementLineFields\n    }\n  }\n": types.MarkStatementLineDocument,
    "\n  mutation UndoStatementLineMatch($lineId: ID!, $reason: String!) {\n    undoStatementLineMatch(lineId: $lineId, reason: $reason) {\n      ...StatementLineFields\n    }\n  }\n": types.UndoStatementLineMatchDocument,
    "\n  fragment RefundFields on RefundRequest {\n    id\n    loanId\n    loanNumber\n    lineId\n    amount\n    currency\n    beneficiaryName\n    beneficiaryAccount\n    title\n    status\n    requestedOn\n    requestedBy\n    exportedAt\n    cancelReason\n  }\n": types.RefundFieldsFragmentDoc,
    "\n  query RefundRequests($status: String) {\n    refundRequests(status: $status, limit: 500) {\n      ...RefundFields\n    }\n  }\n": types.RefundRequestsDocument,
    "\n  mutation RequestRefund($input: RequestRefundInput!) {\n    requestRefund(input: $input) {\n      ...RefundFields\n    }\n  }\n": types.RequestRefundDocument,
    "\n  mutation CancelRefund($id: ID!, $reason: String!) {\n    cancelRefund(id: $id, reason: $reason) {\n      ...RefundFields\n    }\n  }\n": types.CancelRefundDocument,
    "\n  mutation ExportRefunds($currency: String!) {\n    exportRefunds(currency: $currency) {\n      exportId\n      fileName\n      csv\n      count\n      total\n      currency\n    }\n  }\n": types.ExportRefundsDocument,
    "\n  fragment TemplateFields on NoticeTemplate {\n    id\n    name\n    channel\n    reason\n    text\n    promiseAddendum\n    subject\n    usedBy\n    updatedAt\n  }\n": types.TemplateFieldsFragmentDoc,
    "\n  query Templates {\n    noticeTemplates {\n      ...TemplateFields\n    }\n  }\n": types.TemplatesDocument,
    "\n  query TemplatePlaceholders($reason: ContactReason!) {\n    templatePlaceholders(reason: $reason) {\n      tag\n      token\n      label\n      labelPl\n      scope\n    }\n  }\n": types.TemplatePlaceholdersDocument,
    "\n  query PreviewTemplate($input: TemplatePreviewInput!) {\n    previewTemplate(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n": types.PreviewTemplateDocument,
    "\n  mutation CreateNoticeTemplate($input: NoticeTemplateInput!) {\n    createNoticeTemplate(input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": types.CreateNoticeTemplateDocument,
    "\n  mutation UpdateNoticeTemplate($id: ID!, $input: NoticeTemplateInput!) {\n    updateNoticeTemplate(id: $id, input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n": types.UpdateNoticeTemplateDocument,
    "\n  mutation DeleteNoticeTemplate($id: ID!) {\n    deleteNoticeTemplate(id: $id)\n  }\n": types.DeleteNoticeTemplateDocument,
    "\n  fragment SmsNormalisationFields on SmsNormalisation {\n    changed\n    replaced {\n      from\n      to\n      count\n    }\n    removed {\n      char\n      count\n    }\n  }\n": types.SmsNormalisationFieldsFragmentDoc,
    "\n  fragment SmsLengthFields on SmsLength {\n    characters\n    units\n    parts\n    perPart\n  }\n": types.SmsLengthFieldsFragmentDoc,
    "\n  query NoticeTemplatesForReason($reason: ContactReason, $channel: NoticeChannel) {\n    noticeTemplates(reason: $reason, channel: $channel) {\n      id\n      name\n      channel\n      reason\n    }\n  }\n": types.NoticeTemplatesForReasonDocument,
    "\n  query GenerateNoticeText($input: GenerateNoticeTextInput!) {\n    generateNoticeText(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n": types.GenerateNoticeTextDocument,
    "\n  query CollectionKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n    softCollectionStatus {\n      active\n      smsIntegrationActive\n    }\n  }\n": types.CollectionKindsDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    locale\n    businessDate\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
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
export function graphql(source: "\n  query AuditScreen($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actorType\n          actorId\n          action\n          entity\n          entityId\n          ip\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditScreen($filter: AuditLogFilter, $first: Int) {\n    auditLog(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actorType\n          actorId\n          action\n          entity\n          entityId\n          ip\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, totpCode: $totpCode) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurity {\n    mySecurity {\n      totpEnabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MySecurity {\n    mySecurity {\n      totpEnabled\n      enrolmentRequired\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      uri\n      qrDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSessions($userId: ID) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query StaffSessions($userId: ID) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndStaffSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndStaffSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherStaffSessions {\n    endAllStaffSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherStaffSessions {\n    endAllStaffSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientZoneAccessPreview($loanId: ID!) {\n    clientZoneAccessPreview(loanId: $loanId) {\n      loanId\n      partyId\n      borrowerName\n      login\n      maskedPhone\n      accountExists\n      accountStatus\n      lockedUntil\n      canGrant\n      issues {\n        rule\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientZoneAccessPreview($loanId: ID!) {\n    clientZoneAccessPreview(loanId: $loanId) {\n      loanId\n      partyId\n      borrowerName\n      login\n      maskedPhone\n      accountExists\n      accountStatus\n      lockedUntil\n      canGrant\n      issues {\n        rule\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantClientZoneAccess($loanId: ID!) {\n    grantClientZoneAccess(loanId: $loanId) {\n      accountId\n      partyId\n      login\n      maskedPhone\n      sentAt\n      otpExpiresAt\n      created\n      smsId\n    }\n  }\n"): (typeof documents)["\n  mutation GrantClientZoneAccess($loanId: ID!) {\n    grantClientZoneAccess(loanId: $loanId) {\n      accountId\n      partyId\n      login\n      maskedPhone\n      sentAt\n      otpExpiresAt\n      created\n      smsId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeClientZoneAccess($loanId: ID!) {\n    revokeClientZoneAccess(loanId: $loanId) {\n      id\n      partyId\n      login\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeClientZoneAccess($loanId: ID!) {\n    revokeClientZoneAccess(loanId: $loanId) {\n      id\n      partyId\n      login\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearClientZoneLockout($loanId: ID!) {\n    clearClientZoneLockout(loanId: $loanId) {\n      id\n      status\n      lockedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation ClearClientZoneLockout($loanId: ID!) {\n    clearClientZoneLockout(loanId: $loanId) {\n      id\n      status\n      lockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientZoneAccessLoans($partyId: ID!) {\n    loans(filter: { partyId: $partyId }, first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          principal\n          currency\n          product {\n            id\n            code\n            name\n          }\n          file {\n            id\n            displayNumber\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientZoneAccessLoans($partyId: ID!) {\n    loans(filter: { partyId: $partyId }, first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          principal\n          currency\n          product {\n            id\n            code\n            name\n          }\n          file {\n            id\n            displayNumber\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientZoneAccessLoan($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      status\n      product {\n        id\n        code\n        name\n      }\n      file {\n        id\n        displayNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientZoneAccessLoan($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      status\n      product {\n        id\n        code\n        name\n      }\n      file {\n        id\n        displayNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientMeFields on ClientMe {\n    partyId\n    login\n    name\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment ClientMeFields on ClientMe {\n    partyId\n    login\n    name\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMe {\n    clientMe {\n      ...ClientMeFields\n    }\n  }\n"): (typeof documents)["\n  query ClientMe {\n    clientMe {\n      ...ClientMeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientZoneStaffSession {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query ClientZoneStaffSession {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientLogin($login: String!, $password: String!) {\n    clientLogin(login: $login, password: $password) {\n      ...ClientMeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClientLogin($login: String!, $password: String!) {\n    clientLogin(login: $login, password: $password) {\n      ...ClientMeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientRequestOneTimePassword($login: String!) {\n    clientRequestOneTimePassword(login: $login)\n  }\n"): (typeof documents)["\n  mutation ClientRequestOneTimePassword($login: String!) {\n    clientRequestOneTimePassword(login: $login)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientLogout {\n    clientLogout\n  }\n"): (typeof documents)["\n  mutation ClientLogout {\n    clientLogout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientChangePassword($currentPassword: String!, $newPassword: String!) {\n    clientChangePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ClientMeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClientChangePassword($currentPassword: String!, $newPassword: String!) {\n    clientChangePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ...ClientMeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLoans {\n    myLoans {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n    }\n  }\n"): (typeof documents)["\n  query MyLoans {\n    myLoans {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLoan($id: ID!) {\n    myLoan(id: $id) {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n      disbursementDate\n      interestRate\n      interestRateInForce\n      scheduleChanges {\n        version\n        reason\n        effectiveDate\n        maxInterest\n      }\n      gracePeriodMonths\n      repaymentAccount\n      variableSymbol\n      totalDebt\n      penaltyInterestRate\n      deposit\n      suggestedPaymentAmount\n      schedule {\n        number\n        date\n        principal\n        interest\n        total\n        status\n        outstanding\n      }\n      repayments {\n        id\n        date\n        amount\n        principal\n        interest\n        penaltyInterest\n        other\n        deposit\n        method\n      }\n      onlinePayments {\n        id\n        amount\n        description\n        status\n        gateway\n        transactionId\n        createdAt\n        paidAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLoan($id: ID!) {\n    myLoan(id: $id) {\n      id\n      number\n      currency\n      amount\n      installmentsCount\n      status\n      product\n      borrower\n      myRole\n      nextDueDate\n      nextDueAmount\n      overdueAmount\n      canPayOnline\n      disbursementDate\n      interestRate\n      interestRateInForce\n      scheduleChanges {\n        version\n        reason\n        effectiveDate\n        maxInterest\n      }\n      gracePeriodMonths\n      repaymentAccount\n      variableSymbol\n      totalDebt\n      penaltyInterestRate\n      deposit\n      suggestedPaymentAmount\n      schedule {\n        number\n        date\n        principal\n        interest\n        total\n        status\n        outstanding\n      }\n      repayments {\n        id\n        date\n        amount\n        principal\n        interest\n        penaltyInterest\n        other\n        deposit\n        method\n      }\n      onlinePayments {\n        id\n        amount\n        description\n        status\n        gateway\n        transactionId\n        createdAt\n        paidAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOnlinePayment($loanId: ID!, $amount: Decimal!, $description: String, $email: String) {\n    startOnlinePayment(loanId: $loanId, amount: $amount, description: $description, email: $email) {\n      onlinePaymentId\n      redirectUrl\n      transactionId\n      gateway\n      amount\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartOnlinePayment($loanId: ID!, $amount: Decimal!, $description: String, $email: String) {\n    startOnlinePayment(loanId: $loanId, amount: $amount, description: $description, email: $email) {\n      onlinePaymentId\n      redirectUrl\n      transactionId\n      gateway\n      amount\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyForbearanceCases($loanId: ID!) {\n    myForbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedOn\n      helpAsked\n      offer {\n        measure\n      }\n      offeredOn\n      inForceOn\n      scheduleVersion\n      endedOn\n    }\n  }\n"): (typeof documents)["\n  query MyForbearanceCases($loanId: ID!) {\n    myForbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedOn\n      helpAsked\n      offer {\n        measure\n      }\n      offeredOn\n      inForceOn\n      scheduleVersion\n      endedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyForbearanceOffer($caseId: ID!) {\n    myForbearanceOffer(caseId: $caseId) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      maturityBefore\n      maturityAfter\n      totalPayableBefore\n      totalPayableAfter\n      lines {\n        number\n        dueDate\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyForbearanceOffer($caseId: ID!) {\n    myForbearanceOffer(caseId: $caseId) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      maturityBefore\n      maturityAfter\n      totalPayableBefore\n      totalPayableAfter\n      lines {\n        number\n        dueDate\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMyForbearance($input: ForbearanceRequestInput!) {\n    requestMyForbearance(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMyForbearance($input: ForbearanceRequestInput!) {\n    requestMyForbearance(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMyForbearanceOffer($caseId: ID!) {\n    acceptMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMyForbearanceOffer($caseId: ID!) {\n    acceptMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMyForbearanceOffer($caseId: ID!) {\n    declineMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineMyForbearanceOffer($caseId: ID!) {\n    declineMyForbearanceOffer(caseId: $caseId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanContract($loanId: ID!) {\n    loan(id: $loanId) {\n      id\n      number\n      currency\n      contract {\n        contractTypeCode\n        contractTypeName\n        rateCalculatedBy\n        installmentCalculatedBy\n        sellingChannelRequirement\n        aprCheckBy\n        methodRpmn\n        interestRate\n        rpmn\n        odplata\n        sellingChannelCode\n        sellingChannelName\n        salePlaceCode\n        salePlaceName\n        dealerCode\n        dealerName\n        signatureDate\n        recalculationDate\n        receivedAt\n        authorisationCode\n        contractStatusCode\n        paymentForm\n        downPayment\n        contractPrice\n        insurance\n        lastInstallment\n        repaymentAccount\n        variableSymbol\n        registeredBy\n        products {\n          position\n          productCode\n          price\n          contractPrice\n          producer\n          brand\n          serialNo\n        }\n        optionalData {\n          code\n          dataCode\n          dataDesc\n          dataNocode\n        }\n        notes {\n          code\n          value\n          date\n        }\n        approvals {\n          approvalCode\n          value\n          validFrom\n          validTo\n        }\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n          nationalId\n          nonstopBanking\n          clientNumbers\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoanContract($loanId: ID!) {\n    loan(id: $loanId) {\n      id\n      number\n      currency\n      contract {\n        contractTypeCode\n        contractTypeName\n        rateCalculatedBy\n        installmentCalculatedBy\n        sellingChannelRequirement\n        aprCheckBy\n        methodRpmn\n        interestRate\n        rpmn\n        odplata\n        sellingChannelCode\n        sellingChannelName\n        salePlaceCode\n        salePlaceName\n        dealerCode\n        dealerName\n        signatureDate\n        recalculationDate\n        receivedAt\n        authorisationCode\n        contractStatusCode\n        paymentForm\n        downPayment\n        contractPrice\n        insurance\n        lastInstallment\n        repaymentAccount\n        variableSymbol\n        registeredBy\n        products {\n          position\n          productCode\n          price\n          contractPrice\n          producer\n          brand\n          serialNo\n        }\n        optionalData {\n          code\n          dataCode\n          dataDesc\n          dataNocode\n        }\n        notes {\n          code\n          value\n          date\n        }\n        approvals {\n          approvalCode\n          value\n          validFrom\n          validTo\n        }\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n          nationalId\n          nonstopBanking\n          clientNumbers\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCard($partyId: ID!) {\n    party(id: $partyId) {\n      id\n      displayName\n      history {\n        id\n        changedAt\n        source\n        changedBy\n        changedByName\n        fromMergedParty\n        changes {\n          field\n          before\n          after\n        }\n      }\n      addressVersions {\n        id\n        kind\n        street\n        houseNumber\n        flatNumber\n        zip\n        city\n        country\n        validFrom\n        validTo\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientCard($partyId: ID!) {\n    party(id: $partyId) {\n      id\n      displayName\n      history {\n        id\n        changedAt\n        source\n        changedBy\n        changedByName\n        fromMergedParty\n        changes {\n          field\n          before\n          after\n        }\n      }\n      addressVersions {\n        id\n        kind\n        street\n        houseNumber\n        flatNumber\n        zip\n        city\n        country\n        validFrom\n        validTo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNonstopBanking($partyId: ID!, $value: NonstopBanking!) {\n    setNonstopBanking(partyId: $partyId, value: $value)\n  }\n"): (typeof documents)["\n  mutation SetNonstopBanking($partyId: ID!, $value: NonstopBanking!) {\n    setNonstopBanking(partyId: $partyId, value: $value)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateParties {\n    duplicateParties {\n      nationalId\n      parties {\n        id\n        name\n        cisId\n        consolidatedId\n        clientNumbers\n        loans\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicateParties {\n    duplicateParties {\n      nationalId\n      parties {\n        id\n        name\n        cisId\n        consolidatedId\n        clientNumbers\n        loans\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPartyMerge($input: MergePartiesInput!) {\n    previewPartyMerge(input: $input) {\n      survivorId\n      mergedId\n      nationalId\n      loans\n      roles {\n        fileId\n        role\n        action\n      }\n      contacts {\n        id\n        type\n        value\n        smsConsent\n        action\n      }\n      addresses {\n        id\n        kind\n        line\n        validFrom\n        validTo\n        action\n      }\n      historyEntries\n      clientNumbers\n    }\n  }\n"): (typeof documents)["\n  query PreviewPartyMerge($input: MergePartiesInput!) {\n    previewPartyMerge(input: $input) {\n      survivorId\n      mergedId\n      nationalId\n      loans\n      roles {\n        fileId\n        role\n        action\n      }\n      contacts {\n        id\n        type\n        value\n        smsConsent\n        action\n      }\n      addresses {\n        id\n        kind\n        line\n        validFrom\n        validTo\n        action\n      }\n      historyEntries\n      clientNumbers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeParties($input: MergePartiesInput!) {\n    mergeParties(input: $input) {\n      survivorId\n      mergedId\n      loans\n    }\n  }\n"): (typeof documents)["\n  mutation MergeParties($input: MergePartiesInput!) {\n    mergeParties(input: $input) {\n      survivorId\n      mergedId\n      loans\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsMe {\n    me {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  query ContractsMe {\n    me {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalePlaces {\n    salePlaces {\n      id\n      code\n      name\n      cooperationFrom\n      cooperationTo\n      dealers {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalePlaces {\n    salePlaces {\n      id\n      code\n      name\n      cooperationFrom\n      cooperationTo\n      dealers {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSalePlace($input: SalePlaceInput!) {\n    createSalePlace(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSalePlace($input: SalePlaceInput!) {\n    createSalePlace(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSalePlace($id: ID!, $input: SalePlaceInput!) {\n    updateSalePlace(id: $id, input: $input) {\n      id\n      cooperationTo\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSalePlace($id: ID!, $input: SalePlaceInput!) {\n    updateSalePlace(id: $id, input: $input) {\n      id\n      cooperationTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDealer($input: DealerInput!) {\n    createDealer(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDealer($input: DealerInput!) {\n    createDealer(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardStatementCounts {\n    statementQueueCounts {\n      unmatched\n      posted\n      gaps\n    }\n  }\n"): (typeof documents)["\n  query DashboardStatementCounts {\n    statementQueueCounts {\n      unmatched\n      posted\n      gaps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioSummary($asOf: Date) {\n    portfolioSummary(asOf: $asOf) {\n      asOf\n      loans\n      activeLoans\n      currencies {\n        currency\n        loans\n        activeLoans\n        outstanding\n        outstandingPrincipal\n        overdue\n        collectedLast30Days\n        byDaysPastDue {\n          bucket\n          loans\n          overdue\n          outstanding\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioSummary($asOf: Date) {\n    portfolioSummary(asOf: $asOf) {\n      asOf\n      loans\n      activeLoans\n      currencies {\n        currency\n        loans\n        activeLoans\n        outstanding\n        outstandingPrincipal\n        overdue\n        collectedLast30Days\n        byDaysPastDue {\n          bucket\n          loans\n          overdue\n          outstanding\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionsByDay($from: Date!, $to: Date!, $currency: String) {\n    collectionsByDay(from: $from, to: $to, currency: $currency) {\n      date\n      currency\n      amount\n      count\n    }\n  }\n"): (typeof documents)["\n  query CollectionsByDay($from: Date!, $to: Date!, $currency: String) {\n    collectionsByDay(from: $from, to: $to, currency: $currency) {\n      date\n      currency\n      amount\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeStats($from: Date!, $to: Date) {\n    softCollectionStatus {\n      active\n    }\n    noticeStats(from: $from, to: $to) {\n      from\n      to\n      created\n      sent\n      delivered\n      collectedWithin14Days {\n        currency\n        amount\n      }\n      promisesKept\n      promisesBroken\n      promisesPending\n    }\n  }\n"): (typeof documents)["\n  query NoticeStats($from: Date!, $to: Date) {\n    softCollectionStatus {\n      active\n    }\n    noticeStats(from: $from, to: $to) {\n      from\n      to\n      created\n      sent\n      delivered\n      collectedWithin14Days {\n        currency\n        amount\n      }\n      promisesKept\n      promisesBroken\n      promisesPending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalRatesStatus {\n    legalRatesStatus {\n      lastEntryOn\n      daysSinceLastEntry\n      staleAfterDays\n      stale\n    }\n  }\n"): (typeof documents)["\n  query LegalRatesStatus {\n    legalRatesStatus {\n      lastEntryOn\n      daysSinceLastEntry\n      staleAfterDays\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DebtorFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      number\n      displayNumber\n      status\n      receivableKind {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          kind\n          displayName\n          firstName\n          lastName\n          companyName\n          nationalId\n          country\n          departedDate\n          departed\n          smsConsent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileLoans($fileId: ID!) {\n    fileLoans(fileId: $fileId) {\n      id\n      number\n      status\n      currency\n      principal\n      annualRate\n      penaltyRate\n      apr\n      installmentsCount\n      disbursementDate\n      scheduleVersion\n      product {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FileLoans($fileId: ID!) {\n    fileLoans(fileId: $fileId) {\n      id\n      number\n      status\n      currency\n      principal\n      annualRate\n      penaltyRate\n      apr\n      installmentsCount\n      disbursementDate\n      scheduleVersion\n      product {\n        id\n        code\n        name\n      }\n      parties {\n        role\n        party {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BalancesFields on LoanBalances {\n    asOf\n    daysPastDue\n    overdueBalance\n    overduePrincipal\n    overdueInterest\n    overdueFees\n    futureBalance\n    overpaymentBalance\n    penaltyInterest\n    remainingBalance\n    totalOutstanding\n  }\n"): (typeof documents)["\n  fragment BalancesFields on LoanBalances {\n    asOf\n    daysPastDue\n    overdueBalance\n    overduePrincipal\n    overdueInterest\n    overdueFees\n    futureBalance\n    overpaymentBalance\n    penaltyInterest\n    remainingBalance\n    totalOutstanding\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduleLineFields on ScheduleLine {\n    number\n    dueDate\n    principal\n    interest\n    total\n    balance\n    principalPaid\n    interestPaid\n    penaltyInterest\n    outstanding\n    paymentStatus\n    daysPastDue\n  }\n"): (typeof documents)["\n  fragment ScheduleLineFields on ScheduleLine {\n    number\n    dueDate\n    principal\n    interest\n    total\n    balance\n    principalPaid\n    interestPaid\n    penaltyInterest\n    outstanding\n    paymentStatus\n    daysPastDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanReceivables($id: ID!, $asOf: Date) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      balances(asOf: $asOf) {\n        ...BalancesFields\n      }\n      schedule(asOf: $asOf) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoanReceivables($id: ID!, $asOf: Date) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      balances(asOf: $asOf) {\n        ...BalancesFields\n      }\n      schedule(asOf: $asOf) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentFields on Payment {\n    id\n    loanId\n    paymentDate\n    amount\n    method\n    kind\n    status\n    description\n    createdAt\n    reversedAt\n    reversalReason\n    currency\n    allocations {\n      kind\n      effectiveDate\n      installmentNumber\n      component\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentFields on Payment {\n    id\n    loanId\n    paymentDate\n    amount\n    method\n    kind\n    status\n    description\n    createdAt\n    reversedAt\n    reversalReason\n    currency\n    allocations {\n      kind\n      effectiveDate\n      installmentNumber\n      component\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanPayments($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      payments {\n        ...PaymentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoanPayments($id: ID!) {\n    loan(id: $id) {\n      id\n      number\n      currency\n      payments {\n        ...PaymentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPayment($input: RegisterPaymentInput!) {\n    registerPayment(input: $input) {\n      replayed\n      remainingBalance\n      payment {\n        ...PaymentFields\n      }\n      balances {\n        ...BalancesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPayment($input: RegisterPaymentInput!) {\n    registerPayment(input: $input) {\n      replayed\n      remainingBalance\n      payment {\n        ...PaymentFields\n      }\n      balances {\n        ...BalancesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReversePayment($id: ID!, $reason: String!) {\n    reversePayment(id: $id, reason: $reason) {\n      ...PaymentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReversePayment($id: ID!, $reason: String!) {\n    reversePayment(id: $id, reason: $reason) {\n      ...PaymentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanScheduleVersions($id: ID!) {\n    loan(id: $id) {\n      id\n      scheduleVersion\n      currency\n      scheduleVersions {\n        version\n        reason\n        effectiveDate\n        createdAt\n        current\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoanScheduleVersions($id: ID!) {\n    loan(id: $id) {\n      id\n      scheduleVersion\n      currency\n      scheduleVersions {\n        version\n        reason\n        effectiveDate\n        createdAt\n        current\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoanScheduleVersion($id: ID!, $version: Int) {\n    loan(id: $id) {\n      id\n      schedule(version: $version) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LoanScheduleVersion($id: ID!, $version: Int) {\n    loan(id: $id) {\n      id\n      schedule(version: $version) {\n        ...ScheduleLineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExtraordinaryPreview($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!) {\n    extraordinaryRepaymentPreview(loanId: $loanId, date: $date, amount: $amount, mode: $mode) {\n      amount\n      date\n      mode\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      principalBefore\n      principalAfter\n      recomputedFromStart\n      newVersion\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          principal\n          interest\n          total\n        }\n        after {\n          dueDate\n          principal\n          interest\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExtraordinaryPreview($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!) {\n    extraordinaryRepaymentPreview(loanId: $loanId, date: $date, amount: $amount, mode: $mode) {\n      amount\n      date\n      mode\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      principalBefore\n      principalAfter\n      recomputedFromStart\n      newVersion\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          principal\n          interest\n          total\n        }\n        after {\n          dueDate\n          principal\n          interest\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExecuteExtraordinary($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!, $paymentMethod: PaymentMethod!) {\n    executeExtraordinaryRepayment(loanId: $loanId, date: $date, amount: $amount, mode: $mode, paymentMethod: $paymentMethod) {\n      newVersion\n      installmentAfter\n      installmentsAfter\n    }\n  }\n"): (typeof documents)["\n  mutation ExecuteExtraordinary($loanId: ID!, $date: Date!, $amount: Decimal!, $mode: ExtraordinaryRepaymentMode!, $paymentMethod: PaymentMethod!) {\n    executeExtraordinaryRepayment(loanId: $loanId, date: $date, amount: $amount, mode: $mode, paymentMethod: $paymentMethod) {\n      newVersion\n      installmentAfter\n      installmentsAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EarlyRepaymentQuote($loanId: ID!, $date: Date!) {\n    earlyRepaymentQuote(loanId: $loanId, date: $date) {\n      date\n      principal\n      interest\n      accruedInterest\n      accruedDays\n      accruedFrom\n      accumulatedInterest\n      unpaidInstallmentInterest\n      arrears\n      overpayment\n      total\n      explanation\n    }\n  }\n"): (typeof documents)["\n  query EarlyRepaymentQuote($loanId: ID!, $date: Date!) {\n    earlyRepaymentQuote(loanId: $loanId, date: $date) {\n      date\n      principal\n      interest\n      accruedInterest\n      accruedDays\n      accruedFrom\n      accumulatedInterest\n      unpaidInstallmentInterest\n      arrears\n      overpayment\n      total\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyContacts($partyId: ID!) {\n    partyContacts(partyId: $partyId) {\n      partyId\n      name\n      departed\n      contacts {\n        id\n        partyId\n        type\n        value\n        note\n        smsConsent\n        updatedAt\n      }\n      consentChanges {\n        contactId\n        consent\n        source\n        changedAt\n        changedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyContacts($partyId: ID!) {\n    partyContacts(partyId: $partyId) {\n      partyId\n      name\n      departed\n      contacts {\n        id\n        partyId\n        type\n        value\n        note\n        smsConsent\n        updatedAt\n      }\n      consentChanges {\n        contactId\n        consent\n        source\n        changedAt\n        changedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($partyId: ID!, $input: ContactInput!) {\n    createContact(partyId: $partyId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContact($partyId: ID!, $input: ContactInput!) {\n    createContact(partyId: $partyId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileNotices($fileId: ID!) {\n    notices(filter: { fileId: $fileId }, first: 100, sort: CREATED_DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          createdOn\n          channel\n          reason\n          sendStatus\n          deliveryStatus\n          sentAt\n          createdByName\n          promiseDate\n          promiseOutcome\n          addressee {\n            name\n          }\n          totals {\n            total\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FileNotices($fileId: ID!) {\n    notices(filter: { fileId: $fileId }, first: 100, sort: CREATED_DESC) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          createdOn\n          channel\n          reason\n          sendStatus\n          deliveryStatus\n          sentAt\n          createdByName\n          promiseDate\n          promiseOutcome\n          addressee {\n            name\n          }\n          totals {\n            total\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n        nonstopBanking\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DebtorFileSummaryFields on DebtorFile {\n    id\n    number\n    displayNumber\n    status\n    receivableKind {\n      id\n      code\n      name\n    }\n    parties {\n      role\n      party {\n        id\n        kind\n        displayName\n        nationalId\n        departed\n        departedDate\n        smsConsent\n        nonstopBanking\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query DictReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n      currency\n    }\n  }\n"): (typeof documents)["\n  query DictReceivableKinds {\n    receivableKinds {\n      id\n      code\n      name\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReceivableKind($input: ReceivableKindInput!) {\n    createReceivableKind(input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReceivableKind($input: ReceivableKindInput!) {\n    createReceivableKind(input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReceivableKind($id: ID!, $input: ReceivableKindInput!) {\n    updateReceivableKind(id: $id, input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReceivableKind($id: ID!, $input: ReceivableKindInput!) {\n    updateReceivableKind(id: $id, input: $input) {\n      id\n      code\n      name\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractTypeFields on ContractType {\n    id\n    code\n    name\n    country\n    deferralMonths\n    receivableKindId\n    rateCalculatedBy\n    installmentCalculatedBy\n    sellingChannelRequirement\n    aprCheckBy\n    interestMethod\n    conventions {\n      rounding\n      installmentMultiple\n      partPeriodInterest\n      emi\n      payoffInterest\n      earlyMoney\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ContractTypeFields on ContractType {\n    id\n    code\n    name\n    country\n    deferralMonths\n    receivableKindId\n    rateCalculatedBy\n    installmentCalculatedBy\n    sellingChannelRequirement\n    aprCheckBy\n    interestMethod\n    conventions {\n      rounding\n      installmentMultiple\n      partPeriodInterest\n      emi\n      payoffInterest\n      earlyMoney\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractTypes {\n    contractTypes {\n      ...ContractTypeFields\n    }\n  }\n"): (typeof documents)["\n  query ContractTypes {\n    contractTypes {\n      ...ContractTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractType($input: ContractTypeInput!) {\n    createContractType(input: $input) {\n      ...ContractTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContractType($input: ContractTypeInput!) {\n    createContractType(input: $input) {\n      ...ContractTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractType($id: ID!, $input: ContractTypeInput!) {\n    updateContractType(id: $id, input: $input) {\n      ...ContractTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContractType($id: ID!, $input: ContractTypeInput!) {\n    updateContractType(id: $id, input: $input) {\n      ...ContractTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SellingChannels {\n    sellingChannels {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  query SellingChannels {\n    sellingChannels {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSellingChannel($input: SellingChannelInput!) {\n    createSellingChannel(input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSellingChannel($input: SellingChannelInput!) {\n    createSellingChannel(input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSellingChannel($id: ID!, $input: SellingChannelInput!) {\n    updateSellingChannel(id: $id, input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSellingChannel($id: ID!, $input: SellingChannelInput!) {\n    updateSellingChannel(id: $id, input: $input) {\n      id\n      code\n      name\n      validFrom\n      validTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbearanceCases($loanId: ID!) {\n    forbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedBy\n      requestedOn\n      reason\n      monthlyIncome\n      monthlyExpenses\n      situation\n      helpAsked\n      helpNote\n      assessmentNote\n      offer {\n        measure\n        installments\n        additionalInstallments\n        from\n        annualRate\n        months\n        amount\n      }\n      offeredOn\n      acceptanceChannel\n      acceptedOn\n      inForceOn\n      scheduleVersion\n      endedOn\n      endNote\n      currency\n    }\n  }\n"): (typeof documents)["\n  query ForbearanceCases($loanId: ID!) {\n    forbearanceCases(loanId: $loanId) {\n      id\n      status\n      requestedBy\n      requestedOn\n      reason\n      monthlyIncome\n      monthlyExpenses\n      situation\n      helpAsked\n      helpNote\n      assessmentNote\n      offer {\n        measure\n        installments\n        additionalInstallments\n        from\n        annualRate\n        months\n        amount\n      }\n      offeredOn\n      acceptanceChannel\n      acceptedOn\n      inForceOn\n      scheduleVersion\n      endedOn\n      endNote\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbearanceAssessment($caseId: ID!) {\n    forbearanceAssessment(caseId: $caseId) {\n      asOf\n      currency\n      overdueTotal\n      overduePrincipal\n      overdueInterest\n      penaltyInterest\n      overdueFees\n      overdueInstallments\n      daysPastDue\n      remainingBalance\n      earlierCases\n      payments {\n        date\n        amount\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbearanceAssessment($caseId: ID!) {\n    forbearanceAssessment(caseId: $caseId) {\n      asOf\n      currency\n      overdueTotal\n      overduePrincipal\n      overdueInterest\n      penaltyInterest\n      overdueFees\n      overdueInstallments\n      daysPastDue\n      remainingBalance\n      earlierCases\n      payments {\n        date\n        amount\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForbearancePreview($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    forbearancePreview(caseId: $caseId, offer: $offer) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      totalPayableBefore\n      totalPayableAfter\n      maturityBefore\n      maturityAfter\n      amountForgiven\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          total\n        }\n        after {\n          dueDate\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForbearancePreview($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    forbearancePreview(caseId: $caseId, offer: $offer) {\n      measure\n      currency\n      installmentBefore\n      installmentAfter\n      installmentsBefore\n      installmentsAfter\n      totalPayableBefore\n      totalPayableAfter\n      maturityBefore\n      maturityAfter\n      amountForgiven\n      diff {\n        number\n        changed\n        totalDelta\n        before {\n          dueDate\n          total\n        }\n        after {\n          dueDate\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestForbearance($input: ForbearanceRequestInput!) {\n    requestForbearance(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestForbearance($input: ForbearanceRequestInput!) {\n    requestForbearance(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessForbearance($caseId: ID!, $note: String!) {\n    assessForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AssessForbearance($caseId: ID!, $note: String!) {\n    assessForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfferForbearance($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    offerForbearance(caseId: $caseId, offer: $offer) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OfferForbearance($caseId: ID!, $offer: ForbearanceOfferInput!) {\n    offerForbearance(caseId: $caseId, offer: $offer) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordForbearanceAcceptance($caseId: ID!, $channel: ForbearanceAcceptanceChannel!) {\n    recordForbearanceAcceptance(caseId: $caseId, channel: $channel) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n"): (typeof documents)["\n  mutation RecordForbearanceAcceptance($caseId: ID!, $channel: ForbearanceAcceptanceChannel!) {\n    recordForbearanceAcceptance(caseId: $caseId, channel: $channel) {\n      id\n      status\n      scheduleVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseForbearance($caseId: ID!, $note: String!) {\n    refuseForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseForbearance($caseId: ID!, $note: String!) {\n    refuseForbearance(caseId: $caseId, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalRateFields on LegalRate {\n    id\n    kind\n    validFrom\n    value\n    multiplier\n    spread\n    source\n    reason\n    correctsId\n    withdrawn\n    current\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LegalRateFields on LegalRate {\n    id\n    kind\n    validFrom\n    value\n    multiplier\n    spread\n    source\n    reason\n    correctsId\n    withdrawn\n    current\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalRates {\n    legalRates {\n      ...LegalRateFields\n    }\n    legalRatesStatus {\n      lastReferenceFrom\n      lastEntryOn\n      staleAfterDays\n      daysSinceLastEntry\n      stale\n    }\n  }\n"): (typeof documents)["\n  query LegalRates {\n    legalRates {\n      ...LegalRateFields\n    }\n    legalRatesStatus {\n      lastReferenceFrom\n      lastEntryOn\n      staleAfterDays\n      daysSinceLastEntry\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalMaxima($date: Date) {\n    legalMaxima(date: $date) {\n      date\n      referenceRate\n      referenceFrom\n      maxInterest\n      maxLateInterest\n    }\n  }\n"): (typeof documents)["\n  query LegalMaxima($date: Date) {\n    legalMaxima(date: $date) {\n      date\n      referenceRate\n      referenceFrom\n      maxInterest\n      maxLateInterest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalRatesAudit {\n    auditLog(filter: { entity: \"legal_rate\" }, first: 20) {\n      edges {\n        node {\n          id\n          at\n          actorType\n          action\n          entityId\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LegalRatesAudit {\n    auditLog(filter: { entity: \"legal_rate\" }, first: 20) {\n      edges {\n        node {\n          id\n          at\n          actorType\n          action\n          entityId\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLegalRate($input: LegalRateInput!) {\n    addLegalRate(input: $input) {\n      ...LegalRateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddLegalRate($input: LegalRateInput!) {\n    addLegalRate(input: $input) {\n      ...LegalRateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLegalRatesStaleAfterDays($days: Int!) {\n    setLegalRatesStaleAfterDays(days: $days)\n  }\n"): (typeof documents)["\n  mutation SetLegalRatesStaleAfterDays($days: Int!) {\n    setLegalRatesStaleAfterDays(days: $days)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrepareMassNotices($params: MassParamsInput!) {\n    prepareMassNotices(params: $params) {\n      preparationId\n      preparationDate\n      fileCount\n      rowCount\n      itemCount\n      rows {\n        fileId\n        fileDisplayNumber\n        partyId\n        partyName\n        address\n        phone\n        smsConsent\n        items {\n          ...NoticeItemFields\n        }\n        totals {\n          overdueBalance\n          futureBalance\n          overpaymentBalance\n          total\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PrepareMassNotices($params: MassParamsInput!) {\n    prepareMassNotices(params: $params) {\n      preparationId\n      preparationDate\n      fileCount\n      rowCount\n      itemCount\n      rows {\n        fileId\n        fileDisplayNumber\n        partyId\n        partyName\n        address\n        phone\n        smsConsent\n        items {\n          ...NoticeItemFields\n        }\n        totals {\n          overdueBalance\n          futureBalance\n          overpaymentBalance\n          total\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMassNotices($input: CreateMassNoticesInput!) {\n    createMassNotices(input: $input) {\n      ids\n      count\n      reusedFiles\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMassNotices($input: CreateMassNoticesInput!) {\n    createMassNotices(input: $input) {\n      ids\n      count\n      reusedFiles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeItemFields on ReceivableItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n  }\n"): (typeof documents)["\n  fragment NoticeItemFields on ReceivableItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeItemWithCurrentFields on NoticeItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n    current {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      amount\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeItemWithCurrentFields on NoticeItem {\n    id\n    kindCode\n    year\n    installmentNo\n    dueDate\n    type\n    overdueBalance\n    futureBalance\n    overpaymentBalance\n    amount\n    selected\n    current {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeListFields on Notice {\n    id\n    fileId\n    fileDisplayNumber\n    kindCode\n    fileNumber\n    reason\n    channel\n    createdOn\n    createdAt\n    promiseDate\n    phone\n    manualPhone\n    email\n    subject\n    manualEmail\n    bouncedAt\n    reminderRule\n    text\n    note\n    templateId\n    templateName\n    sendStatus\n    sentAt\n    deliveryStatus\n    deliveryStatusAt\n    failureReason\n    settlementStatus\n    canDelete\n    canSend\n    canCheckStatus\n    createdByName\n    addressee {\n      partyId\n      name\n      address\n      mobile\n      smsConsent\n      email\n      emailConsent\n      departed\n    }\n    totals {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      total\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeListFields on Notice {\n    id\n    fileId\n    fileDisplayNumber\n    kindCode\n    fileNumber\n    reason\n    channel\n    createdOn\n    createdAt\n    promiseDate\n    phone\n    manualPhone\n    email\n    subject\n    manualEmail\n    bouncedAt\n    reminderRule\n    text\n    note\n    templateId\n    templateName\n    sendStatus\n    sentAt\n    deliveryStatus\n    deliveryStatusAt\n    failureReason\n    settlementStatus\n    canDelete\n    canSend\n    canCheckStatus\n    createdByName\n    addressee {\n      partyId\n      name\n      address\n      mobile\n      smsConsent\n      email\n      emailConsent\n      departed\n    }\n    totals {\n      overdueBalance\n      futureBalance\n      overpaymentBalance\n      total\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeDetails($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      promiseOutcome\n      editable {\n        items\n        refreshItems\n        text\n        phone\n        template\n        promiseDate\n        note\n      }\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n      statusHistory {\n        status\n        source\n        applied\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeDetails($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      promiseOutcome\n      editable {\n        items\n        refreshItems\n        text\n        phone\n        template\n        promiseDate\n        note\n      }\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n      statusHistory {\n        status\n        source\n        applied\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeItems($id: ID!) {\n    notice(id: $id) {\n      id\n      text\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeItems($id: ID!) {\n    notice(id: $id) {\n      id\n      text\n      items {\n        ...NoticeItemWithCurrentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeDraft($fileId: ID!, $reason: ContactReason!, $createdOn: Date) {\n    noticeDraft(fileId: $fileId, reason: $reason, createdOn: $createdOn) {\n      createdOn\n      addressees {\n        partyId\n        name\n        address\n        mobile\n        smsConsent\n        email\n        emailConsent\n        departed\n      }\n      items {\n        ...NoticeItemFields\n      }\n      totals {\n        overdueBalance\n        futureBalance\n        overpaymentBalance\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeDraft($fileId: ID!, $reason: ContactReason!, $createdOn: Date) {\n    noticeDraft(fileId: $fileId, reason: $reason, createdOn: $createdOn) {\n      createdOn\n      addressees {\n        partyId\n        name\n        address\n        mobile\n        smsConsent\n        email\n        emailConsent\n        departed\n      }\n      items {\n        ...NoticeItemFields\n      }\n      totals {\n        overdueBalance\n        futureBalance\n        overpaymentBalance\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      displayNumber\n      receivableKind {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeFile($id: ID!) {\n    debtorFile(id: $id) {\n      id\n      displayNumber\n      receivableKind {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotice($input: CreateNoticeInput!) {\n    createNotice(input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotice($input: CreateNoticeInput!) {\n    createNotice(input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotice($id: ID!, $input: UpdateNoticeInput!) {\n    updateNotice(id: $id, input: $input) {\n      notice {\n        ...NoticeListFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshNoticeItems($id: ID!) {\n    refreshNoticeItems(id: $id) {\n      ...NoticeListFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshNoticeItems($id: ID!) {\n    refreshNoticeItems(id: $id) {\n      ...NoticeListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotices($ids: [ID!]!) {\n    deleteNotices(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation DeleteNotices($ids: [ID!]!) {\n    deleteNotices(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNotices($ids: [ID!]!) {\n    sendNotices(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation SendNotices($ids: [ID!]!) {\n    sendNotices(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeSendJob($id: ID!) {\n    noticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n      failures {\n        noticeId\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeSendJob($id: ID!) {\n    noticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n      failures {\n        noticeId\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbortNoticeSendJob($id: ID!) {\n    abortNoticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n    }\n  }\n"): (typeof documents)["\n  mutation AbortNoticeSendJob($id: ID!) {\n    abortNoticeSendJob(id: $id) {\n      id\n      status\n      total\n      handedOver\n      inFlight\n      sent\n      delivered\n      failed\n      aborted\n      pending\n      processed\n      abortRequested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckNoticeStatus($ids: [ID!]!) {\n    checkNoticeStatus(ids: $ids) {\n      ...NoticeListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckNoticeStatus($ids: [ID!]!) {\n    checkNoticeStatus(ids: $ids) {\n      ...NoticeListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($filter: NoticeFilter, $first: Int, $after: String, $sort: NoticeSort) {\n    notices(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalsByCurrency {\n        currency\n        count\n        amount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notices($filter: NoticeFilter, $first: Int, $after: String, $sort: NoticeSort) {\n    notices(filter: $filter, first: $first, after: $after, sort: $sort) {\n      totalCount\n      totalsByCurrency {\n        currency\n        count\n        amount\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionUsers {\n    users {\n      id\n      name\n      active\n    }\n  }\n"): (typeof documents)["\n  query CollectionUsers {\n    users {\n      id\n      name\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionMe {\n    me {\n      id\n      name\n      roles\n    }\n  }\n"): (typeof documents)["\n  query CollectionMe {\n    me {\n      id\n      name\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmsSettingsFields on SmsIntegrationSettings {\n    active\n    endpointUrl\n    backupEndpointUrl\n    senderName\n    profileTokenSet\n    smsTokenSet\n    lastTestAt\n    lastTestOk\n    lastTestMessage\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment SmsSettingsFields on SmsIntegrationSettings {\n    active\n    endpointUrl\n    backupEndpointUrl\n    senderName\n    profileTokenSet\n    smsTokenSet\n    lastTestAt\n    lastTestOk\n    lastTestMessage\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SoftCollectionSettings {\n    softCollectionSettings {\n      active\n      sms {\n        ...SmsSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SoftCollectionSettings {\n    softCollectionSettings {\n      active\n      sms {\n        ...SmsSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateSoftCollection {\n    activateSoftCollection {\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateSoftCollection {\n    activateSoftCollection {\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateSoftCollection {\n    deactivateSoftCollection {\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateSoftCollection {\n    deactivateSoftCollection {\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmsSettings($input: SmsIntegrationInput!) {\n    updateSmsIntegrationSettings(input: $input) {\n      ...SmsSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmsSettings($input: SmsIntegrationInput!) {\n    updateSmsIntegrationSettings(input: $input) {\n      ...SmsSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestSmsConnection {\n    testSmsConnection {\n      ok\n      message\n      points\n      providerCode\n      reason\n      senderNames\n      testedAt\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation TestSmsConnection {\n    testSmsConnection {\n      ok\n      message\n      points\n      providerCode\n      reason\n      senderNames\n      testedAt\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateSms {\n    activateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateSms {\n    activateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateSms {\n    deactivateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateSms {\n    deactivateSmsIntegration {\n      ...SmsSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      email\n      name\n      locale\n      active\n      roles\n      totpEnabled\n      lockedUntil\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      email\n      name\n      locale\n      active\n      roles\n      totpEnabled\n      lockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockStaffUser($id: ID!) {\n    unlockStaffUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockStaffUser($id: ID!) {\n    unlockStaffUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSessions($userId: ID!) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query UserSessions($userId: ID!) {\n    staffSessions(userId: $userId) {\n      id\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation EndUserSession($id: ID!) {\n    endStaffSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndAllUserSessions($userId: ID!) {\n    endAllStaffSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation EndAllUserSessions($userId: ID!) {\n    endAllStaffSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n      locale\n      active\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n      name\n      locale\n      active\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserRoles($id: ID!, $roles: [Role!]!, $active: Boolean) {\n    updateUserRoles(id: $id, roles: $roles, active: $active) {\n      id\n      active\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserRoles($id: ID!, $roles: [Role!]!, $active: Boolean) {\n    updateUserRoles(id: $id, roles: $roles, active: $active) {\n      id\n      active\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $role: ApiTokenRole!) {\n    createApiToken(name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $role: ApiTokenRole!) {\n    createApiToken(name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderSettings {\n    reminderSettings {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n"): (typeof documents)["\n  query ReminderSettings {\n    reminderSettings {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReminderSettings($upcomingEnabled: Boolean!, $upcomingDays: Int!, $skDelayEnabled: Boolean!) {\n    updateReminderSettings(upcomingEnabled: $upcomingEnabled, upcomingDays: $upcomingDays, skDelayEnabled: $skDelayEnabled) {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReminderSettings($upcomingEnabled: Boolean!, $upcomingDays: Int!, $skDelayEnabled: Boolean!) {\n    updateReminderSettings(upcomingEnabled: $upcomingEnabled, upcomingDays: $upcomingDays, skDelayEnabled: $skDelayEnabled) {\n      upcomingEnabled\n      upcomingDays\n      skDelayEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderStatus {\n    reminderStatus {\n      businessDate\n      upcomingDays\n      jobs {\n        kind\n        enabled\n        cron\n        timezone\n        nextRunAt\n        lastRun {\n          id\n          kind\n          runOn\n          trigger\n          considered\n          sent\n          failed\n          skipped\n          skippedReasons {\n            reason\n            count\n          }\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReminderStatus {\n    reminderStatus {\n      businessDate\n      upcomingDays\n      jobs {\n        kind\n        enabled\n        cron\n        timezone\n        nextRunAt\n        lastRun {\n          id\n          kind\n          runOn\n          trigger\n          considered\n          sent\n          failed\n          skipped\n          skippedReasons {\n            reason\n            count\n          }\n          startedAt\n          finishedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReminders($kind: ReminderKind!) {\n    runReminders(kind: $kind) {\n      id\n      kind\n      sent\n      failed\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation RunReminders($kind: ReminderKind!) {\n    runReminders(kind: $kind) {\n      id\n      kind\n      sent\n      failed\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementFields on BankStatement {\n    id\n    format\n    dialect\n    account\n    currency\n    statementNumber\n    openingBalance\n    closingBalance\n    closingDate\n    fileName\n    source\n    receivedAt\n    sequenceGap {\n      previous\n      missingFrom\n      missingTo\n    }\n    counts {\n      lines\n      newLines\n      duplicates\n      posted\n      unmatched\n      other\n    }\n  }\n"): (typeof documents)["\n  fragment StatementFields on BankStatement {\n    id\n    format\n    dialect\n    account\n    currency\n    statementNumber\n    openingBalance\n    closingBalance\n    closingDate\n    fileName\n    source\n    receivedAt\n    sequenceGap {\n      previous\n      missingFrom\n      missingTo\n    }\n    counts {\n      lines\n      newLines\n      duplicates\n      posted\n      unmatched\n      other\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementLineFields on StatementLine {\n    id\n    statementId\n    ordinal\n    bookingDate\n    direction\n    amount\n    currency\n    bankReference\n    counterpartyName\n    counterpartyAccount\n    title\n    variableSymbol\n    status\n    matchRule\n    matchReason\n    matchDetail\n    loanId\n    loanNumber\n    paymentId\n    note\n    payerRelation\n    payerDetail\n  }\n"): (typeof documents)["\n  fragment StatementLineFields on StatementLine {\n    id\n    statementId\n    ordinal\n    bookingDate\n    direction\n    amount\n    currency\n    bankReference\n    counterpartyName\n    counterpartyAccount\n    title\n    variableSymbol\n    status\n    matchRule\n    matchReason\n    matchDetail\n    loanId\n    loanNumber\n    paymentId\n    note\n    payerRelation\n    payerDetail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStatement($input: ImportStatementInput!) {\n    importStatement(input: $input) {\n      ...StatementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStatement($input: ImportStatementInput!) {\n    importStatement(input: $input) {\n      ...StatementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankStatements {\n    bankStatements(limit: 50) {\n      ...StatementFields\n    }\n  }\n"): (typeof documents)["\n  query BankStatements {\n    bankStatements(limit: 50) {\n      ...StatementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankStatement($id: ID!) {\n    bankStatement(id: $id) {\n      ...StatementFields\n    }\n    statementLines(filter: { statementId: $id, limit: 1000 }) {\n      ...StatementLineFields\n    }\n  }\n"): (typeof documents)["\n  query BankStatement($id: ID!) {\n    bankStatement(id: $id) {\n      ...StatementFields\n    }\n    statementLines(filter: { statementId: $id, limit: 1000 }) {\n      ...StatementLineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementQueue($filter: StatementLineFilter!) {\n    statementLines(filter: $filter) {\n      ...StatementLineFields\n    }\n    statementQueueCounts {\n      unmatched\n      posted\n      returned\n      notOurs\n      statements\n      gaps\n    }\n  }\n"): (typeof documents)["\n  query StatementQueue($filter: StatementLineFilter!) {\n    statementLines(filter: $filter) {\n      ...StatementLineFields\n    }\n    statementQueueCounts {\n      unmatched\n      posted\n      returned\n      notOurs\n      statements\n      gaps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementLineSuggestions($lineId: ID!) {\n    statementLineSuggestions(lineId: $lineId) {\n      loanId\n      loanNumber\n      status\n      currency\n      score\n      reason\n    }\n  }\n"): (typeof documents)["\n  query StatementLineSuggestions($lineId: ID!) {\n    statementLineSuggestions(lineId: $lineId) {\n      loanId\n      loanNumber\n      status\n      currency\n      score\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignStatementLine($input: AssignStatementLineInput!) {\n    assignStatementLine(input: $input) {\n      ...StatementLineFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignStatementLine($input: AssignStatementLineInput!) {\n    assignStatementLine(input: $input) {\n      ...StatementLineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkStatementLine($lineId: ID!, $mark: StatementLineMark!, $note: String) {\n    markStatementLine(lineId: $lineId, mark: $mark, note: $note) {\n      ...StatementLineFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkStatementLine($lineId: ID!, $mark: StatementLineMark!, $note: String) {\n    markStatementLine(lineId: $lineId, mark: $mark, note: $note) {\n      ...StatementLineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoStatementLineMatch($lineId: ID!, $reason: String!) {\n    undoStatementLineMatch(lineId: $lineId, reason: $reason) {\n      ...StatementLineFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoStatementLineMatch($lineId: ID!, $reason: String!) {\n    undoStatementLineMatch(lineId: $lineId, reason: $reason) {\n      ...StatementLineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RefundFields on RefundRequest {\n    id\n    loanId\n    loanNumber\n    lineId\n    amount\n    currency\n    beneficiaryName\n    beneficiaryAccount\n    title\n    status\n    requestedOn\n    requestedBy\n    exportedAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment RefundFields on RefundRequest {\n    id\n    loanId\n    loanNumber\n    lineId\n    amount\n    currency\n    beneficiaryName\n    beneficiaryAccount\n    title\n    status\n    requestedOn\n    requestedBy\n    exportedAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RefundRequests($status: String) {\n    refundRequests(status: $status, limit: 500) {\n      ...RefundFields\n    }\n  }\n"): (typeof documents)["\n  query RefundRequests($status: String) {\n    refundRequests(status: $status, limit: 500) {\n      ...RefundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRefund($input: RequestRefundInput!) {\n    requestRefund(input: $input) {\n      ...RefundFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRefund($input: RequestRefundInput!) {\n    requestRefund(input: $input) {\n      ...RefundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRefund($id: ID!, $reason: String!) {\n    cancelRefund(id: $id, reason: $reason) {\n      ...RefundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRefund($id: ID!, $reason: String!) {\n    cancelRefund(id: $id, reason: $reason) {\n      ...RefundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportRefunds($currency: String!) {\n    exportRefunds(currency: $currency) {\n      exportId\n      fileName\n      csv\n      count\n      total\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation ExportRefunds($currency: String!) {\n    exportRefunds(currency: $currency) {\n      exportId\n      fileName\n      csv\n      count\n      total\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TemplateFields on NoticeTemplate {\n    id\n    name\n    channel\n    reason\n    text\n    promiseAddendum\n    subject\n    usedBy\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TemplateFields on NoticeTemplate {\n    id\n    name\n    channel\n    reason\n    text\n    promiseAddendum\n    subject\n    usedBy\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Templates {\n    noticeTemplates {\n      ...TemplateFields\n    }\n  }\n"): (typeof documents)["\n  query Templates {\n    noticeTemplates {\n      ...TemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplatePlaceholders($reason: ContactReason!) {\n    templatePlaceholders(reason: $reason) {\n      tag\n      token\n      label\n      labelPl\n      scope\n    }\n  }\n"): (typeof documents)["\n  query TemplatePlaceholders($reason: ContactReason!) {\n    templatePlaceholders(reason: $reason) {\n      tag\n      token\n      label\n      labelPl\n      scope\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTemplate($input: TemplatePreviewInput!) {\n    previewTemplate(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewTemplate($input: TemplatePreviewInput!) {\n    previewTemplate(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNoticeTemplate($input: NoticeTemplateInput!) {\n    createNoticeTemplate(input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNoticeTemplate($input: NoticeTemplateInput!) {\n    createNoticeTemplate(input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNoticeTemplate($id: ID!, $input: NoticeTemplateInput!) {\n    updateNoticeTemplate(id: $id, input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNoticeTemplate($id: ID!, $input: NoticeTemplateInput!) {\n    updateNoticeTemplate(id: $id, input: $input) {\n      template {\n        ...TemplateFields\n      }\n      normalisation {\n        ...SmsNormalisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNoticeTemplate($id: ID!) {\n    deleteNoticeTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNoticeTemplate($id: ID!) {\n    deleteNoticeTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmsNormalisationFields on SmsNormalisation {\n    changed\n    replaced {\n      from\n      to\n      count\n    }\n    removed {\n      char\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment SmsNormalisationFields on SmsNormalisation {\n    changed\n    replaced {\n      from\n      to\n      count\n    }\n    removed {\n      char\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SmsLengthFields on SmsLength {\n    characters\n    units\n    parts\n    perPart\n  }\n"): (typeof documents)["\n  fragment SmsLengthFields on SmsLength {\n    characters\n    units\n    parts\n    perPart\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeTemplatesForReason($reason: ContactReason, $channel: NoticeChannel) {\n    noticeTemplates(reason: $reason, channel: $channel) {\n      id\n      name\n      channel\n      reason\n    }\n  }\n"): (typeof documents)["\n  query NoticeTemplatesForReason($reason: ContactReason, $channel: NoticeChannel) {\n    noticeTemplates(reason: $reason, channel: $channel) {\n      id\n      name\n      channel\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GenerateNoticeText($input: GenerateNoticeTextInput!) {\n    generateNoticeText(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query GenerateNoticeText($input: GenerateNoticeTextInput!) {\n    generateNoticeText(input: $input) {\n      text\n      raw\n      subject\n      html\n      normalisation {\n        ...SmsNormalisationFields\n      }\n      length {\n        ...SmsLengthFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectionKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n    softCollectionStatus {\n      active\n      smsIntegrationActive\n    }\n  }\n"): (typeof documents)["\n  query CollectionKinds {\n    receivableKinds {\n      id\n      code\n      name\n    }\n    softCollectionStatus {\n      active\n      smsIntegrationActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    locale\n    businessDate\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    roles\n    permissions\n    locale\n    businessDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;