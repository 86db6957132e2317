import { zhCN, type UIKey } from './zh-CN';

export type { UIKey };

/** Returns the UI string for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: UIKey, values: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
