// One tag of the codebook editor: name, colour, description, hotkey, parent; merge it into
// another tag; delete it. Text fields keep a draft while focused (see DraftField).
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Tag, TagPatch } from '../../../shared/domain/codebook';
import { ChoiceSelect, DraftInput } from '../app/DraftField';

interface Props {
  tag: Tag;
  /** Nesting depth in the codebook tree; children are indented under their parent. */
  depth: number;
  tags: readonly Tag[];
  onUpdate(patch: TagPatch): void;
  onMerge(intoId: string): void;
  onDelete(): void;
  /** A tag just added: its name field takes focus, ready to be typed over. */
  autoFocus?: boolean;
}

export function TagRow({ tag, depth, tags, onUpdate, onMerge, onDelete, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const [mergeInto, setMergeInto] = useState('');
  const [confirming, setConfirming] = useState(false);
  const others = tags.filter((o) => o.id !== tag.id);
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    nameField.current?.focus();
    nameField.current?.select();
  }, [autoFocus]);
  const label = (field: string) => t('codebook.fieldOf', { field: t(`codebook.${field}`), tag: tag.name });
  return (
    <tr aria-label={t('codebook.tagRow', { name: tag.name })}>
      <td style={{ paddingLeft: `${depth * 16 + 4}px` }}>
        <DraftInput
          aria-label={label('name')}
          value={tag.name}
          normalize={(v) => v.trim()}
          rejectEmpty
          ref={nameField}
          onCommit={(name) => onUpdate({ name })}
        />
      </td>
      <td>
        <input key={tag.color} type="color" aria-label={label('color')} defaultValue={tag.color} onBlur={(e) => e.target.value !== tag.color && onUpdate({ color: e.target.value })} />
      </td>
      <td>
        <DraftInput aria-label={label('description')} value={tag.description} onCommit={(description) => onUpdate({ description })} />
      </td>
      <td>
        <ChoiceSelect aria-label={label('hotkey')} value={String(tag.hotkey ?? '')} onCommit={(v) => onUpdate({ hotkey: v ? Number(v) : null })}>
          <option value="">—</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </ChoiceSelect>
      </td>
      <td>
        <ChoiceSelect aria-label={label('parent')} value={tag.parentId ?? ''} onCommit={(v) => onUpdate({ parentId: v || null })}>
          <option value="">{t('codebook.noParent')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </ChoiceSelect>
      </td>
      <td>
        <select className="select-field" aria-label={label('mergeInto')} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">—</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <Button className="button" isDisabled={!mergeInto} aria-label={label('merge')} onPress={() => onMerge(mergeInto)}>
          {t('codebook.merge')}
        </Button>
      </td>
      <td>
        <Button className="button button-danger" aria-label={label(confirming ? 'confirmDelete' : 'delete')} onPress={() => (confirming ? onDelete() : setConfirming(true))}>
          {t(confirming ? 'codebook.confirmDelete' : 'codebook.delete')}
        </Button>
      </td>
    </tr>
  );
}
