import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type {
  AprCheckBy,
  CalculatedBy,
  ContractTypeFieldsFragment,
  InterestMethod,
  SellingChannelRequirement,
  SellingChannelsQuery as SellingChannelsData,
  DictReceivableKindsQuery as KindsData,
} from '../../graphql/generated/graphql';
import { fieldMatches, toApiErrors } from '../../shared/errors/graphqlErrors';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { Dialog } from '../../shared/ui/Dialog';
import { useCan, useRuleText } from '../../shared/hooks';
import { Tabs } from '../../shared/ui/Tabs';
import '../../shared/styles/servicing.css';
import { interestMethodRule } from './rules';
import './locales';
import {
  ContractTypesQuery,
  CreateContractTypeMutation,
  CreateReceivableKindMutation,
  CreateSellingChannelMutation,
  DictReceivableKindsQuery,
  SellingChannelsQuery,
  UpdateContractTypeMutation,
  UpdateReceivableKindMutation,
  UpdateSellingChannelMutation,
} from './operations';
import { todayIso } from '../../shared/businessDate';
import { normaliseAmount, toInputAmount } from '../../shared/format';
import { currentLanguage } from '../../shared/i18n/i18n';

const SECTIONS = ['kinds', 'contractTypes', 'sellingChannels'] as const;
type Section = (typeof SECTIONS)[number];

/** /dictionaries — receivable kinds, contract types (with their "Frontend" settings), selling channels. */
export function DictionariesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const section: Section = (SECTIONS as readonly string[]).includes(raw ?? '') ? (raw as Section) : 'kinds';
  const can = useCan();
  const canEdit = can('dictionaries.edit');
  return (
    <section className="page" aria-labelledby="dict-title">
      <h1 id="dict-title">{t('dictionaries.title')}</h1>
      <Tabs
        label={t('dictionaries.title')}
        tabs={SECTIONS.map((key) => ({ key, label: t(`dictionaries.tabs.${key}`) }))}
        active={section}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
      >
        {section === 'kinds' ? <KindsSection canEdit={canEdit} /> : null}
        {section === 'contractTypes' ? <ContractTypesSection canEdit={canEdit} /> : null}
        {section === 'sellingChannels' ? <SellingChannelsSection canEdit={canEdit} /> : null}
      </Tabs>
    </section>
  );
}

function SectionCard({ title, addLabel, onAdd, children }: { title: string; addLabel?: string; onAdd?: () => void; children: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <div className="section-head">
        <h2>{title}</h2>
        {onAdd && addLabel ? (
          <button type="button" className="button button--primary" onClick={onAdd}>
            {addLabel}
          </button>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** A dictionary's column: header text and cell (optionally with a class on the cell). */
interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

/**
 * The body of a dictionary section: the query's error / loading / empty states, then the table of rows with an
 * "Edit" button per row for those who may edit (all three dictionaries look and behave the same).
 */
function DictionaryTable<T extends { id: string; code: string }>({
  caption,
  rows,
  columns,
  loaded,
  loading,
  error,
  onEdit,
  compact,
}: {
  caption: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  loaded: boolean;
  loading: boolean;
  error?: unknown;
  onEdit?: (row: T) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const table = (
    <table className={compact ? 'data-table data-table--compact' : 'data-table'}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.header}>
              {c.header}
            </th>
          ))}
          {onEdit ? <th scope="col">{t('dictionaries.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((c) => (
              <td key={c.header} className={c.className}>
                {c.cell(row)}
              </td>
            ))}
            {onEdit ? (
              <td>
                <button type="button" className="button button--small" onClick={() => onEdit(row)} aria-label={t('dictionaries.editFor', { name: row.code })}>
                  {t('dictionaries.edit')}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {error ? <QueryError error={error} /> : null}
      {!loaded && loading ? <Spinner /> : null}
      {loaded && rows.length === 0 ? <EmptyState title={t('dictionaries.empty')} /> : null}
      {rows.length > 0 ? compact ? <div className="table-wrap">{table}</div> : table : null}
    </>
  );
}

/* ---------------- receivable kinds ---------------- */

type Kind = KindsData['receivableKinds'][number];
const KIND_FIELDS = ['code', 'name', 'currency', 'dayCount', 'method'] as const;

function KindsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(DictReceivableKindsQuery);
  const [editing, setEditing] = useState<Kind | 'new' | null>(null);
  return (
    <SectionCard title={t('dictionaries.tabs.kinds')} addLabel={t('dictionaries.kinds.add')} onAdd={canEdit ? () => setEditing('new') : undefined}>
      <DictionaryTable
        caption={t('dictionaries.tabs.kinds')}
        rows={data?.receivableKinds ?? []}
        loaded={Boolean(data)}
        loading={loading}
        error={error}
        onEdit={canEdit ? setEditing : undefined}
        columns={[
          { header: t('dictionaries.code'), cell: (k) => <span className="kind-code">{k.code}</span> },
          { header: t('dictionaries.name'), cell: (k) => k.name },
          { header: t('dictionaries.kinds.currency'), cell: (k) => k.currency },
        ]}
      />
      {editing ? <KindDialog kind={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </SectionCard>
  );
}

function KindDialog({ kind, onClose }: { kind: Kind | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ code: kind?.code ?? '', name: kind?.name ?? '', currency: kind?.currency ?? 'PLN', dayCount: '', method: '' });
  const [create, c] = useMutation(CreateReceivableKindMutation, { refetchQueries: ['DictReceivableKinds', 'ReceivableKinds'] });
  const [update, u] = useMutation(UpdateReceivableKindMutation, { refetchQueries: ['DictReceivableKinds', 'ReceivableKinds'] });
  const errors = useFormErrors(c.error ?? u.error, KIND_FIELDS);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      code: form.code.trim(),
      name: form.name.trim(),
      currency: form.currency.trim() || undefined,
      dayCount: form.dayCount || undefined,
      method: form.method || undefined,
    };
    try {
      if (kind) await update({ variables: { id: kind.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch {
      // shown by the form
    }
  }
  return (
    <FormDialog
      id="kind-form"
      title={kind ? t('dictionaries.kinds.editTitle', { code: kind.code }) : t('dictionaries.kinds.add')}
      onClose={onClose}
      onSubmit={submit}
      saving={c.loading || u.loading}
      banner={errors.banner}
    >
      <div className="form-grid">
        <TextField name="code" label={t('dictionaries.code')} value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value.toUpperCase() })} error={errors.byField.code} autoFocus />
        <TextField name="name" label={t('dictionaries.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={errors.byField.name} />
        <TextField
          name="currency"
          label={t('dictionaries.kinds.currency')}
          value={form.currency}
          maxLength={3}
          onChange={(e) => setForm({ ...form, currency: e.target.value.toUpperCase() })}
          error={errors.byField.currency}
        />
        <SelectField
          name="dayCount"
          label={t('dictionaries.kinds.dayCount')}
          value={form.dayCount}
          onChange={(e) => setForm({ ...form, dayCount: e.target.value })}
          options={[
            { value: '', label: kind ? t('dictionaries.unchanged') : t('dictionaries.default', { value: '30/360' }) },
            ...['30/360', 'ACT/365', 'ACT/360', 'ACT/ACT'].map((v) => ({ value: v, label: v })),
          ]}
          error={errors.byField.dayCount}
        />
        <SelectField
          name="method"
          label={t('dictionaries.kinds.method')}
          value={form.method}
          onChange={(e) => setForm({ ...form, method: e.target.value })}
          options={[
            { value: '', label: kind ? t('dictionaries.unchanged') : t('dictionaries.default', { value: t('dictionaries.kinds.ANNUITY') }) },
            { value: 'ANNUITY', label: t('dictionaries.kinds.ANNUITY') },
            { value: 'EQUAL_PRINCIPAL', label: t('dictionaries.kinds.EQUAL_PRINCIPAL') },
          ]}
          error={errors.byField.method}
        />
      </div>
    </FormDialog>
  );
}

function FormDialog({
  id,
  title,
  onClose,
  onSubmit,
  saving,
  banner,
  children,
  wide,
}: {
  id: string;
  title: string;
  onClose: () => void;
  onSubmit: (e: FormEvent) => void;
  saving: boolean;
  banner: readonly string[];
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      wide={wide}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dictionaries.cancel')}
          </button>
          <button type="submit" form={id} className="button button--primary" disabled={saving}>
            {t('dictionaries.save')}
          </button>
        </>
      }
    >
      <form id={id} className="form" onSubmit={onSubmit} noValidate>
        <ErrorBanner messages={banner} />
        {children}
      </form>
    </Dialog>
  );
}

/* ---------------- contract types ---------------- */

const GENERAL_FIELDS = ['code', 'name', 'country', 'deferralMonths', 'receivableKindCode'] as const;
const FRONTEND_FIELDS = ['rateCalculatedBy', 'installmentCalculatedBy', 'sellingChannelRequirement', 'aprCheckBy', 'interestMethod'] as const;
const CONVENTION_FIELDS = ['rounding', 'installmentMultiple', 'partPeriodInterest', 'emi', 'payoffInterest', 'earlyMoney'] as const;
const CT_FIELDS = [...GENERAL_FIELDS, ...FRONTEND_FIELDS, ...CONVENTION_FIELDS] as const;
/** Values of each convention, the engine default first (docs/domain.md §3.8). */
const CONVENTION_VALUES = {
  rounding: ['HALF_UP', 'HALF_EVEN'],
  partPeriodInterest: ['DAY_COUNT', 'ACTUAL_DAYS', 'MONTH_FRACTION', 'DAYS_30E_360'],
  emi: ['NOMINAL_MONTHLY', 'ACTUAL_DAY_RATE'],
  payoffInterest: ['TO_PAYOFF_DATE', 'TO_NEXT_DUE_DATE'],
  earlyMoney: ['DEPOSIT_UNTIL_DUE', 'APPLY_AT_ONCE'],
} as const;
type ConventionSelect = keyof typeof CONVENTION_VALUES;

function ContractTypesSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ContractTypesQuery);
  const kinds = useQuery(DictReceivableKindsQuery);
  const [editing, setEditing] = useState<ContractTypeFieldsFragment | 'new' | null>(null);
  const kindCode = (id: string | null) => kinds.data?.receivableKinds.find((k) => k.id === id)?.code ?? '—';
  const by = (v: CalculatedBy) => t(`dictionaries.calculatedBy.${v}`);
  return (
    <SectionCard title={t('dictionaries.tabs.contractTypes')} addLabel={t('dictionaries.ct.add')} onAdd={canEdit ? () => setEditing('new') : undefined}>
      <DictionaryTable
        compact
        caption={t('dictionaries.tabs.contractTypes')}
        rows={data?.contractTypes ?? []}
        loaded={Boolean(data)}
        loading={loading}
        error={error}
        onEdit={canEdit ? setEditing : undefined}
        columns={[
          { header: t('dictionaries.code'), cell: (ct) => ct.code, className: 'mono' },
          { header: t('dictionaries.name'), cell: (ct) => ct.name },
          { header: t('dictionaries.ct.country'), cell: (ct) => ct.country },
          { header: t('dictionaries.ct.kind'), cell: (ct) => <span className="kind-code">{kindCode(ct.receivableKindId)}</span> },
          { header: t('dictionaries.ct.rateCalculatedBy'), cell: (ct) => by(ct.rateCalculatedBy) },
          { header: t('dictionaries.ct.installmentCalculatedBy'), cell: (ct) => by(ct.installmentCalculatedBy) },
          { header: t('dictionaries.ct.sellingChannelRequirement'), cell: (ct) => t(`dictionaries.requirement.${ct.sellingChannelRequirement}`) },
          { header: t('dictionaries.ct.aprCheckBy'), cell: (ct) => t(`dictionaries.aprCheckBy.${ct.aprCheckBy}`) },
          { header: t('dictionaries.ct.interestMethod'), cell: (ct) => <Badge tone={ct.interestMethod === 'F' ? 'warning' : 'neutral'}>{ct.interestMethod}</Badge> },
        ]}
      />
      {editing ? <ContractTypeDialog contractType={editing === 'new' ? null : editing} kinds={kinds.data?.receivableKinds ?? []} onClose={() => setEditing(null)} /> : null}
    </SectionCard>
  );
}

function ContractTypeDialog({ contractType: ct, kinds, onClose }: { contractType: ContractTypeFieldsFragment | null; kinds: readonly Kind[]; onClose: () => void }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const [tab, setTab] = useState<'general' | 'frontend' | 'conventions'>('general');
  const [form, setForm] = useState({
    code: ct?.code ?? '',
    name: ct?.name ?? '',
    country: ct?.country ?? 'PL',
    deferralMonths: String(ct?.deferralMonths ?? 0),
    receivableKindCode: kinds.find((k) => k.id === ct?.receivableKindId)?.code ?? kinds[0]?.code ?? '',
    rateCalculatedBy: ct?.rateCalculatedBy ?? ('SYSTEM' as CalculatedBy),
    installmentCalculatedBy: ct?.installmentCalculatedBy ?? ('SYSTEM' as CalculatedBy),
    sellingChannelRequirement: ct?.sellingChannelRequirement ?? ('OPTIONAL' as SellingChannelRequirement),
    aprCheckBy: ct?.aprCheckBy ?? ('SIGNATURE_DATE' as AprCheckBy),
    interestMethod: ct?.interestMethod ?? ('D' as InterestMethod),
  });
  const [conv, setConv] = useState({
    rounding: ct?.conventions.rounding ?? 'HALF_UP',
    installmentMultiple: toInputAmount(ct?.conventions.installmentMultiple, currentLanguage()),
    partPeriodInterest: ct?.conventions.partPeriodInterest ?? 'DAY_COUNT',
    emi: ct?.conventions.emi ?? 'NOMINAL_MONTHLY',
    payoffInterest: ct?.conventions.payoffInterest ?? 'TO_PAYOFF_DATE',
    earlyMoney: ct?.conventions.earlyMoney ?? 'DEPOSIT_UNTIL_DUE',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<(typeof CT_FIELDS)[number], string>>>({});
  const [create, c] = useMutation(CreateContractTypeMutation, { refetchQueries: ['ContractTypes'] });
  const [update, u] = useMutation(UpdateContractTypeMutation, { refetchQueries: ['ContractTypes'] });
  const error = c.error ?? u.error;
  const errors = useFormErrors(error, CT_FIELDS);
  const err = (n: (typeof CT_FIELDS)[number]) => clientErrors[n] ?? errors.byField[n];
  const frontendInvalid = FRONTEND_FIELDS.some((n) => err(n));
  const generalInvalid = GENERAL_FIELDS.some((n) => err(n));
  const conventionsInvalid = CONVENTION_FIELDS.some((n) => err(n));

  function set<K extends keyof typeof form>(key: K, value: (typeof form)[K]) {
    const next = { ...form, [key]: value };
    setForm(next);
    // the F rule re-checked live, as the server will
    const rule = interestMethodRule(next.interestMethod, next.rateCalculatedBy);
    setClientErrors((prev) => ({ ...prev, interestMethod: rule ? ruleText(rule) : undefined }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof clientErrors = {};
    if (!form.code.trim()) next.code = ruleText('required');
    if (!form.name.trim()) next.name = ruleText('required');
    if (!/^\d+$/.test(form.deferralMonths.trim())) next.deferralMonths = ruleText('integer');
    const rule = interestMethodRule(form.interestMethod, form.rateCalculatedBy);
    if (rule) next.interestMethod = ruleText(rule);
    const multiple = normaliseAmount(conv.installmentMultiple);
    if (multiple && !/^\d+(\.\d{1,2})?$/.test(multiple)) next.installmentMultiple = ruleText('decimal');
    setClientErrors(next);
    if (Object.keys(next).length > 0) {
      setTab(GENERAL_FIELDS.some((n) => next[n]) ? 'general' : FRONTEND_FIELDS.some((n) => next[n]) ? 'frontend' : 'conventions');
      return;
    }
    const conventions = { ...conv, installmentMultiple: multiple || null };
    const input = { ...form, code: form.code.trim(), name: form.name.trim(), deferralMonths: Number(form.deferralMonths), conventions };
    try {
      if (ct) await update({ variables: { id: ct.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (ex) {
      // jump to the sub-tab holding the first server field error
      const fields = toApiErrors(ex).flatMap((i) => i.fields.map((f) => f.field));
      if (fields.some((f) => f.includes('conventions.'))) setTab('conventions');
      else if (fields.some((f) => FRONTEND_FIELDS.some((n) => fieldMatches(f, n))) && !fields.some((f) => GENERAL_FIELDS.some((n) => fieldMatches(f, n)))) {
        setTab('frontend');
      } else if (fields.length > 0) setTab('general');
    }
  }

  const calcOptions = (['SYSTEM', 'FRONTEND'] as const).map((v) => ({ value: v, label: t(`dictionaries.calculatedBy.${v}`) }));
  const mark = (label: string, invalid: boolean) => (invalid ? `${label} ⚠` : label);

  return (
    <FormDialog
      id="ct-form"
      title={ct ? t('dictionaries.ct.editTitle', { code: ct.code }) : t('dictionaries.ct.add')}
      onClose={onClose}
      onSubmit={submit}
      saving={c.loading || u.loading}
      banner={errors.banner}
      wide
    >
      <div className="tabs--sub">
        <Tabs
          label={t('dictionaries.ct.sections')}
          tabs={[
            { key: 'general' as const, label: mark(t('dictionaries.ct.general'), generalInvalid) },
            { key: 'frontend' as const, label: mark(t('dictionaries.ct.frontend'), frontendInvalid) },
            { key: 'conventions' as const, label: mark(t('dictionaries.ct.conventions'), conventionsInvalid) },
          ]}
          active={tab}
          onChange={setTab}
        >
          <div className="form-grid" hidden={tab !== 'general'}>
            <TextField name="code" label={t('dictionaries.code')} value={form.code} onChange={(e) => set('code', e.target.value)} error={err('code')} />
            <TextField name="name" label={t('dictionaries.name')} value={form.name} onChange={(e) => set('name', e.target.value)} error={err('name')} />
            <SelectField
              name="country"
              label={t('dictionaries.ct.country')}
              value={form.country}
              onChange={(e) => set('country', e.target.value)}
              options={[
                { value: 'PL', label: 'PL' },
                { value: 'SK', label: 'SK' },
              ]}
              error={err('country')}
            />
            <TextField
              name="deferralMonths"
              label={t('dictionaries.ct.deferralMonths')}
              inputMode="numeric"
              value={form.deferralMonths}
              onChange={(e) => set('deferralMonths', e.target.value)}
              error={err('deferralMonths')}
            />
            <SelectField
              name="receivableKindCode"
              label={t('dictionaries.ct.kind')}
              value={form.receivableKindCode}
              onChange={(e) => set('receivableKindCode', e.target.value)}
              options={kinds.map((k) => ({ value: k.code, label: `${k.code} — ${k.name}` }))}
              error={err('receivableKindCode')}
            />
          </div>
          <div className="form-grid" hidden={tab !== 'frontend'}>
            <SelectField
              name="rateCalculatedBy"
              label={t('dictionaries.ct.rateCalculatedBy')}
              value={form.rateCalculatedBy}
              onChange={(e) => set('rateCalculatedBy', e.target.value as CalculatedBy)}
              options={calcOptions}
              error={err('rateCalculatedBy')}
            />
            <SelectField
              name="installmentCalculatedBy"
              label={t('dictionaries.ct.installmentCalculatedBy')}
              value={form.installmentCalculatedBy}
              onChange={(e) => set('installmentCalculatedBy', e.target.value as CalculatedBy)}
              options={calcOptions}
              error={err('installmentCalculatedBy')}
            />
            <SelectField
              name="sellingChannelRequirement"
              label={t('dictionaries.ct.sellingChannelRequirement')}
              value={form.sellingChannelRequirement}
              onChange={(e) => set('sellingChannelRequirement', e.target.value as SellingChannelRequirement)}
              options={(['OPTIONAL', 'REQUIRED'] as const).map((v) => ({ value: v, label: t(`dictionaries.requirement.${v}`) }))}
              error={err('sellingChannelRequirement')}
            />
            <SelectField
              name="aprCheckBy"
              label={t('dictionaries.ct.aprCheckBy')}
              value={form.aprCheckBy}
              onChange={(e) => set('aprCheckBy', e.target.value as AprCheckBy)}
              options={(['SIGNATURE_DATE', 'RECALCULATION_DATE'] as const).map((v) => ({ value: v, label: t(`dictionaries.aprCheckBy.${v}`) }))}
              error={err('aprCheckBy')}
            />
            <SelectField
              name="interestMethod"
              label={t('dictionaries.ct.interestMethod')}
              value={form.interestMethod}
              onChange={(e) => set('interestMethod', e.target.value as InterestMethod)}
              options={(['D', 'E', 'F'] as const).map((v) => ({ value: v, label: t(`dictionaries.interestMethod.${v}`) }))}
              error={err('interestMethod')}
            />
            <p className="field__hint span-all">{t('dictionaries.ct.fHint')}</p>
          </div>
          <div className="form-grid" hidden={tab !== 'conventions'}>
            {(Object.keys(CONVENTION_VALUES) as ConventionSelect[]).map((key) => (
              <SelectField
                key={key}
                name={key}
                label={t(`dictionaries.conv.${key}`)}
                value={conv[key]}
                onChange={(e) => setConv((prev) => ({ ...prev, [key]: e.target.value }))}
                options={CONVENTION_VALUES[key].map((v) => ({ value: v, label: t(`dictionaries.conv.values.${v}`) }))}
                error={err(key)}
              />
            ))}
            <TextField
              name="installmentMultiple"
              label={t('dictionaries.conv.installmentMultiple')}
              inputMode="decimal"
              value={conv.installmentMultiple}
              onChange={(e) => setConv((prev) => ({ ...prev, installmentMultiple: e.target.value }))}
              error={err('installmentMultiple')}
              hint={t('dictionaries.conv.installmentMultipleHint')}
            />
            <p className="field__hint span-all">{t('dictionaries.conv.hint')}</p>
          </div>
        </Tabs>
      </div>
    </FormDialog>
  );
}

/* ---------------- selling channels ---------------- */

type Channel = SellingChannelsData['sellingChannels'][number];
const CH_FIELDS = ['code', 'name', 'validFrom', 'validTo'] as const;

function ChannelValidity({ ch }: { ch: Channel }) {
  const { t } = useTranslation();
  const today = todayIso();
  if (ch.validFrom > today) return <Badge tone="info">{t('dictionaries.ch.future')}</Badge>;
  if (ch.validTo && ch.validTo < today) return <Badge tone="neutral">{t('dictionaries.ch.expired')}</Badge>;
  return <Badge tone="success">{t('dictionaries.ch.valid')}</Badge>;
}

function SellingChannelsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SellingChannelsQuery);
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  return (
    <SectionCard title={t('dictionaries.tabs.sellingChannels')} addLabel={t('dictionaries.ch.add')} onAdd={canEdit ? () => setEditing('new') : undefined}>
      <DictionaryTable
        caption={t('dictionaries.tabs.sellingChannels')}
        rows={data?.sellingChannels ?? []}
        loaded={Boolean(data)}
        loading={loading}
        error={error}
        onEdit={canEdit ? setEditing : undefined}
        columns={[
          { header: t('dictionaries.code'), cell: (ch) => ch.code, className: 'mono' },
          { header: t('dictionaries.name'), cell: (ch) => ch.name },
          { header: t('dictionaries.ch.validFrom'), cell: (ch) => ch.validFrom },
          { header: t('dictionaries.ch.validTo'), cell: (ch) => ch.validTo ?? t('dictionaries.ch.open') },
          { header: t('dictionaries.ch.status'), cell: (ch) => <ChannelValidity ch={ch} /> },
        ]}
      />
      {editing ? <ChannelDialog channel={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </SectionCard>
  );
}

function ChannelDialog({ channel, onClose }: { channel: Channel | null; onClose: () => void }) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const [form, setForm] = useState({
    code: channel?.code ?? '',
    name: channel?.name ?? '',
    validFrom: channel?.validFrom ?? todayIso(),
    validTo: channel?.validTo ?? '',
  });
  const [clientErrors, setClientErrors] = useState<Partial<Record<(typeof CH_FIELDS)[number], string>>>({});
  const [create, c] = useMutation(CreateSellingChannelMutation, { refetchQueries: ['SellingChannels'] });
  const [update, u] = useMutation(UpdateSellingChannelMutation, { refetchQueries: ['SellingChannels'] });
  const errors = useFormErrors(c.error ?? u.error, CH_FIELDS);
  const err = (n: (typeof CH_FIELDS)[number]) => clientErrors[n] ?? errors.byField[n];
  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof clientErrors = {};
    if (!form.code.trim()) next.code = ruleText('required');
    if (!form.name.trim()) next.name = ruleText('required');
    if (!form.validFrom) next.validFrom = ruleText('required');
    if (form.validTo && form.validFrom && form.validTo < form.validFrom) next.validTo = ruleText('date.range');
    setClientErrors(next);
    if (Object.keys(next).length > 0) return;
    const input = { code: form.code.trim(), name: form.name.trim(), validFrom: form.validFrom, validTo: form.validTo || null };
    try {
      if (channel) await update({ variables: { id: channel.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch {
      // shown by the form
    }
  }
  return (
    <FormDialog
      id="ch-form"
      title={channel ? t('dictionaries.ch.editTitle', { code: channel.code }) : t('dictionaries.ch.add')}
      onClose={onClose}
      onSubmit={submit}
      saving={c.loading || u.loading}
      banner={errors.banner}
    >
      <div className="form-grid">
        <TextField name="code" label={t('dictionaries.code')} value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} error={err('code')} autoFocus />
        <TextField name="name" label={t('dictionaries.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={err('name')} />
        <TextField
          name="validFrom"
          type="date"
          label={t('dictionaries.ch.validFrom')}
          value={form.validFrom}
          onChange={(e) => setForm({ ...form, validFrom: e.target.value })}
          error={err('validFrom')}
        />
        <TextField
          name="validTo"
          type="date"
          label={t('dictionaries.ch.validTo')}
          value={form.validTo}
          onChange={(e) => setForm({ ...form, validTo: e.target.value })}
          error={err('validTo')}
          hint={t('dictionaries.ch.validToHint')}
        />
      </div>
    </FormDialog>
  );
}
