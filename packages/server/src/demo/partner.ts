/**
 * Demo data of the partner API (issue 24): the LOAN-7 contract example (packages/server/test/fixtures/
 * lea-contract-example.json) posted on a fresh demo answers `resultCode: true`. It needs the contract type PZEX5, the
 * selling channel pk1, the sale place *E11527 with its dealer *E1152702 and a client with the partner number 5135010.
 * A demo PARTNER token (DEMO_PARTNER_TOKEN, printed by `npm start`) and one client registered twice (LOAN-7.2 cases
 * 3–5, to be consolidated) complete it.
 */
import type { DbHandle } from '../db/client.js';
import { sha256 } from '../lib/crypto.js';

/** Bearer token of the demo's PARTNER api token (demo only: a real one is made with createApiToken). */
export const DEMO_PARTNER_TOKEN = 'raty_pt_demo-qpartner-token';

export async function seedPartnerDemo(db: DbHandle, ids: { skKindId: string }): Promise<void> {
  const { sql } = db;
  await sql`insert into api_tokens (name, token_hash, role) values ('QPartner (demo)', ${sha256(DEMO_PARTNER_TOKEN)}, 'PARTNER') on conflict do nothing`;
  // the seed's contract type: rates and installment from the front end, channel required, RPMN checked by the recalculation date
  await sql`insert into contract_types (code, name, country, rate_calculated_by, installment_calculated_by, selling_channel_requirement, apr_check_by, interest_method, receivable_kind_id)
    values ('PZEX5', 'PZEX5 – tovarová pôžička (QPartner)', 'SK', 'FRONTEND', 'FRONTEND', 'REQUIRED', 'RECALCULATION_DATE', 'D', ${ids.skKindId})
    on conflict (code) do nothing`;
  await sql`insert into selling_channels (code, name, valid_from, valid_to) values ('pk1', 'Predajný kanál 1', '2020-01-01', null) on conflict (code) do nothing`;
  await sql`insert into sale_places (code, name, cooperation_from, cooperation_to) values
    ('*E11527', 'Predajňa Bratislava – Obchodná', '2015-01-01', null),
    ('*E10001', 'Predajňa Košice (spolupráca ukončená)', '2015-01-01', '2019-12-31'),
    ('WAW01', 'Salon Warszawa – Marszałkowska', '2015-01-01', null)
    on conflict (code) do nothing`;
  await sql`insert into dealers (code, name, sale_place_id)
    select v.code, v.name, sp.id from (values ('*E1152702', 'Ján Predajca', '*E11527'), ('*E1000101', 'Eva Predajcová', '*E10001'), ('D01', 'Jan Sprzedawca', 'WAW01')) as v(code, name, place)
    join sale_places sp on sp.code = v.place
    on conflict (code) do nothing`;
  // the seed example's clientId 5135010: the first Slovak demo client (by birth number, so the same on every fresh demo)
  await sql`insert into client_numbers (client_id, party_id)
    select 5135010, p.id from parties p where p.country = 'SK' and p.kind = 'PERSON' and p.national_id is not null
      and not exists (select 1 from client_numbers c where c.client_id = 5135010)
    order by p.national_id limit 1
    on conflict do nothing`;
}

/**
 * A client registered twice under one birth number (LOAN-7.2 case 4: one with a CIS id, one without), for the
 * duplicates report and the consolidation screen; the partner API refuses that pin until staff consolidate it.
 * Only on a first `npm start` (loadDemoDataIfEmpty), not in the test portfolios.
 */
export async function seedDuplicateClient(db: DbHandle): Promise<void> {
  const { sql } = db;
  await sql`insert into parties (kind, first_name, last_name, national_id, country, birth_date, cis_id, nonstop_banking)
    select p.kind, p.first_name, p.last_name, p.national_id, p.country, p.birth_date, 0, 'UNKNOWN' from parties p
    where p.country = 'SK' and p.kind = 'PERSON' and p.national_id is not null
      and not exists (select 1 from parties d where d.national_id = p.national_id and d.id <> p.id)
    order by p.national_id offset 1 limit 1`;
  await sql`update parties set cis_id = 700001 where id = (
    select p.id from parties p where p.country = 'SK' and p.national_id in (select national_id from parties where national_id is not null group by national_id having count(*) > 1)
    order by p.created_at, p.id limit 1) and cis_id = 0`;
}
