import { z } from 'astro/zod';

/** One entry of `content/synonyms.yaml`: the word articles use, and what readers type instead. */
export const synonymSchema = z.object({
  /** The word as the articles write it (the YAML key). */
  id: z.string().trim().min(1, { error: '同义词表里有一行左边是空的，请写上文章里用的词。' }),
  /** Other ways readers say it. */
  variants: z
    .array(z.string({ error: '同义词必须是文字，例如 账户: [账号, 帐号]' }).trim().min(1), {
      error: '右边必须写成列表，例如 账户: [账号, 帐号]',
    })
    .min(1, { error: '右边至少写一个读者会输入的说法，例如 账户: [账号]' }),
});

/** A validated synonym entry. */
export type Synonym = z.infer<typeof synonymSchema>;
