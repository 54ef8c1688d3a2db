import { loadConfig, type AppConfig } from './config.js';

let current: AppConfig | undefined;
export function appConfig(): AppConfig {
  current ??= loadConfig();
  return current;
}
export function setAppConfig(c: AppConfig) {
  current = c;
}
