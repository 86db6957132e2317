/** The page of a troubleshooter node: the start node lives at /diagnose/ itself. */
export function diagnoseUrl(id: string, start: string): string {
  return id === start ? '/diagnose/' : `/diagnose/${id}/`;
}
