import { numeric } from 'drizzle-orm/pg-core';

/** Money: exact decimal, 2 decimals, up to 13 integer digits. Read as string, never as JS number. */
export const money = (name: string) => numeric(name, { precision: 15, scale: 2 });
/** Rates in percent p.a., e.g. 12.5000. */
export const rate = (name: string) => numeric(name, { precision: 9, scale: 4 });
