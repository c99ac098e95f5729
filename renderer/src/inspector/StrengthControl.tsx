// Evidence strength 0-4 as one radio group with roving focus: Tab enters it at the checked
// option, the arrow keys and the digits 0-4 both move focus and value together, so the focused
// option is always the one chosen, and the ends do not wrap. The choice shows at once and is saved in the background.
import { useRef, useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { STRENGTHS, scaleText } from '../../../shared/domain/scales';
import { useWorkspace } from '../workspace/WorkspaceContext';

const MIN = STRENGTHS[0]!.value;
const MAX = STRENGTHS[STRENGTHS.length - 1]!.value;

interface Props {
  /** Whose strength this is (the claim's id): a choice shown for one claim is never carried to the next. */
  scope: string;
  value: number | null;
  labelledBy: string;
  onChange(value: number): void;
}

export function StrengthControl({ scope, value, labelledBy, onChange }: Props) {
  const { i18n } = useTranslation();
  const { readOnly } = useWorkspace();
  const [shown, setShown] = useState(value);
  const [seen, setSeen] = useState({ scope, value });
  if (value !== seen.value || scope !== seen.scope) {
    setSeen({ scope, value });
    setShown(value);
  }
  const group = useRef<HTMLDivElement>(null);

  const choose = (next: number) => {
    setShown(next);
    if (next !== value) onChange(next);
  };

  return (
    <div
      ref={group}
      data-own-keys
      onKeyDownCapture={(e) => {
        // The ends do not wrap around: one key too many never turns 确凿 into 无依据.
        const forward = e.key === 'ArrowRight' || e.key === 'ArrowDown';
        const back = e.key === 'ArrowLeft' || e.key === 'ArrowUp';
        if ((forward && shown === MAX) || (back && shown === MIN)) {
          e.preventDefault();
          e.stopPropagation();
        }
      }}
      onKeyDown={(e) => {
        if (!/^[0-4]$/.test(e.key) || readOnly || e.ctrlKey || e.metaKey || e.altKey) return;
        e.preventDefault();
        choose(Number(e.key));
        group.current?.querySelector<HTMLInputElement>(`input[value="${e.key}"]`)?.focus();
      }}
    >
      <RadioGroup
        className="strength"
        aria-labelledby={labelledBy}
        aria-keyshortcuts="0 1 2 3 4"
        orientation="horizontal"
        isDisabled={readOnly}
        value={shown === null ? null : String(shown)}
        onChange={(v) => choose(Number(v))}
      >
        {STRENGTHS.map((s) => (
          <Radio key={s.value} value={String(s.value)} className="strength-option">
            {s.value} {scaleText(s, i18n.language)}
          </Radio>
        ))}
      </RadioGroup>
    </div>
  );
}
