// What the highlight colours mean, from the reader's toolbar: each tag's colour (by tag) or each
// verdict's (by verdict), the yellow of claims with neither, and the rule a claim with several
// tags follows. The same rule colours the HTML report and the PDF (shared/domain/claim-color.ts).
import type { RefObject } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_COLOR, stripesCss, VERDICT_COLORS, type ColorMode } from '../../../shared/domain/claim-color';
import { VERDICTS, scaleText } from '../../../shared/domain/scales';
import { useTagList } from '../store/hooks';

function LegendContent({ mode }: { mode: ColorMode }) {
  const { t, i18n } = useTranslation();
  const tags = useTagList();
  const rows =
    mode === 'tag'
      ? [...tags.map((tag) => ({ key: tag.id, color: tag.color, label: tag.name })), { key: 'none', color: NEUTRAL_COLOR, label: t('legend.noTag') }]
      : [
          ...VERDICTS.map((v) => ({ key: v.value, color: VERDICT_COLORS[v.value] ?? NEUTRAL_COLOR, label: scaleText(v, i18n.language) })),
          { key: 'none', color: NEUTRAL_COLOR, label: t('legend.noVerdict') },
        ];
  return (
    <Dialog className="legend" aria-label={t('legend.title')}>
      <ul className="legend-list">
        {rows.map((row) => (
          <li key={row.key}>
            <span className="claim-swatch" style={{ '--mark-color': row.color } as React.CSSProperties} aria-hidden="true" />
            {row.label}
          </li>
        ))}
      </ul>
      {mode === 'tag' && tags.length > 1 && (
        <p className="legend-split-row">
          <span className="legend-split" style={{ '--mark-stripes': stripesCss(tags.slice(0, 2).map((tag) => tag.color)) } as React.CSSProperties} aria-hidden="true" />
          {t('legend.severalTags')}
        </p>
      )}
      {mode === 'tag' && <p className="field-help">{t('export.colorRule')}</p>}
    </Dialog>
  );
}

/** The 图例 button with its popover, as the toolbar shows it when there is room. */
export function ColorLegend({ mode }: { mode: ColorMode }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t('legend.open')}</Button>
      <Popover className="menu-popover legend-popover" placement="bottom end">
        <LegendContent mode={mode} />
      </Popover>
    </DialogTrigger>
  );
}

/** The same legend opened from the toolbar's overflow menu, anchored to its 更多 button. */
export function ColorLegendPopover({ mode, triggerRef, isOpen, onOpenChange }: { mode: ColorMode; triggerRef: RefObject<HTMLElement | null>; isOpen: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Popover className="menu-popover legend-popover" placement="bottom end" triggerRef={triggerRef} isOpen={isOpen} onOpenChange={onOpenChange}>
      <LegendContent mode={mode} />
    </Popover>
  );
}
