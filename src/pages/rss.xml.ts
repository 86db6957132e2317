import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, getNotices } from '../lib/content/entries';
import { articleUrl } from '../lib/content/routes';
import { lastUpdated } from '../lib/content/git-dates';
import { site } from '../data/site';
import { t } from '../lib/i18n';

// The newest articles (at most 50) and every notice, newest first. Drafts never appear.
const articleLimit = 50;

export const GET: APIRoute = async (context) => {
  const [articles, notices] = await Promise.all([getArticles(), getNotices()]);
  const byDate = <T extends { pubDate: Date }>(list: T[]) =>
    list.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const items = [
    ...byDate(
      articles.map((a) => ({
        title: a.data.title,
        description: a.data.description,
        link: articleUrl(a.id),
        pubDate: lastUpdated(a.filePath, a.data.updated),
      })),
    ).slice(0, articleLimit),
    ...[...notices.current, ...notices.past].map((n) => ({
      title: `${t('notices.title')}：${n.data.title}`,
      description: n.data.source,
      link: `/notices/#${n.id}`,
      pubDate: n.data.start,
    })),
  ];
  return rss({
    title: `${site.name} · ${t('feed.title')}`,
    description: t('feed.description'),
    site: context.site ?? 'http://localhost:4321',
    items: byDate(items),
    customData: '<language>zh-cn</language>',
  });
};
