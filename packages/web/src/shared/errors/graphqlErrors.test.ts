import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { GraphqlErrors, GraphqlHttpError } from '../graphqlFetch';
import { fieldMatches, hasErrorCode, toApiErrors, toFormErrors } from './graphqlErrors';

// A stand-in for i18next's t: returns the key plus interpolated options, enough to see what was asked for.
const t = ((key: string, opts?: Record<string, unknown>) => (opts && 'field' in opts ? `${key}(${String(opts.field)})` : key)) as unknown as TFunction;

function gqlError(extensions: Record<string, unknown>, message = 'server message') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('toApiErrors', () => {
  it('reads code and field issues from GraphQL errors', () => {
    const error = gqlError({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.amount', rule: 'positive', message: 'Amount must be positive' }],
    });
    expect(toApiErrors(error)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        message: 'server message',
        fields: [{ field: 'input.amount', rule: 'positive', message: 'Amount must be positive', params: undefined }],
      },
    ]);
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(false);
  });

  it('treats fetch failures as network errors and unknown codes as UNKNOWN', () => {
    expect(toApiErrors(new TypeError('Failed to fetch'))[0].code).toBe('NETWORK');
    expect(toApiErrors(gqlError({ code: 'FEATURE_DISABLED' }, 'Soft collection is off'))[0]).toMatchObject({
      code: 'UNKNOWN',
      message: 'Soft collection is off',
    });
    expect(toApiErrors(undefined)).toEqual([]);
  });
});

describe('toApiErrors: the same items from Apollo and from graphqlFetch (issue 28: the client zone login has no Apollo)', () => {
  it('GraphQL errors of both', () => {
    const errors = [{ message: 'Invalid login', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', rule: 'invalid', message: 'bad' }] } }];
    const fromApollo = toApiErrors(new CombinedGraphQLErrors({ errors }));
    expect(fromApollo[0]).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password', rule: 'invalid' }] });
    expect(toApiErrors(new GraphqlErrors(errors))).toEqual(fromApollo);
  });

  it('HTTP failures of both', () => {
    const response = new Response('Bad gateway', { status: 502 });
    expect(toApiErrors(new ServerError('Response not successful', { response, bodyText: 'Bad gateway' }))[0].code).toBe('INTERNAL_SERVER_ERROR');
    expect(toApiErrors(new GraphqlHttpError(502))[0].code).toBe('INTERNAL_SERVER_ERROR');
    expect(toApiErrors(new GraphqlHttpError(403))[0].code).toBe('FORBIDDEN');
  });
});

describe('fieldMatches', () => {
  it('matches exact names and dotted server paths', () => {
    expect(fieldMatches('email', 'email')).toBe(true);
    expect(fieldMatches('input.amount', 'amount')).toBe(true);
    expect(fieldMatches('amount', 'input.amount')).toBe(true);
    expect(fieldMatches('input.discount', 'count')).toBe(false);
  });
});

describe('toFormErrors', () => {
  const error = gqlError({
    code: 'BAD_USER_INPUT',
    fields: [
      { field: 'email', rule: 'required', message: 'E-mail is required' },
      { field: 'input.nationalId', rule: 'pesel.checksum', message: 'Invalid PESEL checksum' },
      { field: 'input.amount', rule: 'maxLength', message: 'Too long', params: { max: 12 } },
      { field: 'input.note', rule: 'some.newRule', message: 'Note is odd' },
    ],
  });

  it('translates by rule next to the matching field, in the chosen language', () => {
    const pl = toFormErrors(error, ['email', 'nationalId', 'amount'], t, 'pl');
    expect(pl.byField).toEqual({
      email: 'To pole jest wymagane.',
      nationalId: 'Niepoprawna suma kontrolna numeru PESEL.',
      amount: 'Maksymalna długość to 12 znaków.',
    });
    const en = toFormErrors(error, ['email', 'nationalId', 'amount'], t, 'en');
    expect(en.byField.nationalId).toBe('Invalid PESEL checksum.');
  });

  it('sends unrendered fields to the banner and falls back to the server message for unknown rules', () => {
    const { banner } = toFormErrors(error, ['email', 'nationalId', 'amount'], t, 'pl');
    expect(banner).toEqual(['errors.fieldPrefix(input.note): Note is odd']);
  });

  it('puts non-field errors in the banner, translated by code with the server detail', () => {
    const { byField, banner } = toFormErrors(gqlError({ code: 'CONFLICT' }, 'Authorisation code exists'), ['email'], t, 'pl');
    expect(byField).toEqual({});
    expect(banner).toEqual(['errors.CONFLICT Authorisation code exists']);
  });
});
