import type { SqlHandle } from '../../db/client.js';

export interface ReminderSettingsValue {
  upcomingDays: number;
  upcomingEnabled: boolean;
  skDelayEnabled: boolean;
}

const DEFAULTS: ReminderSettingsValue = { upcomingDays: 3, upcomingEnabled: true, skDelayEnabled: true };

export async function getReminderSettings(sql: SqlHandle): Promise<ReminderSettingsValue> {
  const [r] = await sql<{ value: Partial<ReminderSettingsValue> | string }[]>`select value from settings where key = 'reminders'`;
  const v = typeof r?.value === 'string' ? (JSON.parse(r.value) as Partial<ReminderSettingsValue>) : r?.value;
  return { ...DEFAULTS, ...(v ?? {}) };
}

export async function setReminderSettings(sql: SqlHandle, v: ReminderSettingsValue): Promise<void> {
  await sql`insert into settings (key, value, updated_at) values ('reminders', ${JSON.stringify(v)}::jsonb, now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`;
}
