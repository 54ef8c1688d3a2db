/** The public face of the partner module: other modules import only this file (eslint.config.js, "module faces"). */
export { partnerRouter } from './partner.router.js';
