/** OpenAPI 3.1 description of the partner API (LOAN-7 field names), served at GET /api/lea/openapi.json. */

const str = (description?: string) => ({ type: ['string', 'null'], ...(description ? { description } : {}) });
const num = (description?: string) => ({ type: ['number', 'string', 'null'], ...(description ? { description } : {}) });
const int = (description?: string) => ({ type: ['integer', 'null'], ...(description ? { description } : {}) });
const date = (description?: string) => ({ type: ['string', 'null'], description: `${description ? `${description}. ` : ''}YYYY-MM-DD, YYYY-M-D or D.M.YYYY` });

const address = {
  type: 'object',
  properties: {
    type: str('PERMANENT (default) or CONTACT'),
    street: str('Ulica'),
    referenceNumber: str('Popisné číslo'),
    registerNumber: str('Súpisné číslo'),
    city: str('Mesto (required)'),
    zipCode: str('PSČ (required; SK "NNN NN")'),
    countryCode: str('Skratka štátu, e.g. SK (defaults to the client country)'),
  },
};

const client = {
  type: 'object',
  required: ['pin', 'nonstopbanking'],
  description: 'Client, identified by pin (national id) + cisId. New clients also need surname, firstName and the permanent address. Missing fields never delete stored data.',
  properties: {
    pin: str('Rodné číslo (required)'),
    country: str('SK (default) or PL: country of the pin'),
    cisId: { type: ['integer', 'string', 'null'], description: 'CIS id; replaces a stored 0 or different CIS id' },
    consolidatedClientId: { type: ['integer', 'string', 'null'] },
    surname: str('≤ 30, required for a new client'),
    firstName: str('≤ 30, required for a new client'),
    title: str(),
    idCardNumber: str(),
    nonstopbanking: { type: 'string', description: '"Áno", "Nie" or "Nie je známe" (trimmed; A/N and YES/NO/UNKNOWN accepted). Else: "Nesprávne vyplnená hodnota nonstopbanking"' },
    permanentAddressStreet: str(),
    permanentAddressNumber: str(),
    permanentAddressInfoNumber: str(),
    permanentAddressCity: str(),
    permanentAddressZipCode: str(),
    permanentAddressCountryId: str(),
    contactAddressStreet: str(),
    contactAddressNumber: str(),
    contactAddressInfoNumber: str(),
    contactAddressCity: str(),
    contactAddressZipCode: str(),
    contactAddressCountryId: str(),
    address: { type: ['array', 'null'], items: address },
    mobilePhoneNumber: str(),
    homePhoneNumber: str(),
    employerPhoneNumber: str(),
    wageDepartmentPhoneNumber: str(),
    faxNumber: str(),
    otherContact: str(),
    clientEmail: str('e-mail address'),
    maritalStatus: str(),
    education: str(),
    supportedPersonsCount: int(),
    clientType: str(),
    housingType: str(),
    monthlyIncome: num(),
    organizationIdNumber: str(),
    taxIdNumber: str(),
    companyName: str(),
    employedSince: date(),
    personalData: { type: ['array', 'null'], items: { type: 'object' } },
    employer: { type: ['array', 'null'], items: { type: 'object' } },
  },
};

const product = {
  type: 'object',
  required: ['productCode', 'price', 'contractPrice'],
  properties: { productCode: str(), price: num('price of the goods'), contractPrice: num('zmluvná cena'), producer: str(), brand: str(), serialNo: str() },
};

const contract = {
  type: 'object',
  required: [
    'contractTypeId',
    'paymentsCount',
    'firstPaymentPercentage',
    'signatureDate',
    'paymentForm',
    'salePlaceCode',
    'dealerCode',
    'authorisationCode',
    'contractStatusCode',
    'firstPaymentValue',
    'product',
  ],
  description:
    'Contract. Also required by the contract type: payment (installment FRONTEND), rpmn/odplata/interestRate/methodRpmn (rates FRONTEND), interestRate (installment SYSTEM), sellingChannel (REQUIRED), dateOfRecalculation (cap checked by RECALCULATION_DATE); and client{} or the clientId of a registered client.',
  properties: {
    client,
    clientId: { type: ['integer', 'string', 'null'], description: 'client number of a registered client (instead of client{})' },
    applicationId: { type: ['integer', 'string', 'null'] },
    contractTypeId: str('contract type code, e.g. PZEX5'),
    actionId: str(),
    paymentsCount: int('number of installments'),
    firstPaymentPercentage: num(),
    signatureDate: date('Dátum podpisu'),
    paymentForm: str(),
    invoiceNumber: str(),
    receivedAt: date('Dátum prevzatia (disbursement; default signatureDate)'),
    signatureDateOZ: date(),
    salePlaceCode: str(),
    dealerCode: str(),
    authorisationCode: str('unique: a second contract with the same code is refused (409)'),
    clientEmail: str('A/N'),
    newClient: str(),
    reportCode: str(),
    firstPaymentValue: num('down payment (akontácia)'),
    assuranceId: { type: ['integer', 'string', 'null'] },
    bankAccountIban: str('ignored: the repayment account comes from the setup'),
    bankAcountOwner: str(),
    recommenderId: str(),
    contractStatusCode: str(),
    payment: num('installment; the last installment settles the difference to the contract price'),
    insurance: num(),
    nonInterestCosts: num('PL: commission and fees paid at the start; with insurance × paymentsCount checked against MPKK (art. 36a) and included in the APR'),
    specificSymbol: str(),
    spravaPrePrijimatela: str(),
    sellingChannel: str('selling channel code, valid on the registration day'),
    rpmn: num(),
    odplata: num(),
    interestRate: num(),
    methodRpmn: str('D, E or F (F only for FRONTEND rate calculation)'),
    dateOfRecalculation: date(),
    barcode: str(),
    product: { type: 'array', items: product, minItems: 1 },
    optionalData: { type: ['array', 'null'], items: { type: 'object', required: ['code'], properties: { code: str(), dataCode: str(), dataDesc: str(), dataNocode: str() } } },
    note: { type: ['array', 'null'], items: { type: 'object', required: ['code'], properties: { code: str(), value: str(), date: date(), date2: date() } } },
    approvals: {
      type: ['array', 'null'],
      items: { type: 'object', required: ['approvalCode'], properties: { approvalCode: str(), value: str(), isValidFrom: date(), isValidTo: date(), text: str() } },
    },
    coApplicant: { type: ['array', 'null'], items: client },
    bonus: { type: ['array', 'null'] },
  },
};

const fieldIssue = { type: 'object', properties: { field: { type: ['string', 'null'] }, rule: { type: 'string' }, message: { type: 'string' }, params: { type: 'object' } } };

const result = (key: 'contract' | 'client') => ({
  type: 'object',
  required: [key, 'resultCode', 'errorMessage'],
  properties: {
    [key]: { type: ['string', 'null'], description: key === 'contract' ? 'contract number' : 'client number (clientId)' },
    resultCode: { type: 'boolean' },
    errorMessage: { type: ['string', 'null'] },
    code: { type: 'string', description: 'BAD_USER_INPUT | CONFLICT | UNAUTHENTICATED | FORBIDDEN | BAD_REQUEST | PAYLOAD_TOO_LARGE | INTERNAL_SERVER_ERROR (errors only)' },
    errors: { type: 'array', items: fieldIssue, description: 'every offending field (errors only)' },
  },
});

const responses = (key: 'contract' | 'client') => {
  const content = { 'application/json': { schema: { $ref: `#/components/schemas/${key === 'contract' ? 'ContractResult' : 'ClientResult'}` } } };
  return {
    200: { description: 'registered', content },
    400: {
      description:
        'invalid or missing fields (all named in errors[]); text with control, bidi or zero-width characters, invalid phone numbers and e-mails are refused, never cleaned (docs/partner-api.md)',
      content,
    },
    401: { description: 'no or unknown bearer token', content },
    403: { description: 'token is not a PARTNER token', content },
    409: { description: 'duplicate authorisation code, or client registered more than once (consolidation needed)', content },
    413: { description: 'body over 1 MB (declared or chunked); nothing stored', content },
    500: { description: 'system error (reference id)', content },
  };
};

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Raty partner API (Lea API, LOAN-7)', version: '1.0.0', description: 'Contract and client registration for partner front ends. See docs/partner-api.md.' },
    servers: [{ url: '/' }],
    security: [{ partnerToken: [] }],
    paths: {
      '/api/lea/contract': {
        post: {
          operationId: 'postContract',
          summary: 'Register a contract (with its client)',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Contract' } } } },
          responses: responses('contract'),
        },
      },
      '/api/lea/client': {
        post: {
          operationId: 'postClient',
          summary: 'Register or update a client',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Client' } } } },
          responses: responses('client'),
        },
      },
    },
    components: {
      securitySchemes: { partnerToken: { type: 'http', scheme: 'bearer', description: 'API token with role PARTNER (created by an ADMIN: createApiToken)' } },
      schemas: { Contract: contract, Client: client, Address: address, Product: product, ContractResult: result('contract'), ClientResult: result('client'), FieldIssue: fieldIssue },
    },
  };
}
