import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { BadUserInput } from '../../graphql/errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** Relay-style connection type factory. */
export function Connection<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`)
  class Conn {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return Conn;
}

const MAX_PAGE = 200;

export function pageSize(first: number | null | undefined, def = 50): number {
  const n = first ?? def;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw BadUserInput.field('first', 'page.size', `first must be between 1 and ${MAX_PAGE}`, { max: MAX_PAGE });
  }
  return n;
}

/** Opaque keyset cursor: base64url(JSON of the sort key values). */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === arity) return v;
  } catch {
    /* fallthrough */
  }
  throw BadUserInput.field('after', 'cursor.invalid', 'Invalid pagination cursor');
}
