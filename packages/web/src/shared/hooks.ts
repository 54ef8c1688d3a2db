import { useQuery } from '@apollo/client/react';
import type { Operation } from '@raty/domain';
import { useTranslation } from 'react-i18next';
import { MeQuery } from './session';
import { currentLanguage } from './i18n/i18n';
import { translateRule } from './i18n/validationRules';

/**
 * May the signed-in user perform this operation? From `me { permissions }`, computed by the server from the permission
 * table its resolvers check (`@raty/domain` PERMISSIONS; issue 22): screens offer only what this answers true for.
 */
export function useCan(): (op: Operation) => boolean {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const permissions = data?.me?.permissions ?? [];
  return (op) => permissions.includes(op);
}

/** Translates client-side rule ids (same keys as the server's rules) for field errors. */
export function useRuleText(): (rule: string | null | undefined, params?: Record<string, unknown>) => string | undefined {
  const { i18n } = useTranslation();
  void i18n.resolvedLanguage;
  return (rule, params) => (rule ? (translateRule(currentLanguage(), rule, params) ?? rule) : undefined);
}
