/** "Edit this page" and "report a problem" links for an article, or undefined without a repository. */
export function editLinks(
  repository: string,
  branch: string,
  filePath: string | undefined,
  page: { title: string; url: string },
  issueBody: string,
): { edit: string; issue: string } | undefined {
  if (!repository || !filePath) return undefined;
  const repo = repository.replace(/\/+$/, '');
  const gitlab = /gitlab/i.test(new URL(repo).hostname);
  const title = `内容问题：${page.title}`;
  const body = `${issueBody}\n\n页面：${page.url}\n文件：${filePath}`;
  return gitlab
    ? {
        edit: `${repo}/-/edit/${branch}/${filePath}`,
        issue: `${repo}/-/issues/new?${new URLSearchParams({ 'issue[title]': title, 'issue[description]': body })}`,
      }
    : {
        edit: `${repo}/edit/${branch}/${filePath}`,
        issue: `${repo}/issues/new?${new URLSearchParams({ title, body })}`,
      };
}
