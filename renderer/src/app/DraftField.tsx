// Text fields that behave like forms: while a field has focus it edits a local draft, which is
// committed on blur, on Enter (single-line fields) and after a short pause in typing, and only
// when it differs from what was last committed. A new value arriving from the project (after
// any edit, undo or another field's save) never replaces what is being typed: it is taken only
// while the field does not have focus. IME composition is never committed half-way.
import { useCallback, useEffect, useRef, useState, type FocusEvent, type FocusEventHandler, type InputHTMLAttributes, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** How long typing must pause before a draft is committed. */
export const DRAFT_PAUSE_MS = 800;

interface DraftOptions {
  value: string;
  onCommit(value: string): void;
  /** Trimmed, or otherwise cleaned, before comparing and committing. */
  normalize?(value: string): string;
  /** A draft that normalizes to this is not committed (a required name left empty). */
  rejectEmpty?: boolean;
  pauseMs?: number;
}

export interface DraftBinding {
  value: string;
  onChange(event: { target: { value: string } }): void;
  onFocus(): void;
  onBlur(): void;
  onCompositionStart(): void;
  onCompositionEnd(event: { currentTarget: { value: string } }): void;
  /** Commits now (Enter, 保存, closing the form). */
  commit(): void;
}

export function useDraft({ value, onCommit, normalize = (v) => v, rejectEmpty = false, pauseMs = DRAFT_PAUSE_MS }: DraftOptions): DraftBinding {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  // The project's value, taken when it changes and the field is not being edited.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (!focused) setDraft(value);
  }
  const draftRef = useRef(value);
  const composing = useRef(false);
  const committed = useRef(value);
  const options = useRef({ onCommit, normalize, rejectEmpty });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    options.current = { onCommit, normalize, rejectEmpty };
  });
  useEffect(() => {
    committed.current = value;
    if (!focused) draftRef.current = value;
  }, [value, focused]);

  const commit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { onCommit: send, normalize: clean, rejectEmpty: required } = options.current;
    const next = clean(draftRef.current);
    if (next === committed.current || (required && !next.trim())) return;
    committed.current = next;
    send(next);
  }, []);

  // A draft still pending when the field goes away (dialog closed, another claim chosen) is kept.
  useEffect(() => () => commit(), [commit]);

  const edit = (text: string) => {
    setDraft(text);
    draftRef.current = text;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => !composing.current && commit(), pauseMs);
  };

  return {
    value: draft,
    onChange: (event) => edit(event.target.value),
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      commit();
      const { normalize: clean, rejectEmpty: required } = options.current;
      // What was committed is shown cleaned; a required field left empty shows its value again.
      const shown = required && !clean(draftRef.current).trim() ? committed.current : clean(draftRef.current);
      draftRef.current = shown;
      setDraft(shown);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event) => {
      composing.current = false;
      edit(event.currentTarget.value);
    },
    commit,
  };
}

type Commit = Omit<DraftOptions, 'value'> & { value: string };

function split<P extends Commit>(props: P) {
  const { value, onCommit, normalize, rejectEmpty, pauseMs, ...rest } = props;
  return { options: { value, onCommit, normalize, rejectEmpty, pauseMs } as DraftOptions, rest };
}

/** The props a draft gives its element, chained with the element's own focus handlers. */
function bind<E extends HTMLInputElement | HTMLTextAreaElement>(
  draft: DraftBinding,
  own: { onFocus?: FocusEventHandler<E>; onBlur?: FocusEventHandler<E> },
) {
  return {
    value: draft.value,
    onChange: draft.onChange,
    onCompositionStart: draft.onCompositionStart,
    onCompositionEnd: draft.onCompositionEnd,
    onFocus: (e: FocusEvent<E>) => {
      draft.onFocus();
      own.onFocus?.(e);
    },
    onBlur: (e: FocusEvent<E>) => {
      draft.onBlur();
      own.onBlur?.(e);
    },
  };
}

/** A single-line text field with a draft: Enter commits, Escape goes back to the committed value. */
export function DraftInput(props: Commit & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> & { ref?: Ref<HTMLInputElement> }) {
  const { options, rest } = split(props);
  const draft = useDraft(options);
  const { onKeyDown, onFocus, onBlur, ...attrs } = rest;
  return (
    <input
      className="text-field"
      {...attrs}
      {...bind(draft, { onFocus, onBlur })}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) draft.commit();
        else if (e.key === 'Escape' && draft.value !== options.value) {
          e.stopPropagation();
          draft.onChange({ target: { value: options.value } });
        }
        onKeyDown?.(e);
      }}
    />
  );
}

/** A multi-line text field with a draft (Enter makes a new line). */
export function DraftTextArea(props: Commit & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'>) {
  const { options, rest } = split(props);
  const draft = useDraft(options);
  const { onFocus, onBlur, ...attrs } = rest;
  return <textarea className="text-field" {...attrs} {...bind(draft, { onFocus, onBlur })} />;
}

/**
 * A select that shows the chosen option at once and commits it, then follows the project's
 * value when that changes. Stepping through options with the arrow keys never jumps back to
 * the value the project had before the last step was saved.
 */
export function ChoiceSelect({
  value,
  scope = '',
  onCommit,
  ...attrs
}: {
  value: string;
  /** Whose value this is (a claim's id, say): a choice shown for one record is never carried to the next. */
  scope?: string;
  onCommit(value: string): void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'defaultValue' | 'onChange'>) {
  const [shown, setShown] = useState(value);
  const [seen, setSeen] = useState({ scope, value });
  if (value !== seen.value || scope !== seen.scope) {
    setSeen({ scope, value });
    setShown(value);
  }
  return (
    <select
      className="select-field"
      {...attrs}
      value={shown}
      onChange={(e) => {
        setShown(e.target.value);
        if (e.target.value !== value) onCommit(e.target.value);
      }}
    />
  );
}
