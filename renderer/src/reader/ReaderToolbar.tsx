// The reader's toolbar: make a claim from the selection, snap selections to whole words,
// colour highlights by tag or by verdict (with a legend of the colours), and open find.
// It stays on one line at any window width and zoom: the tools that do not fit move, from the
// end, into a 更多 menu that holds the same commands (useToolbarOverflow).
import { memo, useRef, useState } from 'react';
import { Button, Menu, MenuItem, MenuSection, MenuTrigger, Popover, Separator, ToggleButton, ToggleButtonGroup, Toolbar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ColorMode } from '../claims/present';
import { ColorLegend, ColorLegendPopover } from './ColorLegend';
import { useToolbarOverflow } from './useToolbarOverflow';
import { displayAccelerator } from '../app/keyboard';

interface Props {
  canMark: boolean;
  onMark(): void;
  snap: boolean;
  onSnapChange(snap: boolean): void;
  colorMode: ColorMode;
  onColorModeChange(mode: ColorMode): void;
  onFind(): void;
}

type Tool = 'mark' | 'snap' | 'colorBy' | 'legend' | 'find';

// Memoised: the reader renders again on each edit of its claims, the toolbar need not.
export const ReaderToolbar = memo(function ReaderToolbar({ canMark, onMark, snap, onSnapChange, colorMode, onColorModeChange, onFind }: Props) {
  const { t } = useTranslation();
  const { rowRef, overflowed } = useToolbarOverflow<Tool>();
  const moreRef = useRef<HTMLButtonElement>(null);
  const [legendFromMenu, setLegendFromMenu] = useState(false);
  const hidden = (tool: Tool) => overflowed.has(tool);
  const slot = (tool: Tool) => ({ 'data-tool': tool, className: 'toolbar-slot', 'data-overflowed': hidden(tool) || undefined });

  return (
    <Toolbar className="reader-toolbar" aria-label={t('claim.toolbar')}>
      <div className="toolbar-row" ref={rowRef}>
        <span {...slot('mark')}>
          <Button className="button button-primary" isDisabled={!canMark} onPress={onMark} aria-keyshortcuts="Control+Enter">
            {t('claim.mark')}
          </Button>
        </span>
        <span {...slot('snap')}>
          <ToggleButton className="button toggle" isSelected={snap} onChange={onSnapChange}>
            {t('claim.snapWords')}
          </ToggleButton>
        </span>
        <span {...slot('colorBy')}>
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
        </span>
        <span {...slot('legend')}>
          <ColorLegend mode={colorMode} />
        </span>
        <span {...slot('find')}>
          <Button className="button" onPress={onFind} aria-keyshortcuts="Control+F">
            {t('find.open')}
          </Button>
        </span>
      </div>
      {overflowed.size > 0 && (
        <MenuTrigger>
          <Button ref={moreRef} className="button toolbar-more">
            {t('toolbar.more')}
          </Button>
          <Popover className="menu-popover" placement="bottom end">
            <Menu className="menu">
              {hidden('mark') && (
                <MenuItem id="mark" className="menu-item" isDisabled={!canMark} onAction={onMark}>
                  <span className="menu-label">{t('claim.mark')}</span>
                  <kbd className="menu-accel">{displayAccelerator('CmdOrCtrl+Enter')}</kbd>
                </MenuItem>
              )}
              {hidden('snap') && (
                <MenuSection selectionMode="multiple" selectedKeys={snap ? ['snap'] : []} onSelectionChange={(keys) => onSnapChange(keys !== 'all' && keys.has('snap'))}>
                  <MenuItem id="snap" className="menu-item menu-item-check">
                    {t('claim.snapWords')}
                  </MenuItem>
                </MenuSection>
              )}
              {hidden('colorBy') && (
                <MenuSection
                  aria-label={t('claim.colorBy')}
                  selectionMode="single"
                  disallowEmptySelection
                  selectedKeys={[colorMode]}
                  onSelectionChange={(keys) => keys !== 'all' && keys.size > 0 && onColorModeChange([...keys][0] as ColorMode)}
                >
                  <MenuItem id="tag" className="menu-item menu-item-check">
                    {t('claim.colorByTag')}
                  </MenuItem>
                  <MenuItem id="verdict" className="menu-item menu-item-check">
                    {t('claim.colorByVerdict')}
                  </MenuItem>
                </MenuSection>
              )}
              {(hidden('mark') || hidden('snap') || hidden('colorBy')) && (hidden('legend') || hidden('find')) && <Separator className="menu-separator" />}
              {hidden('legend') && (
                <MenuItem id="legend" className="menu-item" onAction={() => setLegendFromMenu(true)}>
                  {t('legend.open')}…
                </MenuItem>
              )}
              {hidden('find') && (
                <MenuItem id="find" className="menu-item" onAction={onFind}>
                  <span className="menu-label">{t('find.open')}</span>
                  <kbd className="menu-accel">{displayAccelerator('CmdOrCtrl+F')}</kbd>
                </MenuItem>
              )}
            </Menu>
          </Popover>
        </MenuTrigger>
      )}
      {legendFromMenu && <ColorLegendPopover mode={colorMode} triggerRef={moreRef} isOpen onOpenChange={setLegendFromMenu} />}
    </Toolbar>
  );
});
