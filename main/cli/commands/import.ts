// `pizhu import FILE.pizhu ARTICLE...`: adds articles to a project. Every file is previewed
// first; if any of them cannot be read cleanly, nothing is added.
import type { Command } from 'commander';
import { ENCODING_CHOICES, type EncodingChoice } from '../../../shared/api/views';
import { cpLength } from '../../../shared/text/codepoints';
import type { Article } from '../../../shared/domain/project';
import { ProjectStore } from '../../project/store';
import { commitResolved, resolveImport, type Resolved } from '../../services/import-service';
import { translate } from '../../../shared/i18n';
import { CliExit, makeOut } from '../output';
import { runLanguage } from '../run';
import { cliSession } from '../session';

interface Options {
  encoding: EncodingChoice;
  title?: string;
  json?: boolean;
}

export function articleSummary(article: Article) {
  const { content, importInfo } = article;
  const blocks: Record<string, number> = {};
  for (const b of content.blocks) blocks[b.kind] = (blocks[b.kind] ?? 0) + 1;
  return {
    id: article.id,
    title: content.title,
    source: content.source,
    encoding: importInfo.encoding ? { name: importInfo.encoding, confidence: importInfo.confidence ?? null } : null,
    characters: cpLength(content.text),
    blocks,
    // What the import left out or doubted (a declared charset the bytes contradict, an image
    // refused): printed on stderr as it happens, and kept here for scripts.
    warnings: importInfo.warnings ?? [],
  };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import articles (.txt in any Chinese encoding, .html, .md, .docx, .pdf) into a project')
    .argument('<project>', 'the .pizhu file')
    .argument('<articles...>', 'the article files')
    .option('--encoding <encoding>', `text encoding: ${ENCODING_CHOICES.join('|')}`, 'auto')
    .option('-t, --title <title>', 'the article title (one article only)')
    .option('--json', 'print the imported articles as JSON')
    .action(async (project: string, files: string[], opts: Options) => {
      const lang = runLanguage();
      if (!(ENCODING_CHOICES as readonly string[]).includes(opts.encoding)) {
        throw new CliExit(2, translate(lang, 'cli.import.unknownEncoding', { encoding: opts.encoding, choices: ENCODING_CHOICES.join(', ') }));
      }
      if (opts.title && files.length > 1) throw new CliExit(2, translate(lang, 'cli.import.oneTitle'));
      const session = cliSession();
      const options = { encoding: opts.encoding, ...(opts.title ? { title: opts.title } : {}) };
      const store = ProjectStore.open(project, session);
      try {
        // Read every file before adding any, so one bad file leaves the project unchanged.
        const resolved: Resolved[] = [];
        for (const path of files) resolved.push(await resolveImport({ kind: 'path', path }, options, session.lang));
        for (const r of resolved) for (const warning of r.preview.warnings) process.stderr.write(`pizhu: ${r.fileName}: ${warning}\n`);
        const imported: Article[] = resolved.map((r) => commitResolved(store, r, session.lang));
        const summaries = imported.map(articleSummary);
        makeOut(Boolean(opts.json)).result(summaries, () =>
          summaries
            .map((a) => {
              const enc = a.encoding ? ` · ${a.encoding.name}${a.encoding.confidence != null ? ` (${Math.round(a.encoding.confidence * 100)}%)` : ''}` : '';
              const kinds = Object.entries(a.blocks).map(([k, n]) => `${k} ${n}`).join(', ');
              return `${a.id}  ${a.title}\n  ${translate(lang, 'cli.import.summary', { characters: a.characters, encoding: enc, blocks: kinds })}`;
            })
            .join('\n'),
        );
      } finally {
        store.close();
      }
    });
}
