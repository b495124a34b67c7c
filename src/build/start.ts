// npm start: build and watch, serve the demo page on 127.0.0.1 and open a browser with the extension installed.
// Firefox by default; `npm start -- --chromium` for Chromium.
import { spawn } from 'node:child_process';
import { chromiumPath, firefoxPath } from './browsers.ts';
import { serveStatic } from './static-server.ts';

const useChromium = process.argv.includes('--chromium');
const build = spawn(process.execPath, ['--import', 'tsx', 'src/build/build.ts'], { stdio: 'inherit' });
const built = await new Promise<number | null>((resolve) => build.on('exit', resolve));
if (built !== 0) process.exit(1);
spawn(process.execPath, ['--import', 'tsx', 'src/build/build.ts', '--watch'], { stdio: 'inherit' });

const demo = await serveStatic({ '/': 'src/demo' }, { port: 8317 });
console.log(`demo page: ${demo.origin}/`);
const browserArgs = useChromium
  ? ['--target', 'chromium', '--chromium-binary', chromiumPath(), '--arg=--no-first-run', '--arg=--disable-background-networking']
  : ['--target', 'firefox-desktop', '--firefox', firefoxPath()];
spawn('node_modules/.bin/web-ext', ['run', '--source-dir', 'dist', '--start-url', `${demo.origin}/`, ...browserArgs], { stdio: 'inherit' }).on('exit', (code) =>
  process.exit(code ?? 0),
);
