import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, getNotices } from '../lib/content/entries';
import { articleUrl, noticeUrl } from '../lib/content/routes';
import { lastUpdated } from '../lib/content/git-dates';
import { chineseDateTime } from '../lib/content/dates';
import { site } from '../data/site';
import { t } from '../lib/i18n';

// Every notice (upcoming ones too, so subscribers hear of a maintenance window before it starts)
// and the newest 50 new or updated articles, newest first. Notices never fall out of the feed
// behind article updates. Drafts never appear.
export const GET: APIRoute = async (context) => {
  const [articles, notices] = await Promise.all([getArticles(), getNotices()]);
  const byDate = (a: { pubDate: Date }, b: { pubDate: Date }) => b.pubDate.getTime() - a.pubDate.getTime();
  const articleItems = articles
    .map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: articleUrl(a.id),
      pubDate: lastUpdated(a.filePath, a.data.updated),
    }))
    .sort(byDate)
    .slice(0, 50);
  const items = [
    ...articleItems,
    ...[...notices.upcoming, ...notices.current, ...notices.past].map((n) => ({
      title: `${t('notices.title')}：${n.data.title}`,
      description: `${t('notices.from')} ${chineseDateTime(n.data.start)}${n.data.end ? ` · ${t('notices.until')} ${chineseDateTime(n.data.end)}` : ''}${t('notices.beijingTime')}。${t('notices.source')}${n.data.source}`,
      link: noticeUrl(n.id),
      // An upcoming notice is news from the day it was added, not from its (future) start.
      pubDate: new Date(Math.min(n.data.start.getTime(), lastUpdated(n.filePath, undefined).getTime())),
    })),
  ].sort(byDate);
  return rss({
    title: `${site.name} · ${t('feed.title')}`,
    description: t('feed.description'),
    site: context.site ?? 'http://localhost:4321',
    items,
    customData: '<language>zh-cn</language>',
  });
};
