import { useTranslation } from 'react-i18next';

const LOGIN = 'mutation Login($login: String!) { login(login: $login) { id } }';

/** The floor's screen: one button sending one mutation (floor.tsx). */
export function FloorLogin() {
  const { t } = useTranslation();
  const login = () => void fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { login: 'x' } }) });
  return <button onClick={login}>{t('login')}</button>;
}
