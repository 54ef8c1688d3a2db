/**
 * The field lists of LOAN-7 ("Lea API"): what a partner may send. A field the seed lists as removed ("Vyhodené
 * polia": rows of the field tables with no format, e.g. `salePlaceId`, `noteId`, `variableSymbol`) is accepted and
 * ignored; any other unknown field is reported by name in the answer's `warnings` (issue 24) and ignored too.
 */

/** POST contract: fields read (seed table rows with a format, the seed example's fields, and our documented extras). */
const CONTRACT_FIELDS = [
  'client',
  'clientId',
  'applicationId',
  'contractTypeId',
  'actionId',
  'paymentsCount',
  'firstPaymentPercentage',
  'signatureDate',
  'paymentForm',
  'invoiceNumber',
  'receivedAt',
  'signatureDateOZ',
  'salePlaceCode',
  'dealerCode',
  'authorisationCode',
  'clientEmail',
  'newClient',
  'reportCode',
  'firstPaymentValue',
  'assuranceId',
  'bankAccountIban',
  'bankAcountOwner',
  'recommenderId',
  'contractStatusCode',
  'payment',
  'insurance',
  'specificSymbol',
  'spravaPrePrijimatela',
  'sellingChannel',
  'rpmn',
  'odplata',
  'interestRate',
  'methodRpmn',
  'dateOfRecalculation',
  'barcode',
  'product',
  'optionalData',
  'optionaData',
  'note',
  'bonus',
  'coApplicant',
  'approvals',
  // documented extension (docs/partner-api.md): PL non-interest costs
  'nonInterestCosts',
] as const;

/** POST contract: "Vyhodené polia" of the seed (accepted, ignored, never warned about). */
const CONTRACT_REMOVED = [
  'salePlaceId',
  'dealerId',
  'noteId',
  'noteTypeId',
  'incomeConfirmation',
  'incomeConfirmationPartner',
  'sipo',
  'accountExtract',
  'zrorExtract',
  'other',
  'variableSymbol',
  'reportId',
  'catalogId',
  'vatId',
  'bankAccount',
  'bankId',
  'bankIdIban',
  'guarantyForm',
  'guarantor1',
  'guarantor2',
  'value',
  'city',
  'description',
  'deliverTo',
  'deliveryStreet',
  'deliveryZip',
  'deliveryCity',
  'deliveryPhone',
  'deliveryDate',
  'deposit',
  'cardCode',
  'paymentCard',
  'paymentCardNumber',
  'cardAccountNumber',
  'reservedUntil',
  'numberOZ',
  'ozId',
  'numberTOZ',
  'contractId',
  'text',
  'contractPrice',
  'cashOnDelivery',
  'evidenceNumber',
  'dealerBankAccount',
  'dealerBankId',
  'dealerBankAccountId',
  'noteDate',
  'noteDate2',
  'clientCardId',
  'bankAccountForSettlementPaymentId',
  'deleteMode',
  'maturityDate',
  'firstPaymentDate',
  'depositInvoice',
  'approveQCUP',
  'interestRateClient',
  'pozicka',
  'urok',
  'complaint',
] as const;

/** Client attributes kept in client_profiles (no column of their own). Merged key by key. */
export const PROFILE_KEYS = [
  'title',
  'idCardNumber',
  'maritalStatus',
  'education',
  'supportedPersonsCount',
  'clientType',
  'housingType',
  'monthlyIncome',
  'organizationIdNumber',
  'taxIdNumber',
  'companyId',
  'companyOrganizationIdNumber',
  'companyName',
  'companyType',
  'companyAddress',
  'companyCity',
  'companyZipCode',
  'companyCountryId',
  'monthlyDeduction',
  'employedSince',
  'function',
  'residesSince',
  'jobPosition',
  'jobType',
  'previousJobDuration',
  'sector',
  'businessIncome',
  'taxBase',
  'bankAccountClient',
  'bankIdClient',
  'creditCard',
  'ineMesacneVydavky',
  'rodnePriezvisko',
  'dobaUrcitaDo',
  'platnostDokladuDo',
  'datumVydaniaIDok',
  'platnostDoIDok',
  'krajinaNarodenia',
  'typIdDanPovinnosti',
  'idDanPovinnosti',
  'personalData',
  'employer',
  'Title',
] as const;

/** POST client: every field of the seed's client table — those read into columns, addresses and contacts, plus the
 * profile attributes above — and `country`. */
const CLIENT_FIELDS = [
  'consolidatedClientId',
  'pin',
  'surname',
  'firstName',
  'permanentAddressStreet',
  'permanentAddressInfoNumber',
  'permanentAddressCity',
  'permanentAddressZipCode',
  'permanentAddressCountryId',
  'permanentAddressNumber',
  'mobilePhoneNumber',
  'clientEmail',
  'cisId',
  'clientId',
  'contactAddressStreet',
  'contactAddressNumber',
  'contactAddressInfoNumber',
  'contactAddressCity',
  'contactAddressZipCode',
  'contactAddressCountryId',
  'homePhoneNumber',
  'otherContact',
  'faxNumber',
  'employerPhoneNumber',
  'wageDepartmentPhoneNumber',
  'address',
  'contacts',
  'nonstopbanking',
  'country',
  ...PROFILE_KEYS,
] as const;

/** POST client: "Vyhodené polia" / "Nepoužíva sa" of the seed's client table. */
const CLIENT_REMOVED = ['clientCardId', 'clientCardIdType'] as const;

export interface FieldWarning {
  field: string;
  rule: 'field.unknown';
  message: string;
}

const contractKnown = new Set<string>([...CONTRACT_FIELDS, ...CONTRACT_REMOVED]);
const clientKnown = new Set<string>([...CLIENT_FIELDS, ...CLIENT_REMOVED]);

function unknownOf(body: unknown, known: Set<string>, prefix: string): FieldWarning[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.keys(body)
    .filter((k) => !known.has(k))
    .map((k) => ({ field: `${prefix}${k}`, rule: 'field.unknown' as const, message: `Unknown field ${prefix}${k} was ignored (not a field of the partner API, docs/partner-api.md)` }));
}

/** Unknown fields of a POST client body. */
export function clientWarnings(body: Record<string, unknown>, prefix = ''): FieldWarning[] {
  return unknownOf(body, clientKnown, prefix);
}

/** Unknown fields of a POST contract body, its `client{}` and its `coApplicant[]` clients. */
export function contractWarnings(body: Record<string, unknown>): FieldWarning[] {
  const out = unknownOf(body, contractKnown, '');
  if (body.client && typeof body.client === 'object') out.push(...clientWarnings(body.client as Record<string, unknown>, 'client.'));
  if (Array.isArray(body.coApplicant)) body.coApplicant.forEach((c, i) => out.push(...unknownOf(c, clientKnown, `coApplicant[${i}].`)));
  return out;
}
