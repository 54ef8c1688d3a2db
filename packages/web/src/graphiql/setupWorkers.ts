// Monaco workers for GraphiQL 5, bundled by Vite (`?worker`, ES-module workers: see vite.config.ts).
// Same as 'graphiql/setup-workers/vite', but in our own source: Vite 8's dependency optimizer (rolldown)
// cannot pre-bundle `?worker` imports that sit inside node_modules, which broke `vite dev`.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

type MonacoEnvironmentLike = { getWorker(workerId: string, label: string): Worker };

(globalThis as { MonacoEnvironment?: MonacoEnvironmentLike }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new JsonWorker();
      case 'graphql':
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
};
