// The claim's note (批注) in a small Lexical rich-text editor: bold, lists and links. Saved when
// the editor loses focus, as the serialised editor state plus its plain text for search.
import { useRef, useState } from 'react';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, $setSelection, FORMAT_TEXT_COMMAND, type BaseSelection, type EditorState } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListItemNode, ListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RichNote } from '../../../shared/domain/claim';

interface Props {
  note: RichNote;
  readOnly: boolean;
  onSave(note: RichNote): void;
}

const isWebUrl = (url: string) => /^https?:\/\/\S+$/i.test(url);

function $plainTextNote(text: string): void {
  const root = $getRoot();
  for (const line of text.split('\n')) root.append($createParagraphNode().append($createTextNode(line)));
}

export function NoteEditor({ note, readOnly, onSave }: Props) {
  const { t } = useTranslation();
  const latest = useRef<EditorState | null>(null);
  const save = () => {
    const state = latest.current;
    if (!state) return;
    const json = JSON.stringify(state.toJSON());
    if (json === note.json) return;
    const text = state.read(() => $getRoot().getTextContent());
    onSave({ json, text });
  };
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'pizhu-note',
        editable: !readOnly,
        nodes: [ListNode, ListItemNode, LinkNode],
        // A note written outside the editor (pizhu claim add --note, an imported annotation) has
        // plain text only: it opens as one paragraph per line.
        editorState: note.json || (note.text ? () => $plainTextNote(note.text) : undefined),
        theme: { text: { bold: 'note-bold' }, link: 'note-link' },
        onError(error: Error) {
          throw error;
        },
      }}
    >
      <div
        className="note-editor"
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) save();
        }}
      >
        {!readOnly && <NoteToolbar />}
        <RichTextPlugin
          contentEditable={<ContentEditable className="note-content" aria-label={t('inspector.note')} aria-labelledby="insp-note" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isWebUrl} />
        <OnChangePlugin ignoreSelectionChange onChange={(state) => (latest.current = state)} />
      </div>
    </LexicalComposer>
  );
}

function NoteToolbar() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  // The selection a link will be applied to, kept while the address field has focus.
  const [linkAt, setLinkAt] = useState<BaseSelection | null>(null);
  const [url, setUrl] = useState('https://');
  const applyLink = () => {
    editor.update(() => {
      $setSelection(linkAt?.clone() ?? null);
      if ($isRangeSelection($getSelection())) editor.dispatchCommand(TOGGLE_LINK_COMMAND, isWebUrl(url) ? url : null);
    });
    setLinkAt(null);
    // Back into the note, so leaving it later saves the link.
    editor.focus();
  };
  return (
    <div className="note-toolbar" role="toolbar" aria-label={t('inspector.noteToolbar')}>
      <Button className="button" aria-label={t('inspector.bold')} onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <b aria-hidden="true">B</b>
      </Button>
      <Button className="button" aria-label={t('inspector.bulletList')} onPress={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        <span aria-hidden="true">•</span>
      </Button>
      <Button className="button" onPress={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        {t('inspector.numberedList')}
      </Button>
      {linkAt ? (
        <input
          className="text-field"
          aria-label={t('inspector.linkUrl')}
          value={url}
          autoFocus
          onChange={(e) => setUrl(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              applyLink();
            } else if (e.key === 'Escape') setLinkAt(null);
          }}
        />
      ) : (
        <Button className="button" onPress={() => editor.getEditorState().read(() => setLinkAt($getSelection()?.clone() ?? null))}>
          {t('inspector.link')}
        </Button>
      )}
    </div>
  );
}
