import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { addDaysIso, formatMoney, sumDecimals, todayIso } from '../debtor-file/ui/format';
import '../debtor-file/ui/servicing.css';
import './locales';
import type { PromiseNoticesQuery as PromiseNoticesData, RecentPaymentsQuery as RecentPaymentsData } from '../../graphql/generated/graphql';
import { NoticeCountsQuery, PortfolioSummaryQuery, PromiseNoticesQuery, RecentPaymentsQuery } from './operations';

// Chart values are converted to numbers for drawing only; every figure shown as text stays a decimal string.
const toChart = (v: string) => Number(v);
const MAX_PAGES = 25;

function compactMoney(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** /dashboard — portfolio at a glance. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const [asOf] = useState(todayIso);
  const { data, loading, error } = useQuery(PortfolioSummaryQuery, { variables: { asOf }, fetchPolicy: 'cache-and-network' });
  const s = data?.portfolioSummary;
  const money = (v: string) => formatMoney(v, lang, 'PLN');

  const dpd = useMemo(
    () =>
      (s?.byDaysPastDue ?? []).map((b) => ({
        bucket: b.bucket === 'CURRENT' ? t('dashboard.current') : b.bucket,
        raw: b,
        overdue: toChart(b.overdue),
        outstanding: toChart(b.outstanding),
        loans: b.loans,
      })),
    [s, t],
  );

  return (
    <section className="page" aria-labelledby="dashboard-title">
      <div className="section-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <span className="muted">{t('dashboard.asOf', { date: s?.asOf ?? asOf })}</span>
      </div>
      {error ? <QueryError error={error} /> : null}
      {!s && loading ? <Spinner /> : null}
      {s ? (
        <>
          <dl className="kpis" aria-label={t('dashboard.kpis')}>
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
            <section className="card chart-card" aria-labelledby="dpd-title">
              <h2 id="dpd-title">{t('dashboard.dpdTitle')}</h2>
              <figure className="chart-box" aria-label={t('dashboard.dpdChart')} style={{ margin: 0 }} data-testid="dpd-chart">
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={dpd} margin={{ top: 8, right: 8, left: 8, bottom: 0 }} accessibilityLayer>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="bucket" tick={{ fontSize: 12 }} />
                    <YAxis tickFormatter={(v: number) => compactMoney(v, lang)} tick={{ fontSize: 12 }} width={56} />
                    <Tooltip
                      formatter={(value, name) => [compactMoney(Number(value), lang), name === 'overdue' ? t('dashboard.overdue') : t('dashboard.outstanding')]}
                    />
                    <Bar dataKey="outstanding" name="outstanding" fill="#9db7dc" radius={[3, 3, 0, 0]} />
                    <Bar dataKey="overdue" name="overdue" fill="#b42318" radius={[3, 3, 0, 0]} />
                  </BarChart>
                </ResponsiveContainer>
              </figure>
              <p className="muted small">
                <span style={{ color: '#9db7dc' }}>■</span> {t('dashboard.outstanding')} ·{' '}
                <span style={{ color: '#b42318' }}>■</span> {t('dashboard.overdue')}
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
                      <td className="num">{formatMoney(b.raw.overdue, lang)}</td>
                      <td className="num">{formatMoney(b.raw.outstanding, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <Collections asOf={asOf} />
          </div>
          <NoticesCards asOf={asOf} />
        </>
      ) : null}
    </section>
  );
}

function Collections({ asOf }: { asOf: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const client = useApolloClient();
  const from = addDaysIso(asOf, -29);
  const [state, setState] = useState<{ byDay: Map<string, string[]>; truncated: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const byDay = new Map<string, string[]>();
      let after: string | null = null;
      let pages = 0;
      let truncated = false;
      for (;;) {
        const vars: { from: string; after: string | null } = { from, after };
        const res: { data?: RecentPaymentsData } = await client.query({ query: RecentPaymentsQuery, variables: vars, fetchPolicy: 'network-only' });
        const conn = res.data?.allPayments;
        if (!conn) break;
        for (const { node } of conn.edges) {
          const list = byDay.get(node.paymentDate) ?? [];
          list.push(node.amount);
          byDay.set(node.paymentDate, list);
        }
        pages++;
        if (!conn.pageInfo.hasNextPage) break;
        if (pages >= MAX_PAGES) {
          truncated = true;
          break;
        }
        after = conn.pageInfo.endCursor;
      }
      if (!cancelled) setState({ byDay, truncated });
    })().catch((e: unknown) => {
      if (!cancelled) setError(e);
    });
    return () => {
      cancelled = true;
    };
  }, [client, from]);

  const days = useMemo(() => {
    if (!state) return [];
    return Array.from({ length: 30 }, (_, i) => {
      const day = addDaysIso(from, i);
      const sum = sumDecimals(state.byDay.get(day) ?? []);
      return { day: day.slice(5), sum, value: toChart(sum) };
    });
  }, [state, from]);

  return (
    <section className="card chart-card" aria-labelledby="coll-title">
      <h2 id="coll-title">{t('dashboard.collectionsTitle')}</h2>
      {error ? <QueryError error={error} /> : null}
      {!state && !error ? <Spinner /> : null}
      {state ? (
        <>
          <figure className="chart-box" aria-label={t('dashboard.collectionsChart')} style={{ margin: 0 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={days} margin={{ top: 8, right: 8, left: 8, bottom: 0 }} accessibilityLayer>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" tick={{ fontSize: 11 }} interval={4} />
                <YAxis tickFormatter={(v: number) => compactMoney(v, lang)} tick={{ fontSize: 12 }} width={56} />
                <Tooltip formatter={(_v, _n, item) => [formatMoney((item.payload as { sum: string }).sum, lang, 'PLN'), t('dashboard.collected')]} />
                <Bar dataKey="value" fill="#1f7a3d" radius={[3, 3, 0, 0]} />
              </BarChart>
            </ResponsiveContainer>
          </figure>
          <p className="muted small">
            {t('dashboard.collectionsNote', { from, to: asOf })}
            {state.truncated ? ` ${t('dashboard.truncated')}` : ''}
          </p>
        </>
      ) : null}
    </section>
  );
}

function NoticesCards({ asOf }: { asOf: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'pl';
  const from = addDaysIso(asOf, -29);
  const counts = useQuery(NoticeCountsQuery, { variables: { from }, errorPolicy: 'none' });
  const client = useApolloClient();
  const [promises, setPromises] = useState<{ KEPT: number; BROKEN: number; PENDING: number; truncated: boolean } | null>(null);
  const active = counts.data?.softCollectionStatus.active;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    (async () => {
      const acc = { KEPT: 0, BROKEN: 0, PENDING: 0, truncated: false };
      let after: string | null = null;
      for (let page = 0; ; page++) {
        const vars: { from: string; after: string | null } = { from, after };
        const res: { data?: PromiseNoticesData } = await client.query({ query: PromiseNoticesQuery, variables: vars, fetchPolicy: 'network-only' });
        const conn = res.data?.notices;
        if (!conn) break;
        for (const { node } of conn.edges) if (node.promiseOutcome) acc[node.promiseOutcome]++;
        if (!conn.pageInfo.hasNextPage) break;
        if (page >= MAX_PAGES) {
          acc.truncated = true;
          break;
        }
        after = conn.pageInfo.endCursor;
      }
      if (!cancelled) setPromises(acc);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [active, client, from]);

  // Soft collection switched off (FEATURE_DISABLED) or no permission: the cards are left out.
  if (counts.error || !counts.data || !active) return null;
  const d = counts.data;
  return (
    <section className="card" aria-labelledby="notices-title">
      <h2 id="notices-title">{t('dashboard.noticesTitle')}</h2>
      <dl className="kpis" style={{ marginBottom: 0 }}>
        <div className="kpi">
          <dt>{t('dashboard.noticesSent')}</dt>
          <dd>
            {d.sent.totalCount}
            <span className="kpi__sub">{t('dashboard.noticesAmount', { amount: formatMoney(d.sent.totalAmount, lang, 'PLN') })}</span>
          </dd>
        </div>
        <div className="kpi">
          <dt>{t('dashboard.noticesDelivered')}</dt>
          <dd>{d.delivered.totalCount}</dd>
        </div>
        <div className="kpi kpi--success">
          <dt>{t('dashboard.promisesKept')}</dt>
          <dd>{promises ? promises.KEPT : '…'}</dd>
        </div>
        <div className="kpi kpi--danger">
          <dt>{t('dashboard.promisesBroken')}</dt>
          <dd>{promises ? promises.BROKEN : '…'}</dd>
        </div>
        <div className="kpi">
          <dt>{t('dashboard.promisesPending')}</dt>
          <dd>{promises ? promises.PENDING : '…'}</dd>
        </div>
      </dl>
      <p className="muted small">{t('dashboard.noticesNote', { from })}</p>
    </section>
  );
}
