// 导入批注… ends here: what the import did with each annotation of the file, anchored, not placed
// (kept as an orphan claim), updated (imported before) or skipped, each with the reason.
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/merge/web-annotations';
import { DialogShell } from './DialogShell';

export function ImportReportDialog({ fileName, report, onClose }: { fileName: string; report: ImportReport; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <DialogShell title={`${t('annotations.reportTitle')} · ${fileName}`} onClose={onClose} wide>
      <p role="status">{t('annotations.summary', { ...report, total: report.items.length })}</p>
      <table className="conflicts" aria-label={t('annotations.reportTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('annotations.column.n')}</th>
            <th scope="col">{t('annotations.column.quote')}</th>
            <th scope="col">{t('annotations.column.outcome')}</th>
            <th scope="col">{t('annotations.column.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {report.items.map((item) => (
            <tr key={item.n} data-outcome={item.outcome}>
              <td>{item.n}</td>
              <th scope="row">{item.quote}</th>
              <td>{t(`annotations.outcome.${item.outcome}`)}</td>
              <td>{item.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <Button className="button button-primary" autoFocus onPress={onClose}>
          {t('annotations.close')}
        </Button>
      </div>
    </DialogShell>
  );
}
