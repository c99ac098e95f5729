export function findChromium(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | undefined;
