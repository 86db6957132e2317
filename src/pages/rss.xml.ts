import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, getNotices } from '../lib/content/entries';
import { articleUrl } from '../lib/content/routes';
import { lastUpdated } from '../lib/content/git-dates';
import { site } from '../data/site';
import { t } from '../lib/i18n';

// New and updated articles and every notice, newest first. Drafts never appear.
export const GET: APIRoute = async (context) => {
  const [articles, notices] = await Promise.all([getArticles(), getNotices()]);
  const items = [
    ...articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: articleUrl(a.id),
      pubDate: lastUpdated(a.filePath, a.data.updated),
    })),
    ...[...notices.current, ...notices.past].map((n) => ({
      title: `${t('notices.title')}：${n.data.title}`,
      description: n.data.source,
      link: `/notices/#${n.id}`,
      pubDate: n.data.start,
    })),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  return rss({
    title: `${site.name} · ${t('feed.title')}`,
    description: t('feed.description'),
    site: context.site ?? 'http://localhost:4321',
    items: items.slice(0, 50),
    customData: '<language>zh-cn</language>',
  });
};
