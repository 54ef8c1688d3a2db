/** The public face of the reminders module: other modules import only this file (eslint.config.js, "module faces"). */
export { registerReminderJobs } from './reminders.jobs.js';
