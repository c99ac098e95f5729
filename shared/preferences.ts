// Preferences: their schema and defaults. The same schema backs electron-store in the app and a
// JSON file in browser mode and the CLI.
import { z } from 'zod';
import { PublisherSchema } from './export/publisher';

export const LanguageSchema = z.enum(['zh-CN', 'en', 'zh-TW']);
export type Language = z.infer<typeof LanguageSchema>;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);

export const RecentProjectSchema = z.object({
  path: z.string().min(1),
  title: z.string(),
  openedAt: z.string(),
});
export type RecentProject = z.infer<typeof RecentProjectSchema>;

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const PreferencesSchema = z.object({
  language: LanguageSchema.default('zh-CN'),
  theme: ThemeSchema.default('system'),
  zoom: z.number().min(0.5).max(3).default(1),
  /** Display name recorded with every edit; empty until the first-run prompt is answered. */
  authorName: z.string().max(80).default(''),
  /** Stable id of this installation, so one person is one author across copies. */
  installationId: z.string().default(''),
  organization: z.string().max(200).default(''),
  recentProjects: z.array(RecentProjectSchema).max(20).default([]),
  windowState: WindowStateSchema.optional(),
  /**
   * Publisher settings (ClaimReview) by project id, as kept before project files had settings (v6):
   * only read now, and handed over to each project file opened here (main/services/publisher-settings.ts).
   */
  publishers: z.record(z.string(), PublisherSchema).default({}),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/** What the renderer may change; recent projects and window state are kept by main. */
export const PreferencesPatchSchema = z
  .object({
    language: LanguageSchema,
    theme: ThemeSchema,
    zoom: z.number().min(0.5).max(3),
    authorName: z.string().trim().min(1).max(80),
    organization: z.string().max(200),
    publishers: z.record(z.string(), PublisherSchema),
  })
  .partial()
  .strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const defaultPreferences = (): Preferences => PreferencesSchema.parse({});
