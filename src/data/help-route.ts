// The “还没解决？” route that ends every fix article (and every article about fraud): what to
// try next, in order. The article page picks the route from the article's frontmatter.
import type { ContactId } from './contacts';
import type { UIKey } from '../lib/i18n';
import { articleUrl, fixedPages, localePath } from '../lib/content/routes';
import type { Lang } from '../lib/i18n';

/** One step of the route: a page to open or a number to call, with its dictionary texts. */
export type RouteStep =
  | { kind: 'link'; href: string; label: UIKey; body: UIKey; action: UIKey }
  | { kind: 'call'; contact: ContactId; label: UIKey; body: UIKey };

const complain = {
  kind: 'link',
  href: articleUrl('complaints/escalate-to-regulators'),
  label: 'route.complain',
  action: 'route.complainAction',
} as const;

/** The routes by name: `default` for fixes, `fraud` where money may have gone to a fraudster. */
export const helpRoutes = {
  default: [
    {
      kind: 'link',
      href: fixedPages.diagnose,
      label: 'route.diagnose',
      body: 'route.diagnoseBody',
      action: 'route.diagnoseAction',
    },
    { kind: 'call', contact: 'icbc-hotline', label: 'route.bank', body: 'route.bankBody' },
    { ...complain, body: 'route.complainBody' },
  ],
  // facts.md "Fraud victims": 110 first; regulators only for complaints about the bank.
  fraud: [
    { kind: 'call', contact: 'police-110', label: 'route.police', body: 'route.policeBody' },
    { kind: 'call', contact: 'icbc-hotline', label: 'route.bankFraud', body: 'route.bankFraudBody' },
    { ...complain, body: 'route.complainFraudBody' },
  ],
} as const satisfies Record<string, readonly RouteStep[]>;

/** Where a step's Chinese page has an English page of another name. */
const englishTargets: Record<string, string> = {
  [articleUrl('complaints/escalate-to-regulators')]: articleUrl('complaints/how-to-complain', 'en'),
};

/** The route an article ends with, or none: fraud pages get `fraud`, fix sections `default`. */
export function helpRouteFor(
  article: { fraud: boolean },
  section: { fix?: boolean },
  lang: Lang = 'zh-CN',
): readonly RouteStep[] | undefined {
  const route = article.fraud ? helpRoutes.fraud : section.fix ? helpRoutes.default : undefined;
  // The same steps in the English edition link to its own pages.
  return route?.map((s) =>
    s.kind === 'link' && lang === 'en' ? { ...s, href: englishTargets[s.href] ?? localePath(s.href, 'en') } : s,
  );
}
