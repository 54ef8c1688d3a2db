// The request-path baseline of issue 28: a bare @apollo/server on the same HTTP integration as the app
// (Express 5 + @as-integrations/express5 + express.json), answering `{ me { id } }` from memory — no session, no
// guards, no database. Started as its own process by bench/suite.ts (as the app is); prints its URL and waits.
// With BARE_SDL and BARE_ANSWERS (files written by the debtor-file measure) it serves the app's own schema and
// answers the debtor-file document from memory with the app's recorded answers (the debtor file's physical bound:
// the same document, the same data, through graphql-js and the same HTTP integration, without session or database).
import fs from 'node:fs';
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';

const me = { id: '00000000-0000-4000-8000-000000000001' };
let typeDefs = `type User { id: ID! }  type Query { me: User }`;
let resolvers = { Query: { me: () => me } };
if (process.env.BARE_SDL && process.env.BARE_ANSWERS) {
  typeDefs = fs.readFileSync(process.env.BARE_SDL, 'utf8');
  /** fileId → the app's `data` for that file; partyId → its partyContacts */
  const byFile = new Map();
  const byParty = new Map();
  for (const a of JSON.parse(fs.readFileSync(process.env.BARE_ANSWERS, 'utf8'))) {
    byFile.set(a.fileId, a.data);
    byParty.set(a.partyId, a.data.partyContacts);
  }
  resolvers = {
    Query: {
      me: () => me,
      debtorFile: (_p, { id }) => byFile.get(id)?.debtorFile ?? null,
      partyContacts: (_p, { partyId }) => byParty.get(partyId) ?? null,
      fileLoans: (_p, { fileId }) => byFile.get(fileId)?.fileLoans ?? [],
      notices: (_p, { filter }) => byFile.get(filter.fileId)?.notices ?? null,
    },
  };
}
const apollo = new ApolloServer({ typeDefs, resolvers });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => console.log(`bare-apollo http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => {
  void apollo.stop().then(() => server.close(() => process.exit(0)));
});
