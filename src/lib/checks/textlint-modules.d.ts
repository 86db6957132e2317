// textlint-plugin-mdx and textlint-rule-prh ship no type declarations.
declare module 'textlint-plugin-mdx' {
  import type { TextlintPluginCreator } from '@textlint/types';
  const plugin: TextlintPluginCreator;
  export default plugin;
}
declare module 'textlint-rule-prh' {
  import type { TextlintRuleModule } from '@textlint/types';
  const rule: TextlintRuleModule<{
    ruleContents?: string[];
    rulePaths?: string[];
    checkLink?: boolean;
    checkEmphasis?: boolean;
    checkBlockQuote?: boolean;
  }>;
  export default rule;
}
