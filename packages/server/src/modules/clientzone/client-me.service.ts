import type { Context } from '../../graphql/context.js';
import type { ClientMeType } from './clientzone.types.js';

/** The logged-in client as the client zone shows them: their name from the party (moved out of clientzone.resolver.ts). */
export async function meOf(ctx: Pick<Context, 'sql'>, partyId: string, login: string, mustChange: boolean): Promise<ClientMeType> {
  const [p] = await ctx.sql<{ first_name: string | null; last_name: string | null; company_name: string | null }[]>`
    select first_name, last_name, company_name from parties where id = ${partyId}`;
  const name = p ? p.company_name?.trim() || [p.first_name, p.last_name].filter(Boolean).join(' ') : '';
  return { partyId, login, name, mustChangePassword: mustChange };
}
