/**
 * `vite preview` of a build (dist/, or `outDir`) on a local port, for the scripts that measure the build in a
 * browser (audit, size). Started and stopped by the script that needs it.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port, outDir = 'dist') {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
    stdio: 'ignore',
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) {
        return {
          origin,
          stop: async () => {
            try {
              process.kill(-server.pid, 'SIGTERM');
            } catch {
              // already gone
            }
          },
        };
      }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  process.kill(-server.pid, 'SIGTERM');
  throw new Error(`vite preview did not start on ${origin}`);
}
