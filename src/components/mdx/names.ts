// The names of the components editors may use in MDX (src/components/mdx/index.ts maps each to
// its .astro file). Plain data, so the content check can read it outside Astro.
export const mdxComponentNames = [
  'Callout',
  'ContactCard',
  'FirstStep',
  'IfScammed',
  'Phone',
  'PublishedLimits',
  'ScamNumbers',
  'Site',
  'Steps',
  'WrongNumbers',
] as const;

/** One registered component's name. */
export type MdxComponentName = (typeof mdxComponentNames)[number];
