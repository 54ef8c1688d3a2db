// The SPA-weight floor of issue 28 (bench `spaWeight`): the smallest screen this stack can make — React, react-dom,
// react-router (data router), Apollo Client with one mutation, i18next — built alone. No app code; not shipped.
import { createRoot } from 'react-dom/client';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { ApolloProvider, useMutation } from '@apollo/client/react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';

void i18n.use(initReactI18next).init({ lng: 'pl', resources: { pl: { translation: { login: 'Zaloguj' } } } });
const client = new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });
const LOGIN = gql`
  mutation Login($login: String!) {
    login(login: $login) {
      id
    }
  }
`;

function Login() {
  const { t } = useTranslation();
  const [login] = useMutation(LOGIN);
  return <button onClick={() => void login({ variables: { login: 'x' } })}>{t('login')}</button>;
}

const router = createBrowserRouter([{ path: '/', element: <Login /> }]);
createRoot(document.getElementById('root')!).render(
  <ApolloProvider client={client}>
    <RouterProvider router={router} />
  </ApolloProvider>,
);
