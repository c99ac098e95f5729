// Evidence strength 0-4 as a radio group; while it has focus, the keys 0-4 set the value
// directly (the workspace's digit hotkeys for tags stay out of its way).
import { Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { STRENGTHS } from '../../../shared/domain/scales';
import { uiLang } from '../claims/present';
import { useWorkspace } from '../workspace/WorkspaceContext';

interface Props {
  value: number | null;
  labelledBy: string;
  onChange(value: number): void;
}

export function StrengthControl({ value, labelledBy, onChange }: Props) {
  const { i18n } = useTranslation();
  const { readOnly } = useWorkspace();
  const lang = uiLang(i18n.language);
  return (
    <div
      data-own-keys
      onKeyDown={(e) => {
        if (/^[0-4]$/.test(e.key) && !readOnly) {
          e.preventDefault();
          onChange(Number(e.key));
        }
      }}
    >
      <RadioGroup
        className="strength"
        aria-labelledby={labelledBy}
        orientation="horizontal"
        isDisabled={readOnly}
        value={value === null ? null : String(value)}
        onChange={(v) => onChange(Number(v))}
      >
        {STRENGTHS.map((s) => (
          <Radio key={s.value} value={String(s.value)} className="strength-option">
            {s.value} {lang === 'en' ? s.en : s.zh}
          </Radio>
        ))}
      </RadioGroup>
    </div>
  );
}
