// The codebook file (标签体系文件): the tags of a project as portable JSON, parents by name so
// the file can be imported into any project; and the codebook's tree order. Pure.
import { z } from 'zod';
import { HotkeySchema, TagColorSchema, type Tag } from '../../../shared/domain/codebook';

const CodebookFileSchema = z.object({
  type: z.literal('pizhu-codebook'),
  version: z.literal(1),
  tags: z.array(
    z.object({
      name: z.string().trim().min(1),
      color: TagColorSchema,
      description: z.string().default(''),
      hotkey: HotkeySchema.default(null),
      parent: z.string().nullable().default(null),
    }),
  ),
});
export type CodebookFile = z.infer<typeof CodebookFileSchema>;

export function codebookToFile(tags: readonly Tag[]): CodebookFile {
  const nameOf = (id: string | null) => tags.find((t) => t.id === id)?.name ?? null;
  return {
    type: 'pizhu-codebook',
    version: 1,
    tags: tags.map((t) => ({ name: t.name, color: t.color, description: t.description, hotkey: t.hotkey, parent: nameOf(t.parentId) })),
  };
}

/** The file's tags, or null when the text is not a codebook file. */
export function parseCodebookFile(text: string): CodebookFile | null {
  try {
    const parsed = CodebookFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Tags in tree order (each parent followed by its children), with their depth. */
export function treeOrder(tags: readonly Tag[]): { tag: Tag; depth: number }[] {
  const out: { tag: Tag; depth: number }[] = [];
  const known = new Set(tags.map((t) => t.id));
  const visit = (parentId: string | null, depth: number) => {
    for (const tag of tags) {
      // A tag whose parent is gone is shown at the top level rather than lost.
      const parent = tag.parentId && known.has(tag.parentId) ? tag.parentId : null;
      if (parent !== parentId || out.some((o) => o.tag.id === tag.id)) continue;
      out.push({ tag, depth });
      visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  // Tags caught in a parent cycle are never reached from the top; list them anyway.
  for (const tag of tags) if (!out.some((o) => o.tag.id === tag.id)) out.push({ tag, depth: 0 });
  return out;
}
