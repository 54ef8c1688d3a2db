/** The public face of the analytics module: other modules import only this file (eslint.config.js, "module faces"). */
export { measuresLoader, searchLoans } from './loan-list.js';
