import { useId, useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ForbearanceAcceptanceChannel, ForbearanceHelp, ForbearanceMeasure, ForbearanceOfferInput, ForbearanceStatus } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../shared/i18n/i18n';
import { formatDate, formatMoney } from '../../shared/format';
import { useCan } from '../../shared/hooks';
import { Badge, type BadgeTone } from '../../shared/ui/Badge';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import {
  AssessForbearanceMutation,
  ForbearanceAssessmentQuery,
  ForbearanceCasesQuery,
  ForbearancePreviewQuery,
  OfferForbearanceMutation,
  RecordForbearanceAcceptanceMutation,
  RefuseForbearanceMutation,
  RequestForbearanceMutation,
} from './operations';
import './locales';

const TONE: Record<ForbearanceStatus, BadgeTone> = {
  REQUESTED: 'info',
  ASSESSED: 'info',
  OFFERED: 'warning',
  ACCEPTED: 'success',
  IN_FORCE: 'success',
  COMPLETED: 'neutral',
  BROKEN: 'danger',
  REFUSED: 'neutral',
  WITHDRAWN: 'neutral',
};
const OPEN: ForbearanceStatus[] = ['REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED'];
const HELP: ForbearanceHelp[] = ['PAYMENT_HOLIDAY', 'TERM_EXTENSION', 'RATE_REDUCTION', 'ARREARS_PLAN', 'PARTIAL_FORGIVENESS', 'REFINANCING', 'OTHER'];
const MEASURES: ForbearanceMeasure[] = ['PAYMENT_HOLIDAY', 'TERM_EXTENSION', 'RATE_REDUCTION', 'ARREARS_PLAN', 'PARTIAL_FORGIVENESS'];
const CHANNELS: ForbearanceAcceptanceChannel[] = ['PHONE', 'LETTER', 'EMAIL', 'IN_PERSON', 'CLIENT_ZONE'];
const FIELDS = ['reason', 'note', 'offer.installments', 'offer.additionalInstallments', 'offer.from', 'offer.annualRate', 'offer.months', 'offer.amount', 'channel'] as const;

function useErrorLines(error: unknown): string[] {
  const e = useFormErrors(error, FIELDS);
  return [...Object.values(e.byField), ...e.banner];
}

/** The offer input of a measure from the one parameter field (two for a rate reduction). */
function offerOf(measure: ForbearanceMeasure, value: string, from: string): ForbearanceOfferInput {
  const n = Number.parseInt(value, 10);
  switch (measure) {
    case 'PAYMENT_HOLIDAY':
      return { measure, installments: n };
    case 'TERM_EXTENSION':
      return { measure, additionalInstallments: n };
    case 'ARREARS_PLAN':
      return { measure, months: n };
    case 'RATE_REDUCTION':
      return { measure, annualRate: value.replace(',', '.'), from };
    default:
      return { measure, amount: value.replace(',', '.') };
  }
}

/**
 * Forbearance of a loan in the debtor file (issue 32, directive 2023/2225 art. 35): the cases, a new request, the
 * assessment with the payment history and arrears, the offer with the new schedule's preview and diff, the acceptance
 * recorded with its channel (which puts the measure in force: a new schedule version), refusal.
 */
export function ForbearancePanel({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const titleId = useId();
  const can = useCan();
  const mayManage = can('forbearance.manage');
  const cases = useQuery(ForbearanceCasesQuery, { variables: { loanId }, fetchPolicy: 'cache-and-network', skip: !can('forbearance.read') });
  const refetch = { refetchQueries: ['ForbearanceCases', 'LoanScheduleVersions'], awaitRefetchQueries: true };
  const [request, requesting] = useMutation(RequestForbearanceMutation, refetch);
  const [assess, assessing] = useMutation(AssessForbearanceMutation, refetch);
  const [offer, offering] = useMutation(OfferForbearanceMutation, refetch);
  const [accept, accepting] = useMutation(RecordForbearanceAcceptanceMutation, refetch);
  const [refuse, refusing] = useMutation(RefuseForbearanceMutation, refetch);
  const [loadPreview, preview] = useLazyQuery(ForbearancePreviewQuery, { fetchPolicy: 'network-only' });
  const [reason, setReason] = useState('');
  const [help, setHelp] = useState<ForbearanceHelp>('PAYMENT_HOLIDAY');
  const [note, setNote] = useState('');
  const [measure, setMeasure] = useState<ForbearanceMeasure>('PAYMENT_HOLIDAY');
  const [param, setParam] = useState('3');
  const [from, setFrom] = useState('');
  const [channel, setChannel] = useState<ForbearanceAcceptanceChannel>('PHONE');
  const list = cases.data?.forbearanceCases ?? [];
  const open = list.find((c) => OPEN.includes(c.status));
  const assessment = useQuery(ForbearanceAssessmentQuery, { variables: { caseId: open?.id ?? '' }, skip: !open || !mayManage, fetchPolicy: 'cache-and-network' });
  const errors = useErrorLines(requesting.error ?? assessing.error ?? offering.error ?? accepting.error ?? refusing.error ?? preview.error);
  if (!can('forbearance.read')) return null;
  const a = assessment.data?.forbearanceAssessment;
  const p = preview.data?.forbearancePreview;
  const money = (v: string | null | undefined, currency: string) => formatMoney(v, lang, { currency });

  return (
    <section className="card" aria-labelledby={titleId} data-testid="forbearance-panel">
      <h3 id={titleId}>{t('forbearance.title')}</h3>
      {cases.loading && !cases.data ? <Spinner label={t('forbearance.loading')} /> : null}
      <QueryError error={cases.error} />
      <ErrorBanner messages={errors} />
      {list.length ? (
        <table className="data-table" data-testid="forbearance-cases">
          <thead>
            <tr>
              <th>{t('forbearance.requestedOn')}</th>
              <th>{t('forbearance.helpAsked')}</th>
              <th>{t('forbearance.status')}</th>
              <th>{t('forbearance.measure')}</th>
              <th>{t('forbearance.inForceOn')}</th>
              <th>{t('forbearance.version')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <td>{formatDate(c.requestedOn, lang)}</td>
                <td>{t(`forbearance.help.${c.helpAsked}`)}</td>
                <td>
                  <Badge tone={TONE[c.status]}>{t(`forbearance.statuses.${c.status}`)}</Badge>
                </td>
                <td>{c.offer ? t(`forbearance.measures.${c.offer.measure}`) : '—'}</td>
                <td>{formatDate(c.inForceOn, lang)}</td>
                <td>{c.scheduleVersion ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('forbearance.none')}</p>
      )}

      {mayManage && !open && !list.some((c) => c.status === 'IN_FORCE') ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void request({ variables: { input: { loanId, reason, helpAsked: help } } }).then(() => setReason(''));
          }}
        >
          <h4>{t('forbearance.newRequest')}</h4>
          <label>
            {t('forbearance.reason')}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          </label>
          <label>
            {t('forbearance.helpAsked')}
            <select value={help} onChange={(e) => setHelp(e.target.value as ForbearanceHelp)}>
              {HELP.map((h) => (
                <option key={h} value={h}>
                  {t(`forbearance.help.${h}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary" disabled={requesting.loading}>
            {t('forbearance.request')}
          </button>
        </form>
      ) : null}

      {mayManage && open ? (
        <div data-testid="forbearance-open">
          <h4>{t('forbearance.openCase', { status: t(`forbearance.statuses.${open.status}`) })}</h4>
          <p>
            {t('forbearance.reason')}: {open.reason}
            {open.monthlyIncome ? ` · ${t('forbearance.income')}: ${money(open.monthlyIncome, open.currency)}` : ''}
            {open.monthlyExpenses ? ` · ${t('forbearance.expenses')}: ${money(open.monthlyExpenses, open.currency)}` : ''}
            {open.situation ? ` · ${open.situation}` : ''}
          </p>
          {a ? (
            <dl className="dl-grid" data-testid="forbearance-assessment">
              <dt>{t('forbearance.overdueTotal')}</dt>
              <dd>{money(a.overdueTotal, a.currency)}</dd>
              <dt>{t('forbearance.overdueInstallments')}</dt>
              <dd>{a.overdueInstallments}</dd>
              <dt>{t('forbearance.daysPastDue')}</dt>
              <dd>{a.daysPastDue ?? 0}</dd>
              <dt>{t('forbearance.remaining')}</dt>
              <dd>{money(a.remainingBalance, a.currency)}</dd>
              <dt>{t('forbearance.payments')}</dt>
              <dd>{a.payments.length ? a.payments.map((x) => `${formatDate(x.date, lang)} ${money(x.amount, a.currency)}`).join(', ') : t('forbearance.noPayments')}</dd>
            </dl>
          ) : null}

          {open.status === 'REQUESTED' || open.status === 'ASSESSED' || open.status === 'OFFERED' ? (
            <>
              <label>
                {t('forbearance.note')}
                <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
              </label>
              <button type="button" className="button" disabled={assessing.loading || open.status === 'OFFERED'} onClick={() => void assess({ variables: { caseId: open.id, note } })}>
                {t('forbearance.assess')}
              </button>
              <button type="button" className="button button--danger" disabled={refusing.loading} onClick={() => void refuse({ variables: { caseId: open.id, note } })}>
                {t('forbearance.refuse')}
              </button>
              <div className="form">
                <label>
                  {t('forbearance.measure')}
                  <select value={measure} onChange={(e) => setMeasure(e.target.value as ForbearanceMeasure)}>
                    {MEASURES.map((m) => (
                      <option key={m} value={m}>
                        {t(`forbearance.measures.${m}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t(`forbearance.param.${measure}`)}
                  <input value={param} onChange={(e) => setParam(e.target.value)} />
                </label>
                {measure === 'RATE_REDUCTION' ? (
                  <label>
                    {t('forbearance.from')}
                    <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
                  </label>
                ) : null}
                <button type="button" className="button" onClick={() => void loadPreview({ variables: { caseId: open.id, offer: offerOf(measure, param, from) } })}>
                  {t('forbearance.preview')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={offering.loading}
                  onClick={() => void offer({ variables: { caseId: open.id, offer: offerOf(measure, param, from) } })}
                >
                  {t('forbearance.offer')}
                </button>
              </div>
            </>
          ) : null}

          {p ? (
            <div data-testid="forbearance-preview">
              <p>
                {t('forbearance.installment')}: {money(p.installmentBefore, p.currency)} → {money(p.installmentAfter, p.currency)} · {t('forbearance.installments')}: {p.installmentsBefore} →{' '}
                {p.installmentsAfter} · {t('forbearance.maturity')}: {formatDate(p.maturityBefore, lang)} → {formatDate(p.maturityAfter, lang)} · {t('forbearance.totalPayable')}:{' '}
                {money(p.totalPayableBefore, p.currency)} → {money(p.totalPayableAfter, p.currency)}
              </p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{t('forbearance.before')}</th>
                    <th>{t('forbearance.after')}</th>
                    <th>{t('forbearance.delta')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.diff
                    .filter((d) => d.changed)
                    .map((d) => (
                      <tr key={d.number}>
                        <td>{d.number}</td>
                        <td>{d.before ? `${formatDate(d.before.dueDate, lang)} ${money(d.before.total, p.currency)}` : '—'}</td>
                        <td>{d.after ? `${formatDate(d.after.dueDate, lang)} ${money(d.after.total, p.currency)}` : '—'}</td>
                        <td>{money(d.totalDelta, p.currency)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {open.status === 'OFFERED' ? (
            <div className="form">
              <label>
                {t('forbearance.channel')}
                <select value={channel} onChange={(e) => setChannel(e.target.value as ForbearanceAcceptanceChannel)}>
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`forbearance.channels.${c}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="button button--primary" disabled={accepting.loading} onClick={() => void accept({ variables: { caseId: open.id, channel } })}>
                {t('forbearance.recordAcceptance')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
