// The CLI's `--image LABEL=PATH` argument (`元宝=./yuanbao.png`). The label is everything
// before the first `=`, so a path may itself contain `=`; labels cannot.
import { PizhuError } from '../api/result';
import type { Language } from '../preferences';

export interface ImageArg {
  label: string;
  path: string;
}

export function parseImageArg(arg: string, lang: Language): ImageArg {
  const fail = (key: string): never => {
    throw PizhuError.keyed('invalid-argument', `image.arg.${key}`, { arg }, lang);
  };
  const eq = arg.indexOf('=');
  if (eq < 0) return fail('noEquals');
  const label = arg.slice(0, eq).trim();
  const path = arg.slice(eq + 1).trim();
  if (!label) return fail('emptyLabel');
  if (!path) return fail('emptyPath');
  return { label, path };
}
