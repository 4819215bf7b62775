// `npm start`: install what is missing, build, then serve the built app and print its URL.
import { execSync, spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
execSync('npx vite build', { stdio: 'inherit' });

const port = process.env.PORT || '4173';
const server = spawn('npx', ['vite', 'preview', '--port', port, '--strictPort'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Local:/.test(String(chunk))) {
    announced = true;
    console.log(`\nSeparation Lines is running at http://localhost:${port}/  (Ctrl+C to stop)\n`);
  }
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
