// The reader's toolbar: make a claim from the selection, snap selections to whole words,
// colour highlights by tag or by verdict (with a legend of the colours), and open find.
import { memo } from 'react';
import { Button, ToggleButton, ToggleButtonGroup, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ColorMode } from '../claims/present';
import { ColorLegend } from './ColorLegend';

interface Props {
  canMark: boolean;
  onMark(): void;
  snap: boolean;
  onSnapChange(snap: boolean): void;
  colorMode: ColorMode;
  onColorModeChange(mode: ColorMode): void;
  onFind(): void;
}

// Memoised: the reader renders again on each edit of its claims, the toolbar need not.
export const ReaderToolbar = memo(function ReaderToolbar({ canMark, onMark, snap, onSnapChange, colorMode, onColorModeChange, onFind }: Props) {
  const { t } = useTranslation();
  return (
    <Toolbar className="reader-toolbar" aria-label={t('claim.toolbar')}>
      <Button className="button button-primary" isDisabled={!canMark} onPress={onMark} aria-keyshortcuts="Control+Enter">
        {t('claim.mark')}
      </Button>
      <ToggleButton className="button toggle" isSelected={snap} onChange={onSnapChange}>
        {t('claim.snapWords')}
      </ToggleButton>
      <ToggleButtonGroup
        className="segmented"
        aria-label={t('claim.colorBy')}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[colorMode]}
        onSelectionChange={(keys) => onColorModeChange([...keys][0] as ColorMode)}
      >
        <ToggleButton id="tag" className="button toggle">
          {t('claim.colorByTag')}
        </ToggleButton>
        <ToggleButton id="verdict" className="button toggle">
          {t('claim.colorByVerdict')}
        </ToggleButton>
      </ToggleButtonGroup>
      <ColorLegend mode={colorMode} />
      <Button className="button" onPress={onFind} aria-keyshortcuts="Control+F">
        {t('find.open')}
      </Button>
    </Toolbar>
  );
});
