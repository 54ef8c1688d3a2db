/** The public face of the dictionaries module: other modules import only this file (eslint.config.js, "module faces"). */
export { ScheduleConventionsInput } from './dictionaries.types.js';
