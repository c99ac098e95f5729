// What the user chose in the export dialog, remembered per project: kept where the reader keeps its
// own view settings (localStorage), under the project's id, so a copy or a moved file remembers
// too and the project file itself is not changed by opening a dialog. What is read back is checked
// field by field; an article or tag the project no longer has is dropped.
import { z } from 'zod';
import { ExportOptionsSchema, type ExportRequest } from '../../../shared/export/options';

const ChoiceSchema = ExportOptionsSchema.pick({
  format: true,
  verdicts: true,
  statuses: true,
  tagIds: true,
  strengths: true,
  include: true,
  paper: true,
  lang: true,
}).extend({
  /** The articles chosen; null for all of them. */
  articleIds: z.array(z.string()).nullable(),
});
export type ExportChoice = z.infer<typeof ChoiceSchema>;

const keyOf = (projectId: string) => `pizhu.export.${projectId}`;

export function defaultChoice(lang: ExportChoice['lang']): ExportChoice {
  return { ...ChoiceSchema.parse({ format: 'pdf', lang, articleIds: null }), verdicts: [], statuses: [], tagIds: [], strengths: [] };
}

/** The remembered choice, or the defaults; ids the project no longer has are left out. */
export function loadChoice(projectId: string, lang: ExportChoice['lang'], known: { articleIds: string[]; tagIds: string[] }): ExportChoice {
  const fallback = defaultChoice(lang);
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(keyOf(projectId)) ?? 'null');
  } catch {
    return fallback;
  }
  const parsed = ChoiceSchema.safeParse(stored);
  if (!parsed.success) return fallback;
  const c = parsed.data;
  const articleIds = c.articleIds?.filter((id) => known.articleIds.includes(id)) ?? null;
  return {
    ...c,
    articleIds: articleIds?.length ? articleIds : null,
    tagIds: (c.tagIds ?? []).filter((id) => known.tagIds.includes(id)),
    verdicts: c.verdicts ?? [],
    statuses: c.statuses ?? [],
    strengths: c.strengths ?? [],
  };
}

export function saveChoice(projectId: string, choice: ExportChoice): void {
  localStorage.setItem(keyOf(projectId), JSON.stringify(choice));
}

/** The export request for a choice: empty filters are left out (they would keep no claim). */
export function requestOf(c: ExportChoice, jobId: string): ExportRequest {
  return {
    format: c.format,
    paper: c.paper,
    lang: c.lang,
    include: c.include,
    jobId,
    ...(c.articleIds ? { articleIds: c.articleIds } : {}),
    ...(c.verdicts?.length ? { verdicts: c.verdicts } : {}),
    ...(c.statuses?.length ? { statuses: c.statuses } : {}),
    ...(c.strengths?.length ? { strengths: c.strengths } : {}),
    ...(c.tagIds?.length ? { tagIds: c.tagIds } : {}),
  };
}
