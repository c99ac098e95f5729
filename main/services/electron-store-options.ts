// The options electron-store is built with: the preferences schema as JSON Schema, derived from
// the zod schema so the two cannot drift. Kept free of electron so a test can feed the same
// options to `conf`, the library electron-store is built on.
import { z } from 'zod';
import { PreferencesSchema, defaultPreferences } from '../../shared/preferences';

type JsonSchemaProperties = Record<string, Record<string, unknown>>;

export function preferencesStoreOptions() {
  const json = z.toJSONSchema(PreferencesSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: JsonSchemaProperties;
  };
  return {
    name: 'preferences',
    schema: json.properties,
    defaults: defaultPreferences(),
    clearInvalidConfig: true,
  };
}
