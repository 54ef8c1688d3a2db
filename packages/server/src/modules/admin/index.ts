/** The public face of the admin module: its resolver (staff users and API tokens); its use cases are admin.service.ts. */
export { AdminResolver } from './admin.resolver.js';
