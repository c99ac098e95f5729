// The claim's note (批注) in a small Lexical rich-text editor: bold, lists and links. Saved when
// the editor loses focus or typing pauses, as the serialised editor state plus its plain text
// for search, and only when it changed. A note changed elsewhere (undo, merge) is taken in
// while the editor does not have focus; a stored note that is not valid editor JSON opens as
// its plain text.
import { useEffect, useRef, useState } from 'react';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  createEditor,
  FORMAT_TEXT_COMMAND,
  type BaseSelection,
  type EditorState,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
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
import { DRAFT_PAUSE_MS } from '../app/DraftField';

interface Props {
  note: RichNote;
  readOnly: boolean;
  onSave(note: RichNote): void;
}

const isWebUrl = (url: string) => /^https?:\/\/\S+$/i.test(url);

const NODES: Klass<LexicalNode>[] = [ListNode, ListItemNode, LinkNode];

function $plainTextNote(text: string): void {
  const root = $getRoot();
  root.clear();
  for (const line of text.split('\n')) root.append($createParagraphNode().append($createTextNode(line)));
}

/** The stored note as the editor's initial state: its JSON when the editor can read it, else its text. */
export function noteState(note: RichNote): string | ((editor: LexicalEditor) => void) | undefined {
  if (note.json) {
    try {
      createEditor({ nodes: NODES, onError: (e) => { throw e; } }).parseEditorState(note.json);
      return note.json;
    } catch {
      // Not editor JSON (written by another tool, or damaged): the plain text is what is left.
    }
  }
  // A note written outside the editor (pizhu claim add --note, an imported annotation) has
  // plain text only: it opens as one paragraph per line.
  return note.text ? () => $plainTextNote(note.text) : undefined;
}

export function NoteEditor({ note, readOnly, onSave }: Props) {
  const { t } = useTranslation();
  const latest = useRef<EditorState | null>(null);
  // The note as last saved or taken in, to send only real changes.
  const saved = useRef(note.json);
  const pause = useRef<ReturnType<typeof setTimeout> | null>(null);
  const save = () => {
    if (pause.current) clearTimeout(pause.current);
    pause.current = null;
    const state = latest.current;
    if (!state) return;
    const json = JSON.stringify(state.toJSON());
    if (json === saved.current) return;
    saved.current = json;
    const text = state.read(() => $getRoot().getTextContent());
    onSave({ json, text });
  };
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => () => saveRef.current(), []);
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'pizhu-note',
        editable: !readOnly,
        nodes: NODES,
        editorState: noteState(note),
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
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state, editor) => {
            latest.current = state;
            if (pause.current) clearTimeout(pause.current);
            // Not while an IME is composing: the half-typed syllables are not the note.
            pause.current = setTimeout(() => !editor.isComposing() && save(), DRAFT_PAUSE_MS);
          }}
        />
        <TakeInPlugin note={note} savedRef={saved} />
      </div>
    </LexicalComposer>
  );
}

/** Takes in a note changed elsewhere (undo, redo, merge) while the editor does not have focus. */
function TakeInPlugin({ note, savedRef }: { note: RichNote; savedRef: { current: string } }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (note.json === savedRef.current) return;
    const root = editor.getRootElement();
    if (root && root.contains(document.activeElement)) return;
    savedRef.current = note.json;
    const state = noteState(note);
    if (typeof state === 'string') editor.setEditorState(editor.parseEditorState(state));
    else editor.update(() => (state ? state(editor) : $getRoot().clear()));
  }, [editor, note, savedRef]);
  return null;
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
