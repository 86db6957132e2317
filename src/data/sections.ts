/** One section of the help center. Adding a section is one entry here plus a folder in `content/`. */
export interface Section {
  /** Folder name under `content/` and first URL segment. Lowercase ASCII. */
  id: string;
  /** Chinese name shown in navigation and titles. */
  name: string;
  /** One line saying what the reader finds in this section. */
  summary: string;
  /** Name of an icon in `src/components/Icon.astro`. */
  icon: IconName;
  /** Position on the home page and in navigation. */
  order: number;
  /** Show the troubleshooter's entry at the top of this section's page. */
  diagnose?: boolean;
  /** Articles are questions answered in their first paragraph (FAQPage structured data). */
  faq?: boolean;
  /** Articles are fixes: each opens with `<FirstStep>` and ends with the “还没解决？” route. */
  fix?: boolean;
}

/** Icons available to sections and UI (drawn in `Icon.astro`). */
export type IconName = 'alert' | 'wrench' | 'shield' | 'question' | 'phone' | 'search' | 'contrast';

/** The sections of the help center, in display order. */
export const sections = [
  {
    id: 'causes',
    name: '异常原因',
    summary: '钱包为什么会出问题：账户安全、网络、维护、限制与限额。',
    icon: 'alert',
    order: 1,
  },
  {
    id: 'fixes',
    name: '解决步骤',
    summary: '按你看到的情况，一步一步把钱包恢复正常。',
    icon: 'wrench',
    order: 2,
    diagnose: true,
    fix: true,
  },
  {
    id: 'prevention',
    name: '预防措施',
    summary: '密码、验证、交易记录和防骗习惯，让问题少发生。',
    icon: 'shield',
    order: 3,
  },
  {
    id: 'faq',
    name: '常见问题',
    summary: '扣了两次？红包不见了？会影响征信吗？这里有答案。',
    icon: 'question',
    order: 4,
    faq: true,
  },
  {
    id: 'complaints',
    name: '投诉与反馈',
    summary: '客服热线、官网、社交媒体，以及找监管部门的顺序。',
    icon: 'phone',
    order: 5,
  },
] as const satisfies readonly Section[];

/** Sections sorted by their `order`. */
export const orderedSections: readonly Section[] = /* @__PURE__ */ [...sections].sort((a, b) => a.order - b.order);

/** Returns the section with this id, or `undefined` when there is none. */
export function getSection(id: string): Section | undefined {
  return sections.find((s) => s.id === id);
}
