import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../graphql/generated/graphql';
import { MeQuery } from './session';
import { currentLanguage } from './i18n/i18n';
import { translateRule } from './i18n/validationRules';

/** Roles of the logged-in user (ADMIN passes every staff role check, as on the server). */
export function useHasRole(): (role: Role) => boolean {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const roles = data?.me?.roles ?? [];
  return (role) => roles.includes('ADMIN') || roles.includes(role);
}

/** Translates client-side rule ids (same keys as the server's rules) for field errors. */
export function useRuleText(): (rule: string | null | undefined, params?: Record<string, unknown>) => string | undefined {
  const { i18n } = useTranslation();
  void i18n.resolvedLanguage;
  return (rule, params) => (rule ? (translateRule(currentLanguage(), rule, params) ?? rule) : undefined);
}
