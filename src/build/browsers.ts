// Where the browsers are, with an error that says how to get them when they are not.
import { existsSync } from 'node:fs';

const install = 'Install it with: sudo apt-get update && sudo apt-get install -y chromium firefox-esr';

function firstExisting(envName: string, candidates: string[], label: string): string {
  const fromEnv = process.env[envName];
  const found = [fromEnv, ...candidates].find((path) => path && existsSync(path));
  if (!found) throw new Error(`${label} not found (looked at ${[fromEnv, ...candidates].filter(Boolean).join(', ')}). ${install}, or set ${envName}.`);
  return found;
}

export const chromiumPath = () => firstExisting('CHROMIUM_BIN', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'Chromium');
export const firefoxPath = () => firstExisting('FIREFOX_BIN', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'Firefox');
