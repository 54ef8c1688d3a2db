/** The public face of the audit module: other modules import only this file (eslint.config.js, "module faces"). */
export { registerRetentionJob } from './retention.js';
