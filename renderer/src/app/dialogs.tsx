// The app's modal dialogs: first-run name prompt, preferences, about, keyboard shortcuts (the
// menu's accelerators and the workspace's keys, listed from where they are defined).
import { useState } from 'react';
import {
  Button,
  FieldError,
  Input,
  Label,
  Radio,
  RadioGroup,
  Text,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import type { Language, Preferences, PreferencesPatch } from '../../../shared/preferences';
import { menuCommands, WORKSPACE_KEYS } from '../../../shared/menu';
import { displayAccelerator } from './keyboard';
import { DialogShell } from './DialogShell';

/** The UI languages, each named in its own language. */
const LANGUAGES: readonly Language[] = ['zh-CN', 'zh-TW', 'en'];

export function FirstRunDialog({ language, onLanguage, onDone }: { language: Language; onLanguage(language: Language): void; onDone(name: string): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const submit = () => name.trim() && onDone(name.trim());
  return (
    <DialogShell title={t('firstRun.title')} onClose={() => {}} dismissable={false}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p className="dialog-body">{t('firstRun.body')}</p>
        <TextField className="field" value={name} onChange={setName} isRequired autoFocus>
          <Label>{t('prefs.authorName')}</Label>
          <Input placeholder={t('firstRun.placeholder')} />
        </TextField>
        <RadioGroup className="field" orientation="horizontal" value={language} onChange={(v) => onLanguage(v as Language)}>
          <Label>{t('prefs.language')}</Label>
          <div className="radio-row">
            {LANGUAGES.map((lang) => (
              <Radio key={lang} value={lang} className="radio">
                {t(`language.${lang}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <div className="dialog-actions">
          <Button type="submit" className="button button-primary" isDisabled={!name.trim()}>
            {t('firstRun.start')}
          </Button>
        </div>
      </form>
    </DialogShell>
  );
}

export function PreferencesDialog({ prefs, onChange, onClose }: { prefs: Preferences; onChange(patch: PreferencesPatch): void; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(prefs.authorName);
  const [org, setOrg] = useState(prefs.organization);
  return (
    <DialogShell title={t('prefs.title')} onClose={onClose}>
      <div className="form-grid">
        <RadioGroup className="field" value={prefs.language} onChange={(v) => onChange({ language: v as Language })}>
          <Label>{t('prefs.language')}</Label>
          <div className="radio-row">
            <Radio value="zh-CN" className="radio">{t('language.zh-CN')}</Radio>
            <Radio value="zh-TW" className="radio">{t('language.zh-TW')}</Radio>
            <Radio value="en" className="radio">{t('language.en')}</Radio>
          </div>
        </RadioGroup>
        <RadioGroup className="field" value={prefs.theme} onChange={(v) => onChange({ theme: v as Preferences['theme'] })}>
          <Label>{t('prefs.theme')}</Label>
          <div className="radio-row">
            <Radio value="system" className="radio">{t('menu.themeSystem')}</Radio>
            <Radio value="light" className="radio">{t('menu.themeLight')}</Radio>
            <Radio value="dark" className="radio">{t('menu.themeDark')}</Radio>
          </div>
        </RadioGroup>
        <TextField
          className="field"
          value={name}
          onChange={setName}
          isRequired
          onBlur={() => name.trim() && name.trim() !== prefs.authorName && onChange({ authorName: name.trim() })}
        >
          <Label>{t('prefs.authorName')}</Label>
          <Input />
          <Text slot="description" className="field-help">{t('prefs.authorNameHelp')}</Text>
          <FieldError />
        </TextField>
        <TextField className="field" value={org} onChange={setOrg} onBlur={() => org !== prefs.organization && onChange({ organization: org })}>
          <Label>{t('prefs.organization')}</Label>
          <Input />
          <Text slot="description" className="field-help">{t('prefs.organizationHelp')}</Text>
        </TextField>
      </div>
      <div className="dialog-actions">
        <Button className="button button-primary" onPress={() => {
          const patch: PreferencesPatch = {};
          if (name.trim() && name.trim() !== prefs.authorName) patch.authorName = name.trim();
          if (org !== prefs.organization) patch.organization = org;
          if (Object.keys(patch).length) onChange(patch);
          onClose();
        }}>
          {t('action.close')}
        </Button>
      </div>
    </DialogShell>
  );
}

export function AboutDialog({ info, onClose }: { info: AppInfo | undefined; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <DialogShell title={t('about.title')} onClose={onClose}>
      <div className="about">
        <div className="about-mark" aria-hidden="true">批</div>
        <p className="about-name">{t('app.name')} · Pizhu</p>
        <p>{t('app.tagline')}</p>
        {info && <p className="muted">{t('about.version', { version: info.version })}</p>}
        {info && <p className="muted">{t('about.mode', { mode: t(info.mode === 'electron' ? 'about.modeElectron' : 'about.modeBrowser') })}</p>}
      </div>
      <div className="dialog-actions">
        <Button className="button button-primary" onPress={onClose} autoFocus>
          {t('action.ok')}
        </Button>
      </div>
    </DialogShell>
  );
}

/** Every key the app answers to: the menu's accelerators, then the workspace's own keys. */
function shortcutRows(): { label: string; keys: string }[] {
  const menu = menuCommands()
    .filter((entry) => entry.accelerator && !entry.nativeOnly)
    .map((entry) => ({ label: entry.label, keys: entry.accelerator! }));
  return [...menu, ...WORKSPACE_KEYS];
}

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <DialogShell title={t('shortcuts.title')} onClose={onClose}>
      <p className="field-help">{t('shortcuts.where')}</p>
      <table className="shortcuts">
        <tbody>
          {shortcutRows().map(({ label, keys }) => (
            <tr key={label}>
              <td>{t(label)}</td>
              <td>
                <kbd>{keys.split(' / ').map(displayAccelerator).join(' / ')}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <Button className="button button-primary" onPress={onClose} autoFocus>
          {t('action.close')}
        </Button>
      </div>
    </DialogShell>
  );
}
