import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import '../../shared/styles/servicing.css';
import './dashboard.css';
import './locales';
import type { PortfolioSummaryQuery as PortfolioSummaryResult } from '../../graphql/generated/graphql';
import { CollectionsByDayQuery, DashboardStatementCountsQuery, LegalRatesStatusQuery, NoticeStatsQuery, PortfolioSummaryQuery } from './operations';
import { Link } from 'react-router';
import { addDaysIso, todayIso } from '../../shared/businessDate';
import { chartValue, formatChartTick, formatMoney } from '../../shared/format';
import { useCan } from '../../shared/hooks';

// Chart values are converted to numbers for drawing only (shared/format chartValue); every figure shown as text stays
// a decimal string.
/** Days shown by the collections chart and covered by the soft-collection cards (asOf included). */
const PERIOD_DAYS = 30;

type CurrencyBlock = PortfolioSummaryResult['portfolioSummary']['currencies'][number];

/** /dashboard — portfolio at a glance: one block per currency (amounts are never added across currencies). */
export function DashboardPage() {
  const { t } = useTranslation();
  const [asOf] = useState(todayIso);
  const { data, loading, error } = useQuery(PortfolioSummaryQuery, { variables: { asOf }, fetchPolicy: 'cache-and-network' });
  const s = data?.portfolioSummary;

  return (
    <section className="page" aria-labelledby="dashboard-title">
      <div className="section-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <span className="muted">{t('dashboard.asOf', { date: s?.asOf ?? asOf })}</span>
      </div>
      <LegalRatesWarning />
      <StatementsCard />
      {error ? <QueryError error={error} /> : null}
      {!s && loading ? <Spinner /> : null}
      {s ? (
        <>
          {s.currencies.map((c) => (
            <CurrencySection key={c.currency} block={c} asOf={asOf} />
          ))}
          <NoticesCards asOf={asOf} />
        </>
      ) : null}
    </section>
  );
}

function CurrencySection({ block: s, asOf }: { block: CurrencyBlock; asOf: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const money = (v: string) => formatMoney(v, lang, { currency: s.currency });
  const dpd = useMemo(
    () =>
      s.byDaysPastDue.map((b) => ({
        bucket: b.bucket === 'CURRENT' ? t('dashboard.current') : b.bucket,
        raw: b,
        overdue: chartValue(b.overdue),
        outstanding: chartValue(b.outstanding),
        loans: b.loans,
      })),
    [s, t],
  );
  const id = `cur-${s.currency}`;
  return (
    <section className="currency-block" aria-labelledby={`${id}-title`} data-testid={`currency-${s.currency}`}>
      <h2 id={`${id}-title`}>{t('dashboard.currencyTitle', { currency: s.currency })}</h2>
      <dl className="kpis" aria-label={t('dashboard.kpisOf', { currency: s.currency })}>
        <div className="kpi">
          <dt>{t('dashboard.outstanding')}</dt>
          <dd>
            {money(s.outstanding)}
            <span className="kpi__sub">{t('dashboard.principal', { amount: money(s.outstandingPrincipal) })}</span>
          </dd>
        </div>
        <div className="kpi kpi--danger">
          <dt>{t('dashboard.overdue')}</dt>
          <dd>{money(s.overdue)}</dd>
        </div>
        <div className="kpi kpi--success">
          <dt>{t('dashboard.collected30')}</dt>
          <dd>{money(s.collectedLast30Days)}</dd>
        </div>
        <div className="kpi">
          <dt>{t('dashboard.loans')}</dt>
          <dd>
            {s.activeLoans}
            <span className="kpi__sub">{t('dashboard.loansTotal', { count: s.loans })}</span>
          </dd>
        </div>
      </dl>

      <div className="split">
        <section className="card chart-card" aria-labelledby={`${id}-dpd-title`}>
          <h3 id={`${id}-dpd-title`}>{t('dashboard.dpdTitle')}</h3>
          <figure className="chart-box" aria-label={t('dashboard.dpdChart')} style={{ margin: 0 }} data-testid="dpd-chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={dpd} margin={{ top: 8, right: 8, left: 8, bottom: 0 }} accessibilityLayer>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="bucket" tick={{ fontSize: 12 }} />
                <YAxis tickFormatter={(v: number) => formatChartTick(v, lang)} tick={{ fontSize: 12 }} width={56} />
                <Tooltip formatter={(value, name) => [formatChartTick(typeof value === 'number' ? value : 0, lang), name === 'overdue' ? t('dashboard.overdue') : t('dashboard.outstanding')]} />
                <Bar dataKey="outstanding" name="outstanding" fill="#9db7dc" radius={[3, 3, 0, 0]} />
                <Bar dataKey="overdue" name="overdue" fill="#b42318" radius={[3, 3, 0, 0]} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
          <p className="muted small">
            <span style={{ color: '#9db7dc' }}>■</span> {t('dashboard.outstanding')} · <span style={{ color: '#b42318' }}>■</span> {t('dashboard.overdue')}
          </p>
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('dashboard.dpdTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.bucket')}</th>
                <th scope="col" className="num">
                  {t('dashboard.loansCol')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.overdue')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.outstanding')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dpd.map((b) => (
                <tr key={b.raw.bucket}>
                  <th scope="row">{b.bucket}</th>
                  <td className="num">{b.loans}</td>
                  <td className="num">{money(b.raw.overdue)}</td>
                  <td className="num">{money(b.raw.outstanding)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <Collections asOf={asOf} currency={s.currency} />
      </div>
    </section>
  );
}

function Collections({ asOf, currency }: { asOf: string; currency: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const from = addDaysIso(asOf, -(PERIOD_DAYS - 1));
  // One set-based query: the server sums posted payments per day and returns every day of the range.
  const { data, loading, error } = useQuery(CollectionsByDayQuery, { variables: { from, to: asOf, currency }, fetchPolicy: 'cache-and-network' });
  const rows = data?.collectionsByDay;

  const days = useMemo(() => (rows ?? []).map((d) => ({ day: d.date.slice(5), sum: d.amount, count: d.count, value: chartValue(d.amount) })), [rows]);

  return (
    <section className="card chart-card" aria-labelledby={`coll-title-${currency}`}>
      <h3 id={`coll-title-${currency}`}>{t('dashboard.collectionsTitle')}</h3>
      {error ? <QueryError error={error} /> : null}
      {!rows && loading ? <Spinner /> : null}
      {rows ? (
        <>
          <figure className="chart-box" aria-label={t('dashboard.collectionsChart')} style={{ margin: 0 }} data-testid="collections-chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={days} margin={{ top: 8, right: 8, left: 8, bottom: 0 }} accessibilityLayer>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" tick={{ fontSize: 11 }} interval={4} />
                <YAxis tickFormatter={(v: number) => formatChartTick(v, lang)} tick={{ fontSize: 12 }} width={56} />
                <Tooltip
                  formatter={(_v, _n, item) => {
                    const p = item.payload as { sum: string; count: number };
                    return [`${formatMoney(p.sum, lang, { currency: currency })} (${t('dashboard.paymentsCount', { count: p.count })})`, t('dashboard.collected')];
                  }}
                />
                <Bar dataKey="value" fill="#1f7a3d" radius={[3, 3, 0, 0]} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
          <p className="muted small">{t('dashboard.collectionsNote', { from, to: asOf })}</p>
        </>
      ) : null}
    </section>
  );
}

function NoticesCards({ asOf }: { asOf: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const from = addDaysIso(asOf, -(PERIOD_DAYS - 1));
  const { data, error } = useQuery(NoticeStatsQuery, { variables: { from, to: asOf }, errorPolicy: 'none', fetchPolicy: 'cache-and-network' });

  // Soft collection switched off or no permission (the query fails): the cards are left out.
  if (error || !data || !data.softCollectionStatus.active) return null;
  const n = data.noticeStats;
  return (
    <section className="card" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('dashboard.noticesTitle')}</h2>
      <dl className="kpis kpis--three" style={{ marginBottom: 0 }} aria-label={t('dashboard.noticesKpis')}>
        <div className="kpi">
          <dt>{t('dashboard.noticesSent')}</dt>
          <dd>
            {n.sent}
            <span className="kpi__sub">{t('dashboard.noticesCreated', { count: n.created })}</span>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t('dashboard.noticesDelivered')}</dt>
          <dd>{n.delivered}</dd>
        </div>
        <div className="kpi kpi--success" data-testid="collected-14-days">
          <dt>{t('dashboard.collected14')}</dt>
          <dd>
            {n.collectedWithin14Days.length
              ? n.collectedWithin14Days.map((c) => (
                  <span key={c.currency} className="kpi__line">
                    {formatMoney(c.amount, lang, { currency: c.currency })}
                  </span>
                ))
              : formatMoney('0.00', lang, { currency: 'PLN' })}
          </dd>
        </div>
        <div className="kpi kpi--success">
          <dt>{t('dashboard.promisesKept')}</dt>
          <dd>{n.promisesKept}</dd>
        </div>
        <div className="kpi kpi--danger">
          <dt>{t('dashboard.promisesBroken')}</dt>
          <dd>{n.promisesBroken}</dd>
        </div>
        <div className="kpi">
          <dt>{t('dashboard.promisesPending')}</dt>
          <dd>{n.promisesPending}</dd>
        </div>
      </dl>
      <p className="muted small">{t('dashboard.noticesNote', { from: n.from, to: n.to })}</p>
    </section>
  );
}

/** Warns when the NBP reference-rate table has had no entry for longer than the configured days (issue 16). */
function LegalRatesWarning() {
  const { t } = useTranslation();
  const { data } = useQuery(LegalRatesStatusQuery, { fetchPolicy: 'cache-and-network' });
  const st = data?.legalRatesStatus;
  if (!st?.stale) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="legal-rates-warning">
      <span>
        {t('dashboard.legalRatesStale', { days: st.daysSinceLastEntry ?? '—', date: st.lastEntryOn ?? '—', limit: st.staleAfterDays })} <Link to="/legal-rates">{t('dashboard.legalRatesLink')}</Link>
      </span>
    </div>
  );
}

/** Bank statements (issue 30): the unmatched queue at a glance, for SERVICING / ADMIN only. */
function StatementsCard() {
  const { t } = useTranslation();
  const allowed = useCan()('statements.manage');
  const { data } = useQuery(DashboardStatementCountsQuery, { skip: !allowed, fetchPolicy: 'cache-and-network' });
  const c = data?.statementQueueCounts;
  if (!allowed || !c) return null;
  return (
    <section className="card" aria-labelledby="dash-statements-title" data-testid="dashboard-statements">
      <h2 id="dash-statements-title">{t('dashboard.statements.title')}</h2>
      <dl className="kpis">
        <div className={c.unmatched ? 'kpi kpi--danger' : 'kpi'}>
          <dt>{t('dashboard.statements.unmatched')}</dt>
          <dd data-testid="dashboard-statements-unmatched">{c.unmatched}</dd>
        </div>
        <div className="kpi kpi--success">
          <dt>{t('dashboard.statements.posted')}</dt>
          <dd>{c.posted}</dd>
        </div>
        {c.gaps ? (
          <div className="kpi">
            <dt>{t('dashboard.statements.gaps')}</dt>
            <dd>{c.gaps}</dd>
          </div>
        ) : null}
      </dl>
      <Link to="/statements/queue">{t('dashboard.statements.open')}</Link>
    </section>
  );
}
