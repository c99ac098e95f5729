// The app's name and version, read once from package.json (bundled into the Electron build).
import pkg from '../../package.json' with { type: 'json' };

export const APP_NAME: string = pkg.productName;
export const APP_VERSION: string = pkg.version;
