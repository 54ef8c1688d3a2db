import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../shared/ui/ErrorBanner';
import { QueryError } from '../../shared/ui/QueryError';
import { Spinner } from '../../shared/ui/Spinner';
import { TextField } from '../../shared/ui/TextField';
import { useFormErrors } from '../../shared/ui/useFormErrors';
import { ContractsMeQuery, CreateDealerMutation, CreateSalePlaceMutation, SalePlacesQuery, UpdateSalePlaceMutation } from './operations';
import './contracts.css';
import './locales';

const PLACE_FIELDS = ['code', 'name', 'cooperationFrom', 'cooperationTo'] as const;
const DEALER_FIELDS = ['code', 'name', 'salePlaceCode'] as const;

/**
 * /sale-places — LOAN-7.1 salePlaceCode / dealerCode: sale places with the validity of the cooperation and their
 * dealers. Everyone on staff reads; ADMINs add places and dealers and end a cooperation.
 */
export function SalePlacesPage() {
  const { t } = useTranslation();
  const q = useQuery(SalePlacesQuery, { fetchPolicy: 'cache-and-network' });
  const me = useQuery(ContractsMeQuery, { fetchPolicy: 'cache-first' });
  const isAdmin = (me.data?.me?.roles ?? []).includes('ADMIN');
  const [place, setPlace] = useState({ code: '', name: '', cooperationFrom: '', cooperationTo: '' });
  const [dealer, setDealer] = useState({ code: '', name: '', salePlaceCode: '' });
  const [ends, setEnds] = useState<Record<string, string>>({});
  const refetchQueries = ['SalePlaces'];
  const [createPlace, creatingPlace] = useMutation(CreateSalePlaceMutation, { refetchQueries });
  const [updatePlace, updatingPlace] = useMutation(UpdateSalePlaceMutation, { refetchQueries });
  const [createDealer, creatingDealer] = useMutation(CreateDealerMutation, { refetchQueries });
  const placeErrors = useFormErrors(creatingPlace.error, PLACE_FIELDS);
  const dealerErrors = useFormErrors(creatingDealer.error, DEALER_FIELDS);
  const endErrors = useFormErrors(updatingPlace.error, PLACE_FIELDS);

  if (q.loading && !q.data) return <Spinner />;
  if (q.error && !q.data) return <QueryError error={q.error} />;
  const places = q.data?.salePlaces ?? [];

  function onPlace(e: FormEvent) {
    e.preventDefault();
    void createPlace({ variables: { input: { ...place, cooperationTo: place.cooperationTo || null } } }).then(
      () => setPlace({ code: '', name: '', cooperationFrom: '', cooperationTo: '' }),
      () => undefined,
    );
  }
  function onDealer(e: FormEvent) {
    e.preventDefault();
    void createDealer({ variables: { input: dealer } }).then(
      () => setDealer({ code: '', name: '', salePlaceCode: '' }),
      () => undefined,
    );
  }

  return (
    <section className="page" aria-labelledby="sp-title">
      <h1 id="sp-title">{t('contracts.salePlaces.title')}</h1>
      <p className="muted">{t('contracts.salePlaces.intro')}</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('contracts.salePlaces.title')}</caption>
          <thead>
            <tr>
              <th>{t('contracts.salePlaces.code')}</th>
              <th>{t('contracts.salePlaces.name')}</th>
              <th>{t('contracts.salePlaces.from')}</th>
              <th>{t('contracts.salePlaces.to')}</th>
              <th>{t('contracts.salePlaces.dealers')}</th>
            </tr>
          </thead>
          <tbody>
            {places.map((p) => (
              <tr key={p.id}>
                <td className="mono">{p.code}</td>
                <td>{p.name}</td>
                <td>{p.cooperationFrom}</td>
                <td>
                  {p.cooperationTo ?? '—'}
                  {isAdmin ? (
                    <span className="sp-end">
                      {' '}
                      <input
                        type="date"
                        aria-label={t('contracts.salePlaces.endLabel', { code: p.code })}
                        value={ends[p.id] ?? ''}
                        onChange={(e) => setEnds({ ...ends, [p.id]: e.target.value })}
                      />{' '}
                      <button
                        type="button"
                        className="btn btn--secondary"
                        disabled={!ends[p.id] || updatingPlace.loading}
                        onClick={() =>
                          void updatePlace({ variables: { id: p.id, input: { cooperationTo: ends[p.id] } } }).then(
                            () => undefined,
                            () => undefined,
                          )
                        }
                      >
                        {t('contracts.salePlaces.end')}
                      </button>
                    </span>
                  ) : null}
                </td>
                <td>{p.dealers.map((d) => `${d.code} (${d.name})`).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorBanner messages={[...Object.values(endErrors.byField), ...endErrors.banner]} />
      {isAdmin ? (
        <div className="sp-forms">
          <form className="card" onSubmit={onPlace} aria-label={t('contracts.salePlaces.addPlace')}>
            <h2>{t('contracts.salePlaces.addPlace')}</h2>
            <TextField name="code" label={t('contracts.salePlaces.code')} value={place.code} onChange={(e) => setPlace({ ...place, code: e.target.value })} error={placeErrors.byField.code} />
            <TextField name="name" label={t('contracts.salePlaces.name')} value={place.name} onChange={(e) => setPlace({ ...place, name: e.target.value })} error={placeErrors.byField.name} />
            <TextField
              name="cooperationFrom"
              type="date"
              label={t('contracts.salePlaces.from')}
              value={place.cooperationFrom}
              onChange={(e) => setPlace({ ...place, cooperationFrom: e.target.value })}
              error={placeErrors.byField.cooperationFrom}
            />
            <TextField
              name="cooperationTo"
              type="date"
              label={t('contracts.salePlaces.to')}
              value={place.cooperationTo}
              onChange={(e) => setPlace({ ...place, cooperationTo: e.target.value })}
              error={placeErrors.byField.cooperationTo}
            />
            <ErrorBanner messages={placeErrors.banner} />
            <button type="submit" className="btn" disabled={creatingPlace.loading}>
              {t('contracts.salePlaces.add')}
            </button>
          </form>
          <form className="card" onSubmit={onDealer} aria-label={t('contracts.salePlaces.addDealer')}>
            <h2>{t('contracts.salePlaces.addDealer')}</h2>
            <TextField
              name="dealerCode"
              label={t('contracts.salePlaces.code')}
              value={dealer.code}
              onChange={(e) => setDealer({ ...dealer, code: e.target.value })}
              error={dealerErrors.byField.code}
            />
            <TextField
              name="dealerName"
              label={t('contracts.salePlaces.name')}
              value={dealer.name}
              onChange={(e) => setDealer({ ...dealer, name: e.target.value })}
              error={dealerErrors.byField.name}
            />
            <TextField
              name="salePlaceCode"
              label={t('contracts.salePlaces.place')}
              value={dealer.salePlaceCode}
              onChange={(e) => setDealer({ ...dealer, salePlaceCode: e.target.value })}
              error={dealerErrors.byField.salePlaceCode}
            />
            <ErrorBanner messages={dealerErrors.banner} />
            <button type="submit" className="btn" disabled={creatingDealer.loading}>
              {t('contracts.salePlaces.add')}
            </button>
          </form>
        </div>
      ) : null}
    </section>
  );
}
