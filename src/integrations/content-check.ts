import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblem, type Problem } from '../lib/checks/index';
import type { RawArticle } from '../lib/content/disk';
import { checkBuiltLinks } from '../lib/checks/site-links';

function fail(title: string, problems: Problem[]): never {
  throw new Error(`${title} ${problems.length} 个问题：\n- ${problems.map(formatProblem).join('\n- ')}`);
}

/**
 * Runs the content checks before every production build and checks the built site's links
 * after it. `articles` are the files of `contentDir` as astro.config.mjs read them.
 */
export default function contentCheck(contentDir: string, articles: readonly RawArticle[]): AstroIntegration {
  return {
    name: 'help-center:content-check',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const problems = await checkContent(contentDir, articles);
        if (problems.length > 0) fail('内容检查发现', problems);
        logger.info('内容检查通过');
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkBuiltLinks(fileURLToPath(dir));
        if (problems.length > 0) fail('构建后的链接检查发现', problems);
        logger.info('站内链接检查通过');
      },
    },
  };
}
