/**
 * The contract section of a loan (LOAN-5 "Správa zmluvy"): what the partner API stored — contract type and its
 * front-end settings, US / RPMN / Odplata and how they were set, channel, sale place, dealer, dates, products,
 * optional data, notes and approvals. Null for loans that did not come through the partner API.
 */
import type { Sql } from '../../db/client.js';

export interface ContractSection {
  contractTypeCode: string | null;
  contractTypeName: string | null;
  country: string | null;
  rateCalculatedBy: string;
  installmentCalculatedBy: string;
  sellingChannelRequirement: string | null;
  aprCheckBy: string | null;
  methodRpmn: string | null;
  interestRate: string | null;
  rpmn: string | null;
  odplata: string | null;
  sellingChannelCode: string | null;
  sellingChannelName: string | null;
  salePlaceCode: string | null;
  salePlaceName: string | null;
  dealerCode: string | null;
  dealerName: string | null;
  signatureDate: string | null;
  recalculationDate: string | null;
  receivedAt: string | null;
  authorisationCode: string | null;
  paymentForm: string | null;
  invoiceNumber: string | null;
  contractStatusCode: string | null;
  applicationId: string | null;
  actionId: string | null;
  barcode: string | null;
  firstPaymentPercentage: string | null;
  downPayment: string | null;
  contractPrice: string | null;
  insurance: string | null;
  lastInstallment: string | null;
  repaymentAccount: string;
  variableSymbol: string | null;
  registeredBy: string | null;
  registeredAt: Date;
  products: { position: number; productCode: string; price: string; contractPrice: string; producer: string | null; brand: string | null; serialNo: string | null }[];
  optionalData: { code: string; dataCode: string | null; dataDesc: string | null; dataNocode: string | null }[];
  notes: { code: string; value: string | null; date: string | null; date2: string | null }[];
  approvals: { approvalCode: string; value: string | null; validFrom: string | null; validTo: string | null; text: string | null }[];
}

export async function loanContract(sql: Sql, loanId: string): Promise<ContractSection | null> {
  const [d] = await sql<Omit<ContractSection, 'products' | 'optionalData' | 'notes' | 'approvals'>[]>`
    select ct.code as "contractTypeCode", ct.name as "contractTypeName", ct.country, d.rate_calculated_by as "rateCalculatedBy",
      d.installment_calculated_by as "installmentCalculatedBy", ct.selling_channel_requirement as "sellingChannelRequirement", ct.apr_check_by as "aprCheckBy",
      d.method_rpmn as "methodRpmn", d.interest_rate::text as "interestRate", d.rpmn::text as rpmn, d.odplata::text as odplata,
      sc.code as "sellingChannelCode", sc.name as "sellingChannelName", d.sale_place_code as "salePlaceCode", sp.name as "salePlaceName",
      d.dealer_code as "dealerCode", dl.name as "dealerName", l.signature_date::text as "signatureDate", l.recalculation_date::text as "recalculationDate",
      d.received_at::text as "receivedAt", l.authorisation_code as "authorisationCode", d.payment_form as "paymentForm", d.invoice_number as "invoiceNumber",
      d.contract_status_code as "contractStatusCode", d.application_id as "applicationId", d.action_id as "actionId", d.barcode,
      d.first_payment_percentage::text as "firstPaymentPercentage", l.down_payment::text as "downPayment", l.contract_price::text as "contractPrice",
      l.insurance::text as insurance, d.last_installment::text as "lastInstallment", l.repayment_account as "repaymentAccount", l.variable_symbol as "variableSymbol",
      coalesce(t.name, u.name, d.created_by) as "registeredBy", d.created_at as "registeredAt"
    from contract_details d join loans l on l.id = d.loan_id
    left join contract_types ct on ct.id = l.contract_type_id
    left join selling_channels sc on sc.id = l.selling_channel_id
    left join sale_places sp on sp.id = d.sale_place_id
    left join dealers dl on dl.id = d.dealer_id
    left join api_tokens t on d.created_by = 'API_TOKEN:' || t.id::text
    left join users u on d.created_by = 'STAFF:' || u.id::text
    where d.loan_id = ${loanId}`;
  if (!d) return null;
  const products = await sql<ContractSection['products']>`select position, product_code as "productCode", price::text, contract_price::text as "contractPrice", producer, brand, serial_no as "serialNo"
    from contract_products where loan_id = ${loanId} order by position`;
  const optionalData = await sql<
    ContractSection['optionalData']
  >`select code, data_code as "dataCode", data_desc as "dataDesc", data_nocode as "dataNocode" from contract_optional_data where loan_id = ${loanId} order by id`;
  const notes = await sql<ContractSection['notes']>`select code, value, date::text, date2::text from contract_notes where loan_id = ${loanId} order by id`;
  const approvals = await sql<
    ContractSection['approvals']
  >`select approval_code as "approvalCode", value, valid_from::text as "validFrom", valid_to::text as "validTo", text from contract_approvals where loan_id = ${loanId} order by id`;
  return { ...d, products: [...products], optionalData: [...optionalData], notes: [...notes], approvals: [...approvals] };
}
