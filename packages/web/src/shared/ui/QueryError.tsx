import { useTranslation } from 'react-i18next';
import { bannerMessage, toApiErrors } from '../errors/graphqlErrors';
import { ErrorBanner } from './ErrorBanner';

/** Banner for a failed query (no form fields involved). */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const messages = [...new Set(toApiErrors(error).map((e) => bannerMessage(e, t)))];
  return <ErrorBanner messages={messages} />;
}
