import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ForbearanceHelp } from '../../graphql/generated/graphql';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { formatDate, formatMoney } from '../../shared/format';
import { AcceptMyForbearanceOfferMutation, DeclineMyForbearanceOfferMutation, MyForbearanceCasesQuery, MyForbearanceOfferQuery, RequestMyForbearanceMutation } from './operations';
import { useLanguage } from './useLanguage';
import './forbearanceLocales';

const HELP: ForbearanceHelp[] = ['PAYMENT_HOLIDAY', 'TERM_EXTENSION', 'RATE_REDUCTION', 'ARREARS_PLAN', 'PARTIAL_FORGIVENESS', 'REFINANCING', 'OTHER'];
const OPEN = ['REQUESTED', 'ASSESSED', 'OFFERED', 'ACCEPTED', 'IN_FORCE'];
const FIELDS = ['reason', 'monthlyIncome', 'monthlyExpenses', 'situation', 'helpAsked'] as const;

/**
 * "Wniosek o restrukturyzację" (issue 32, directive 2023/2225 art. 35): the borrower asks for help (reason, income and
 * expenses, the help asked for), sees the lender's offer with the new schedule and what changes, accepts or declines.
 * Accepting puts the measure in force: the schedule tab then shows the new schedule version.
 */
export function ForbearanceSection({ loanId }: { loanId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const cases = useQuery(MyForbearanceCasesQuery, { variables: { loanId }, fetchPolicy: 'cache-and-network' });
  const list = cases.data?.myForbearanceCases ?? [];
  const open = list.find((c) => OPEN.includes(c.status));
  const offered = open?.status === 'OFFERED' ? open : undefined;
  const offer = useQuery(MyForbearanceOfferQuery, { variables: { caseId: offered?.id ?? '' }, skip: !offered, fetchPolicy: 'network-only' });
  const refetch = { refetchQueries: ['MyForbearanceCases', 'MyLoan'], awaitRefetchQueries: true };
  const [request, requesting] = useMutation(RequestMyForbearanceMutation, refetch);
  const [accept, accepting] = useMutation(AcceptMyForbearanceOfferMutation, refetch);
  const [decline, declining] = useMutation(DeclineMyForbearanceOfferMutation, refetch);
  const [form, setForm] = useState({ reason: '', monthlyIncome: '', monthlyExpenses: '', situation: '', helpAsked: 'PAYMENT_HOLIDAY' as ForbearanceHelp });
  const errors = useFormErrors(requesting.error ?? accepting.error ?? declining.error, FIELDS);
  const o = offer.data?.myForbearanceOffer;
  const money = (v: string) => formatMoney(v, lang, { currency: o?.currency ?? 'PLN', symbol: true });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  return (
    <section className="card" aria-labelledby="cz-forbearance" data-testid="cz-forbearance">
      <h2 id="cz-forbearance">{t('czForbearance.title')}</h2>
      <ErrorBanner messages={[...Object.values(errors.byField), ...errors.banner]} />
      {open ? (
        <p data-testid="cz-forbearance-status">
          {t('czForbearance.status', { date: formatDate(open.requestedOn, lang), status: t(`czForbearance.statuses.${open.status}`) })}
          {open.inForceOn ? ` ${t('czForbearance.inForce', { date: formatDate(open.inForceOn, lang) })}` : ''}
        </p>
      ) : null}
      {o && offered ? (
        <div data-testid="cz-forbearance-offer">
          <h3>{t('czForbearance.offer', { measure: t(`czForbearance.help.${o.measure}`) })}</h3>
          <ul>
            <li>{t('czForbearance.installment', { before: money(o.installmentBefore), after: money(o.installmentAfter) })}</li>
            <li>{t('czForbearance.installments', { before: o.installmentsBefore, after: o.installmentsAfter })}</li>
            <li>{t('czForbearance.maturity', { before: formatDate(o.maturityBefore, lang), after: formatDate(o.maturityAfter, lang) })}</li>
            <li>{t('czForbearance.total', { before: money(o.totalPayableBefore), after: money(o.totalPayableAfter) })}</li>
          </ul>
          <details>
            <summary>{t('czForbearance.newSchedule')}</summary>
            <ol>
              {o.lines.map((l) => (
                <li key={l.number}>
                  {formatDate(l.dueDate, lang)} — {money(l.total)}
                </li>
              ))}
            </ol>
          </details>
          <button type="button" className="button button--primary" disabled={accepting.loading} onClick={() => void accept({ variables: { caseId: offered.id } })}>
            {t('czForbearance.accept')}
          </button>{' '}
          <button type="button" className="button" disabled={declining.loading} onClick={() => void decline({ variables: { caseId: offered.id } })}>
            {t('czForbearance.decline')}
          </button>
        </div>
      ) : null}
      {!open ? (
        <form
          className="cz-form"
          onSubmit={(e) => {
            e.preventDefault();
            void request({
              variables: {
                input: {
                  loanId,
                  reason: form.reason,
                  helpAsked: form.helpAsked,
                  situation: form.situation || null,
                  monthlyIncome: form.monthlyIncome ? form.monthlyIncome.replace(',', '.') : null,
                  monthlyExpenses: form.monthlyExpenses ? form.monthlyExpenses.replace(',', '.') : null,
                },
              },
            });
          }}
        >
          <p>{t('czForbearance.intro')}</p>
          <label>
            {t('czForbearance.reason')}
            <textarea value={form.reason} onChange={set('reason')} rows={3} required />
          </label>
          <label>
            {t('czForbearance.income')}
            <input inputMode="decimal" value={form.monthlyIncome} onChange={set('monthlyIncome')} />
          </label>
          <label>
            {t('czForbearance.expenses')}
            <input inputMode="decimal" value={form.monthlyExpenses} onChange={set('monthlyExpenses')} />
          </label>
          <label>
            {t('czForbearance.situation')}
            <textarea value={form.situation} onChange={set('situation')} rows={2} />
          </label>
          <label>
            {t('czForbearance.helpAsked')}
            <select value={form.helpAsked} onChange={set('helpAsked')}>
              {HELP.map((h) => (
                <option key={h} value={h}>
                  {t(`czForbearance.help.${h}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary" disabled={requesting.loading}>
            {t('czForbearance.send')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
