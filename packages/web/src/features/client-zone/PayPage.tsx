import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { MyLoanQuery as MyLoanQueryResult } from '../../graphql/generated/graphql';
import { hasErrorCode } from '../../shared/errors/graphqlErrors';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { BackToLoans } from './LoanPage';
import { MyLoanQuery, StartOnlinePaymentMutation } from './operations';
import { useLanguage } from './useLanguage';
import { formatMoney, isPositiveAmount, normaliseAmount, toInputAmount } from '../../shared/format';

const FIELDS = ['amount', 'description', 'email'] as const;

/** Leaves the SPA for the gateway's payment page (a separate function so tests and reviewers see the one exit). */
function goToGateway(url: string) {
  window.location.assign(url);
}

function PayForm({ loan }: { loan: MyLoanQueryResult['myLoan'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // a retry from "Płatności online" (?amount=<decimal>) starts with the amount of the failed attempt
  const [params] = useSearchParams();
  const retryAmount = params.get('amount');
  const [amount, setAmount] = useState(() => toInputAmount(retryAmount && /^\d{1,13}(\.\d{1,2})?$/.test(retryAmount) ? retryAmount : loan.suggestedPaymentAmount, lang));
  const [description, setDescription] = useState(() => t('clientZone.pay.descriptionDefault', { number: loan.number }));
  const [email, setEmail] = useState('');
  const [redirecting, setRedirecting] = useState(false);
  const [start, { loading, error, reset }] = useMutation(StartOnlinePaymentMutation);
  const errors = useFormErrors(error, FIELDS);
  const money = (v: string | null) => formatMoney(v, lang, { currency: loan.currency, symbol: true });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const result = await start({
        variables: {
          loanId: loan.id,
          amount: normaliseAmount(amount),
          description: description.trim() || null,
          email: email.trim() || null,
        },
      });
      const url = result.data?.startOnlinePayment.redirectUrl;
      if (!url) return;
      setRedirecting(true);
      goToGateway(url);
    } catch {
      // shown through `error`
    }
  }

  return (
    <>
      <div className="card cz-pay__summary">
        <dl className="cz-dl">
          <div className="cz-dl__row">
            <dt>{t('clientZone.pay.borrower')}</dt>
            <dd>{loan.borrower}</dd>
          </div>
          <div className="cz-dl__row">
            <dt>{t('clientZone.pay.totalDebt')}</dt>
            <dd>{money(loan.totalDebt)}</dd>
          </div>
          <div className="cz-dl__row">
            <dt>{t('clientZone.pay.overdue')}</dt>
            <dd className={isPositiveAmount(loan.overdueAmount) ? 'cz-overdue' : undefined}>{money(loan.overdueAmount)}</dd>
          </div>
        </dl>
      </div>
      <ErrorBanner messages={errors.banner} onDismiss={error ? () => reset() : undefined} />
      <form className="form card" onSubmit={onSubmit} noValidate>
        <TextField
          name="amount"
          label={t('clientZone.pay.amount')}
          inputMode="decimal"
          autoComplete="off"
          required
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          hint={
            loan.suggestedPaymentAmount
              ? `${t('clientZone.pay.suggested', { amount: money(loan.suggestedPaymentAmount) })} ${t('clientZone.pay.amountHint', { max: money(loan.totalDebt) })}`
              : t('clientZone.pay.amountHint', { max: money(loan.totalDebt) })
          }
          error={errors.byField.amount}
        />
        <TextField name="description" label={t('clientZone.pay.description')} maxLength={128} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.byField.description} />
        <TextField
          name="email"
          type="email"
          label={t('clientZone.pay.email')}
          hint={t('clientZone.pay.emailHint')}
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.byField.email}
        />
        <button type="submit" className="button button--primary cz-button--large" disabled={loading || redirecting}>
          {loading || redirecting ? t('clientZone.pay.submitting') : t('clientZone.pay.submit')}
        </button>
      </form>
    </>
  );
}

/** /clientzone/loans/:loanId/pay — CZ-5 "Płatność dla pożyczki numer …": amount + description → the gateway. */
export function PayPage() {
  const { t } = useTranslation();
  const { loanId = '' } = useParams();
  const { data, loading, error } = useQuery(MyLoanQuery, { variables: { id: loanId }, fetchPolicy: 'cache-and-network' });
  const loan = data?.myLoan;

  let body;
  if (loading && !data) body = <Spinner label={t('clientZone.loading')} />;
  else if (error && !loan) body = hasErrorCode(error, 'NOT_FOUND') ? <EmptyState title={t('clientZone.loan.notFound')}>{t('clientZone.loan.notFoundText')}</EmptyState> : <QueryError error={error} />;
  else if (!loan) body = null;
  else if (!loan.canPayOnline) body = <EmptyState title={t('clientZone.pay.notPayable')} />;
  else if (!isPositiveAmount(loan.totalDebt)) body = <EmptyState title={t('clientZone.pay.nothingOwed')} />;
  else body = <PayForm key={loan.id} loan={loan} />;

  return (
    <section className="cz-page cz-page--narrow" aria-labelledby="cz-pay-title">
      <BackToLoans />
      <h1 id="cz-pay-title">{loan ? t('clientZone.pay.title', { number: loan.number }) : t('clientZone.loan.payOnline')}</h1>
      {loan ? <p className="muted">{t('clientZone.pay.intro')}</p> : null}
      {body}
    </section>
  );
}
