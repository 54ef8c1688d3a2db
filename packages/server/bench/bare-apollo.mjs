// The request-path baseline of issue 28: a bare @apollo/server on the same HTTP integration as the app
// (Express 5 + @as-integrations/express5 + express.json), answering `{ me { id } }` from memory — no session, no
// guards, no database. Started as its own process by bench/suite.ts (as the app is); prints its URL and waits.
import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';

const typeDefs = `type User { id: ID! }  type Query { me: User }`;
const me = { id: '00000000-0000-4000-8000-000000000001' };
const apollo = new ApolloServer({ typeDefs, resolvers: { Query: { me: () => me } } });
await apollo.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(apollo));
const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => console.log(`bare-apollo http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => {
  void apollo.stop().then(() => server.close(() => process.exit(0)));
});
