import { describe, expect, it } from 'vitest';
import { parse, Kind, GraphQLError } from 'graphql';
import { DateScalar, DateTimeScalar, DecimalScalar, isCalendarDate, normaliseDecimal } from '../src/graphql/scalars.js';

describe('Decimal scalar', () => {
  it('accepts exact decimal strings and keeps them as strings', () => {
    expect(DecimalScalar.parseValue('1234.50')).toBe('1234.50');
    expect(DecimalScalar.parseValue('0.01')).toBe('0.01');
    expect(DecimalScalar.parseValue('-5')).toBe('-5');
    expect(DecimalScalar.parseValue('007.10')).toBe('7.10');
    expect(DecimalScalar.parseValue('-0.00')).toBe('0.00');
  });
  it.each([[1234.5], ['1e3'], ['1,50'], ['12.'], ['.5'], [''], ['abc'], ['1 000.00'], ['9'.repeat(19)], ['0.12345678901']])('rejects %p', (v) => {
    expect(() => DecimalScalar.parseValue(v)).toThrow(GraphQLError);
  });
  it('rejects number literals in queries (money never as float)', () => {
    const ast = { kind: Kind.FLOAT, value: '10.5' } as const;
    expect(() => DecimalScalar.parseLiteral(ast, {})).toThrow(/string/);
    const str = { kind: Kind.STRING, value: '10.50' } as const;
    expect(DecimalScalar.parseLiteral(str, {})).toBe('10.50');
  });
  it('serialises strings and bigints, refuses JS numbers', () => {
    expect(DecimalScalar.serialize('1.10')).toBe('1.10');
    expect(DecimalScalar.serialize(15n)).toBe('15');
    expect(() => DecimalScalar.serialize(1.1)).toThrow();
  });
  it('normalises leading zeros', () => {
    expect(normaliseDecimal('000')).toBe('0');
    expect(normaliseDecimal('-000.50')).toBe('-0.50');
  });
});

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow(/calendar date/);
    expect(() => DateScalar.parseValue('2025-02-30')).toThrow();
    expect(() => DateScalar.parseValue('2025-13-01')).toThrow();
    expect(() => DateScalar.parseValue('2025-1-01')).toThrow();
    expect(() => DateScalar.parseValue('9999-01-01')).toThrow();
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });
  it('serialises without time-zone drift', () => {
    expect(DateScalar.serialize('2025-03-31')).toBe('2025-03-31');
    // a Date at UTC midnight stays the same calendar day whatever TZ the server runs in
    expect(DateScalar.serialize(new Date(Date.UTC(2025, 2, 31)))).toBe('2025-03-31');
  });
  it('works inside a parsed query literal', () => {
    const doc = parse('{ f(d: "2025-01-15") }');
    const arg = (doc.definitions[0] as never as { selectionSet: { selections: { arguments: { value: unknown }[] }[] } }).selectionSet.selections[0].arguments[0].value;
    expect(DateScalar.parseLiteral(arg as never, {})).toBe('2025-01-15');
  });
});

describe('DateTime scalar', () => {
  it('parses ISO instants with offset and serialises in UTC', () => {
    const d = DateTimeScalar.parseValue('2026-11-25T09:00:00+01:00');
    expect(d.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(DateTimeScalar.serialize(d)).toBe('2026-11-25T08:00:00.000Z');
  });
  it('rejects instants without offset', () => {
    expect(() => DateTimeScalar.parseValue('2026-11-25T09:00:00')).toThrow(/offset/);
    expect(() => DateTimeScalar.parseValue('yesterday')).toThrow();
  });
});
