import { rolesFor } from '@raty/domain';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { toLine, toStatement } from './statements.mappers.js';
import {
  assignLine,
  getLine,
  getStatement,
  importStatement,
  listLines,
  listStatements,
  loanNumbersOf,
  markLine,
  queueCounts,
  statementCounts,
  suggestionsFor,
  undoLineMatch,
  type LineRow,
} from './statements.service.js';
import {
  AssignStatementLineInput,
  BankStatementType,
  ImportStatementInput,
  LoanSuggestionType,
  QueueCountsType,
  StatementLineFilter,
  StatementLineMark,
  StatementLineType,
} from './statements.types.js';

async function linesOut(ctx: Context, rows: LineRow[]): Promise<StatementLineType[]> {
  const numbers = await loanNumbersOf(ctx.sql, rows);
  return rows.map((l) => toLine(l, l.loan_id ? (numbers.get(l.loan_id) ?? null) : null));
}

@Resolver()
export class StatementsResolver {
  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => [BankStatementType], { description: 'Issue 30: imports an MT940 or camt.053 statement; matched lines are posted at once, each exactly once.' })
  async importStatement(@Arg('input', () => ImportStatementInput) input: ImportStatementInput, @Ctx() ctx: Context): Promise<BankStatementType[]> {
    const res = await importStatement(ctx, { content: input.content, fileName: input.fileName ?? null, dialect: input.dialect ?? null, source: 'UPLOAD' });
    return res.map((r) => toStatement(r.statement, r.counts));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Query(() => [BankStatementType])
  async bankStatements(@Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number, @Ctx() ctx: Context): Promise<BankStatementType[]> {
    const rows = await listStatements(ctx.sql, limit);
    return Promise.all(rows.map(async (s) => toStatement(s, await statementCounts(ctx.sql, s.id, s.line_count))));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Query(() => BankStatementType)
  async bankStatement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BankStatementType> {
    const s = await getStatement(ctx.sql, id);
    return toStatement(s, await statementCounts(ctx.sql, s.id, s.line_count));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Query(() => [StatementLineType], { description: 'Lines of a statement, or the unmatched queue (statuses: [UNMATCHED])' })
  async statementLines(@Arg('filter', () => StatementLineFilter) filter: StatementLineFilter, @Ctx() ctx: Context): Promise<StatementLineType[]> {
    return linesOut(ctx, await listLines(ctx.sql, filter));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Query(() => [LoanSuggestionType], { description: 'Suggested loans for an unmatched line, with score and reason' })
  async statementLineSuggestions(@Arg('lineId', () => ID) lineId: string, @Ctx() ctx: Context): Promise<LoanSuggestionType[]> {
    return suggestionsFor(ctx.sql, await getLine(ctx.sql, lineId));
  }

  @Authorized(...rolesFor('statements.manage'))
  @Query(() => QueueCountsType)
  async statementQueueCounts(@Ctx() ctx: Context): Promise<QueueCountsType> {
    return queueCounts(ctx.sql);
  }

  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => StatementLineType, { description: 'Assigns an unmatched line to one loan or splits it across several; each part is posted once.' })
  async assignStatementLine(@Arg('input', () => AssignStatementLineInput) input: AssignStatementLineInput, @Ctx() ctx: Context): Promise<StatementLineType> {
    const l = await assignLine(
      ctx,
      input.lineId,
      input.parts.map((p) => ({ loanId: p.loanId, amount: p.amount })),
      { acceptOverpayment: input.acceptOverpayment === true },
    );
    return (await linesOut(ctx, [l]))[0];
  }

  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => StatementLineType, { description: 'Marks an unmatched line as returned to the payer or as not ours.' })
  async markStatementLine(
    @Arg('lineId', () => ID) lineId: string,
    @Arg('mark', () => StatementLineMark) mark: StatementLineMark,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<StatementLineType> {
    return (await linesOut(ctx, [await markLine(ctx, lineId, mark, note ?? null)]))[0];
  }

  @Authorized(...rolesFor('statements.manage'))
  @Mutation(() => StatementLineType, { description: 'Undoes a wrong match: the payments are reversed and the line goes back to the queue.' })
  async undoStatementLineMatch(@Arg('lineId', () => ID) lineId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<StatementLineType> {
    return (await linesOut(ctx, [await undoLineMatch(ctx, lineId, reason)]))[0];
  }
}
