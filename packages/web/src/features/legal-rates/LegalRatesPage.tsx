import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { LegalRateFieldsFragment } from '../../graphql/generated/graphql';
import { Badge } from '../../shared/ui/Badge';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { useCan } from '../../shared/hooks';
import '../../shared/styles/servicing.css';
import './locales';
import { AddLegalRateMutation, LegalMaximaQuery, LegalRatesAuditQuery, LegalRatesQuery, SetLegalRatesStaleAfterDaysMutation } from './operations';
import { formatDateTime, formatRate, normaliseDecimal } from '../../shared/format';

const KINDS = ['NBP_REFERENCE', 'PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA', 'SK_MAX_RPMN', 'SK_MAX_ODPLATA'] as const;
/** formula rows (multiplier × (reference + spread)); every other kind carries a value in percent */
const FORMULA_KINDS: readonly string[] = ['PL_MAX_INTEREST_FORMULA', 'PL_MAX_LATE_INTEREST_FORMULA'];
const isSk = (kind: string) => kind.startsWith('SK_');

/**
 * /legal-rates — NBP reference rate and PL maximum-interest formulas (maxima in force, history), SK caps (maximum RPMN
 * and Odplata, dated rows), add/correct (ADMIN), audit.
 */
export function LegalRatesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { data, loading, error } = useQuery(LegalRatesQuery, { fetchPolicy: 'cache-and-network' });
  const isAdmin = can('legalRates.edit');
  return (
    <section className="page" aria-labelledby="legal-rates-title">
      <h1 id="legal-rates-title">{t('legalRates.title')}</h1>
      <p className="muted">{t('legalRates.intro')}</p>
      {error ? <QueryError error={error} /> : null}
      {!data && loading ? <Spinner /> : null}
      {data?.legalRatesStatus.stale ? (
        <div className="banner banner--warning" role="status">
          {t('legalRates.stale', { days: data.legalRatesStatus.daysSinceLastEntry ?? '—', date: data.legalRatesStatus.lastEntryOn ?? '—' })}
        </div>
      ) : null}
      <Maxima />
      {data ? <History id="history" title={t('legalRates.table.caption')} rows={data.legalRates.filter((r) => !isSk(r.kind))} /> : null}
      {data ? <History id="sk" title={t('legalRates.sk.title')} intro={t('legalRates.sk.intro')} rows={data.legalRates.filter((r) => isSk(r.kind))} /> : null}
      {isAdmin ? <AddRow /> : <EmptyState title={t('legalRates.add.adminOnly')} />}
      {isAdmin && data ? <StalePeriod days={data.legalRatesStatus.staleAfterDays} /> : null}
      {isAdmin ? <Audit /> : null}
    </section>
  );
}

function Maxima() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const [date, setDate] = useState('');
  const { data, error } = useQuery(LegalMaximaQuery, { variables: { date: date || null }, fetchPolicy: 'cache-and-network' });
  const m = data?.legalMaxima;
  return (
    <section className="card" aria-labelledby="maxima-title">
      <div className="section-head">
        <h2 id="maxima-title">
          {t('legalRates.today')} {m?.date ?? ''}
        </h2>
        <TextField name="checkDate" type="date" label={t('legalRates.checkDate')} value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      {error ? <QueryError error={error} /> : null}
      {m ? (
        <dl className="kpis" aria-label={t('legalRates.today')}>
          <div className="kpi" data-testid="max-interest">
            <dt>{t('legalRates.maxInterest')}</dt>
            <dd>{formatRate(m.maxInterest, lang)} %</dd>
          </div>
          <div className="kpi" data-testid="max-late-interest">
            <dt>{t('legalRates.maxLateInterest')}</dt>
            <dd>{formatRate(m.maxLateInterest, lang)} %</dd>
          </div>
          <div className="kpi" data-testid="reference-rate">
            <dt>{t('legalRates.reference')}</dt>
            <dd>
              {formatRate(m.referenceRate, lang)} %<span className="kpi__sub">{t('legalRates.since', { date: m.referenceFrom })}</span>
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

function History({ id, title, intro, rows }: { id: string; title: string; intro?: string; rows: readonly LegalRateFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p className="muted small">{intro}</p> : null}
      <div className="table-wrap">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('legalRates.table.kind')}</th>
              <th scope="col">{t('legalRates.table.validFrom')}</th>
              <th scope="col">{t('legalRates.table.value')}</th>
              <th scope="col">{t('legalRates.table.source')}</th>
              <th scope="col">{t('legalRates.table.reason')}</th>
              <th scope="col">{t('legalRates.table.status')}</th>
              <th scope="col">{t('legalRates.table.created')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{t(`legalRates.kinds.${r.kind}`, { defaultValue: r.kind })}</td>
                <td className="srv-date">{r.validFrom}</td>
                <td>
                  {!FORMULA_KINDS.includes(r.kind)
                    ? r.withdrawn
                      ? '—'
                      : `${formatRate(r.value, lang)} %`
                    : r.withdrawn
                      ? '—'
                      : t('legalRates.table.formula', { multiplier: formatRate(r.multiplier, lang), spread: formatRate(r.spread, lang) })}
                </td>
                <td className="small">{r.source}</td>
                <td className="small">{r.reason ?? ''}</td>
                <td>
                  {r.withdrawn ? (
                    <Badge tone="neutral">{t('legalRates.table.withdrawn')}</Badge>
                  ) : r.current ? (
                    <Badge tone="success">{t('legalRates.table.current')}</Badge>
                  ) : (
                    <Badge tone="neutral">{t('legalRates.table.superseded')}</Badge>
                  )}
                </td>
                <td className="small">{formatDateTime(r.createdAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const FIELDS = ['kind', 'validFrom', 'value', 'multiplier', 'spread', 'source', 'reason'] as const;

function AddRow() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ kind: 'NBP_REFERENCE', validFrom: '', value: '', multiplier: '2', spread: '', source: '', reason: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const [add, { loading, error }] = useMutation(AddLegalRateMutation, { refetchQueries: ['LegalRates', 'LegalMaxima', 'LegalRatesAudit'], awaitRefetchQueries: true });
  const errors = useFormErrors(error, FIELDS);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const formula = FORMULA_KINDS.includes(form.kind);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    // decimals typed with a comma are sent with a dot; the server validates and names the field
    const d = (v: string) => (v.trim() ? normaliseDecimal(v) : null);
    try {
      const r = await add({
        variables: {
          input: {
            kind: form.kind,
            validFrom: form.validFrom,
            value: formula ? null : d(form.value),
            multiplier: formula ? d(form.multiplier) : null,
            spread: formula ? d(form.spread) : null,
            source: form.source,
            reason: form.reason.trim() || null,
          },
        },
      });
      setSaved(r.data?.addLegalRate.validFrom ?? form.validFrom);
      setForm({ ...form, value: '', spread: '', source: '', reason: '' });
    } catch {
      // shown by the form errors
    }
  }

  return (
    <section className="card" aria-labelledby="add-title">
      <h2 id="add-title">{t('legalRates.add.title')}</h2>
      {errors.banner.length ? <ErrorBanner messages={errors.banner} /> : null}
      {saved ? (
        <p role="status" className="muted">
          {t('legalRates.add.saved', { date: saved })}
        </p>
      ) : null}
      <form className="form-grid" onSubmit={(e) => void onSubmit(e)} noValidate>
        <SelectField
          name="kind"
          label={t('legalRates.add.kind')}
          value={form.kind}
          onChange={set('kind')}
          options={KINDS.map((k) => ({ value: k, label: t(`legalRates.kinds.${k}`) }))}
          error={errors.byField.kind}
        />
        <TextField name="validFrom" type="date" required label={t('legalRates.add.validFrom')} value={form.validFrom} onChange={set('validFrom')} error={errors.byField.validFrom} />
        {formula ? (
          <>
            <TextField name="multiplier" inputMode="decimal" label={t('legalRates.add.multiplier')} value={form.multiplier} onChange={set('multiplier')} error={errors.byField.multiplier} />
            <TextField name="spread" inputMode="decimal" label={t('legalRates.add.spread')} value={form.spread} onChange={set('spread')} error={errors.byField.spread} />
          </>
        ) : (
          <TextField
            name="value"
            inputMode="decimal"
            label={isSk(form.kind) ? t('legalRates.add.capValue') : t('legalRates.add.value')}
            value={form.value}
            onChange={set('value')}
            error={errors.byField.value}
          />
        )}
        <TextField name="source" label={t('legalRates.add.source')} value={form.source} onChange={set('source')} error={errors.byField.source} />
        <TextField name="reason" label={t('legalRates.add.reason')} value={form.reason} onChange={set('reason')} error={errors.byField.reason} />
        <div className="span-all">
          <button type="submit" className="button button--primary" disabled={loading}>
            {t('legalRates.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function StalePeriod({ days }: { days: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(days));
  const [save, { loading, error }] = useMutation(SetLegalRatesStaleAfterDaysMutation, { refetchQueries: ['LegalRates'] });
  const errors = useFormErrors(error, ['days']);
  return (
    <section className="card" aria-labelledby="stale-title">
      <h2 id="stale-title">{t('legalRates.stalePeriod.title')}</h2>
      {errors.banner.length ? <ErrorBanner messages={errors.banner} /> : null}
      <form
        className="form-grid"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save({ variables: { days: Number.parseInt(value, 10) || 0 } }).catch(() => undefined);
        }}
      >
        <TextField name="days" inputMode="numeric" label={t('legalRates.stalePeriod.days')} value={value} onChange={(e) => setValue(e.target.value)} error={errors.byField.days} />
        <div className="span-all">
          <button type="submit" className="button" disabled={loading}>
            {t('legalRates.stalePeriod.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Audit() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const { data, error } = useQuery(LegalRatesAuditQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data?.auditLog.edges.map((e) => e.node) ?? [];
  const what = (after: string | null) => {
    if (!after) return '';
    try {
      const a = JSON.parse(after) as { kind?: string; validFrom?: string; value?: string | null; multiplier?: string | null; spread?: string | null; reason?: string | null };
      const v = a.value ? `${formatRate(a.value, lang)} %` : a.multiplier ? t('legalRates.table.formula', { multiplier: formatRate(a.multiplier, lang), spread: formatRate(a.spread, lang) }) : '';
      return [a.kind ? t(`legalRates.kinds.${a.kind}`, { defaultValue: a.kind }) : '', a.validFrom, v, a.reason ? `(${a.reason})` : ''].filter(Boolean).join(' · ');
    } catch {
      return after;
    }
  };
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('legalRates.audit.title')}</h2>
      {error ? <QueryError error={error} /> : null}
      {data && !rows.length ? <p className="muted">{t('legalRates.audit.empty')}</p> : null}
      {rows.length ? (
        <div className="table-wrap">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('legalRates.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legalRates.audit.at')}</th>
                <th scope="col">{t('legalRates.audit.action')}</th>
                <th scope="col">{t('legalRates.audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="small">{formatDateTime(r.at, lang)}</td>
                  <td>{r.action}</td>
                  <td>{what(r.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
