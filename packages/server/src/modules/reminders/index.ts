// type-graphql's decorators in the types this face re-exports need the metadata polyfill loaded first, whoever imports it
import 'reflect-metadata';
/** The public face of the reminders module: other modules import only this file (eslint.config.js, "module faces"). */
export { reminderCandidates, reminderChannel, runReminders } from './reminders.service.js';
export { getReminderSettings } from './reminders.settings.js';
